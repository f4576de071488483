package io.kurzfassung;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency directions of the house style, on the main classes: config and the German text below the feature
 * packages, the AWS SDK only where AWS is talked to, adapters (lambda, cli) at the top, no package cycles.
 */
class ArchitectureTest {

  static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.kurzfassung");
  }

  @Test
  void should_have_no_cycles_between_packages() {
    ArchRule rule = slices().matching("io.kurzfassung.(**)").should().beFreeOfCycles();
    rule.check(main);
  }

  @Test
  void should_keep_summary_and_its_model_client_free_of_a_cycle() {
    noClasses().that().resideInAPackage("io.kurzfassung.summary")
        .should().dependOnClassesThat().resideInAPackage("io.kurzfassung.summary.llm..")
        .check(main);
  }

  @Test
  void should_keep_the_domain_free_of_adapters_storage_and_the_command_line() {
    noClasses().that().resideInAnyPackage("io.kurzfassung.article..", "io.kurzfassung.document..",
            "io.kurzfassung.summary..", "io.kurzfassung.text..")
        .should().dependOnClassesThat().resideInAnyPackage("io.kurzfassung.lambda..", "io.kurzfassung.cli..",
            "io.kurzfassung.local..", "io.kurzfassung.storage..", "picocli..")
        .check(main);
  }

  @Test
  void should_keep_the_lambda_functions_free_of_the_command_line() {
    noClasses().that().resideInAPackage("io.kurzfassung.lambda..")
        .should().dependOnClassesThat().resideInAnyPackage("io.kurzfassung.cli..", "io.kurzfassung.local..",
            "picocli..")
        .check(main);
  }

  @Test
  void should_use_the_aws_sdk_only_in_storage_the_secrets_reader_and_the_bedrock_client() {
    noClasses().that().resideOutsideOfPackage("io.kurzfassung.storage..")
        .and().doNotHaveFullyQualifiedName("io.kurzfassung.config.Secrets")
        // Builds the Bedrock runtime client, and reads the errors that client throws.
        .and().doNotHaveFullyQualifiedName("io.kurzfassung.summary.llm.BedrockModels")
        .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
        .check(main);
  }

  @Test
  void should_read_the_environment_only_in_config() {
    noClasses().that().resideOutsideOfPackage("io.kurzfassung.config..")
        .should().callMethod(System.class, "getenv")
        .orShould().callMethod(System.class, "getenv", String.class)
        .check(main);
  }

  @Test
  void should_keep_config_a_leaf() {
    classes().that().resideInAPackage("io.kurzfassung.config..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("io.kurzfassung.config..", "java..",
            "software.amazon.awssdk..", "com.fasterxml.jackson..")
        .check(main);
  }

  @Test
  void should_leave_storing_to_the_service_in_the_handlers() {
    noClasses().that().resideInAPackage("io.kurzfassung.lambda..").and().haveSimpleNameEndingWith("Handler")
        .should().dependOnClassesThat().haveSimpleNameEndingWith("SummaryStore")
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Summarizer")
        .orShould().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
        .check(main);
  }

  @Test
  void should_build_the_service_only_in_the_composition_root() {
    noClasses().that().resideOutsideOfPackages("io.kurzfassung")
        .should().callConstructor(SummarizeService.class, io.kurzfassung.config.Config.class,
            io.kurzfassung.summary.Summarizer.class, io.kurzfassung.storage.SummaryStore.class, java.time.Clock.class)
        .check(main);
  }

  @Test
  void should_keep_the_text_package_free_of_the_rest() {
    classes().that().resideInAPackage("io.kurzfassung.text..")
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("io.kurzfassung.article..",
            "io.kurzfassung.summary..", "io.kurzfassung.document..", "io.kurzfassung.storage..",
            "io.kurzfassung.lambda..", "io.kurzfassung.cli..", "io.kurzfassung.local..", "io.kurzfassung.config..",
            "io.kurzfassung.eval..")
        .check(main);
  }

  @Test
  void should_keep_the_emulators_libraries_out_of_the_functions() {
    noClasses().that().resideInAnyPackage("io.kurzfassung.lambda..", "io.kurzfassung.storage..",
            "io.kurzfassung.summary..", "io.kurzfassung.article..", "io.kurzfassung.document..",
            "io.kurzfassung.text..", "io.kurzfassung.config..")
        .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "picocli..", "org.eclipse.jetty..",
            "com.amazonaws.services.lambda.runtime.serialization..")
        .check(main);
  }
}
