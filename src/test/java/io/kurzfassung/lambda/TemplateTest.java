package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.kurzfassung.config.Config;
import io.kurzfassung.local.SamTemplate;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** template.yaml against the build: handlers exist, event types fit them, the S3 filter fits the handler. */
class TemplateTest {

  private final SamTemplate template = SamTemplate.read(Path.of("template.yaml"));

  @Test
  void should_name_a_class_and_method_of_the_build_in_every_handler() throws Exception {
    assertThat(template.functionIds()).containsExactly("ApiFunction", "UploadFunction", "SummarizeFunction");
    for (String id : template.functionIds()) {
      SamTemplate.Function fn = template.function(id);
      Class<?> type = Class.forName(fn.handlerClass());
      // getConstructors() lists only public ones; getConstructor() would throw instead of failing the assertion.
      assertThat(type.getConstructors()).as(id + " needs a public no-arg constructor")
          .anyMatch(c -> c.getParameterCount() == 0);
      assertThat(handlerMethod(type, fn.handlerMethod())).as(id + " handler method").isNotNull();
    }
  }

  @Test
  void should_send_each_function_the_event_type_its_handler_takes() throws Exception {
    for (String id : template.functionIds()) {
      SamTemplate.Function fn = template.function(id);
      Method method = handlerMethod(Class.forName(fn.handlerClass()), fn.handlerMethod());
      List<String> types = fn.events().values().stream().map(e -> (String) e.get("Type")).distinct().toList();
      Class<?> expected = switch (types.isEmpty() ? "none" : types.get(0)) {
        case "Api" -> APIGatewayProxyRequestEvent.class;
        case "S3" -> S3Event.class;
        default -> java.io.InputStream.class; // direct invocation: a stream handler reads the raw JSON
      };
      assertThat(types).as(id + " event types").hasSizeLessThanOrEqualTo(1);
      assertThat(method.getParameterTypes()[0]).as(id + " event class").isEqualTo(expected);
    }
  }

  @Test
  void should_filter_s3_events_by_the_prefix_the_handler_reads() {
    SamTemplate.Function upload = template.function("UploadFunction");
    Map<String, Object> properties = SamTemplate.map(upload.events().get("ArticleUploaded").get("Properties"));
    List<?> rules = (List<?>) SamTemplate.map(SamTemplate.map(properties.get("Filter")).get("S3Key")).get("Rules");
    Map<String, Object> rule = SamTemplate.map(rules.get(0));
    String filterPrefix = template.resolve(rule.get("Value"));

    assertThat(rule.get("Name")).isEqualTo("prefix");
    assertThat(filterPrefix).isEqualTo(upload.environment().get("INPUT_PREFIX"));
    Config handlerConfig = Config.from(upload.environment());
    assertThat(handlerConfig.inputPrefix()).isEqualTo(filterPrefix);
    assertThat(handlerConfig.outputPrefix()).isNotEqualTo(filterPrefix);
    assertThat(filterPrefix).doesNotStartWith(handlerConfig.outputPrefix());
  }

  @Test
  void should_let_the_api_function_answer_before_api_gateway_gives_up() {
    Duration apiGatewayLimit = Duration.ofSeconds(29);

    assertThat(template.function("ApiFunction").timeout()).isLessThan(apiGatewayLimit);
    assertThat(template.function("UploadFunction").timeout())
        .isGreaterThan(template.function("ApiFunction").timeout());
  }

  @Test
  void should_build_every_function_with_a_makefile_target_that_ships_the_lambda_jar() throws Exception {
    Set<String> targets = Files.readAllLines(Path.of("Makefile")).stream()
        .filter(line -> line.startsWith("build-") && line.contains(":"))
        .flatMap(line -> Arrays.stream(line.substring(0, line.indexOf(':')).trim().split("\\s+")))
        .collect(Collectors.toSet());

    for (String id : template.functionIds()) {
      Map<String, Object> metadata = SamTemplate.map(template.resources().get(id).get("Metadata"));
      assertThat(metadata.get("BuildMethod")).as(id + " BuildMethod").isEqualTo("makefile");
      assertThat(targets).as("Makefile targets").contains("build-" + id);
    }
    assertThat(Files.readString(Path.of("Makefile"))).contains("cp target/kurzfassung-lambda.jar \"$(ARTIFACTS_DIR)/lib/\"");
  }

  private static Method handlerMethod(Class<?> type, String name) {
    if (RequestStreamHandler.class.isAssignableFrom(type)) {
      try {
        return type.getMethod(name, java.io.InputStream.class, java.io.OutputStream.class, Context.class);
      } catch (NoSuchMethodException e) {
        return null;
      }
    }
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && !m.isBridge() && m.getParameterCount() == 2)
        .filter(m -> m.getParameterTypes()[1] == Context.class)
        .findFirst().orElse(null);
  }
}
