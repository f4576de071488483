package io.kurzfassung.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.document.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that pick a function's template and environment, shared by {@code invoke} and {@code serve}. */
final class LocalFunctionOptions {

  @Option(names = {"-t", "--template"}, defaultValue = "template.yaml", paramLabel = "FILE",
      description = "SAM template (default template.yaml).")
  Path template;

  @Option(names = {"-n", "--env-vars"}, paramLabel = "FILE",
      description = "JSON as for sam local: {\"Parameters\": {...}, \"<FunctionId>\": {...}}.")
  Path envVars;

  /** The function of the template, with its variables: --env-vars, then the shell, then the template. */
  LocalFunction load(String function) {
    return LocalFunction.load(SamTemplate.read(template), function, environment(envVars, function));
  }

  /** The variables for a function from a {@code --env-vars} file: its {@code Parameters}, then its own entry. */
  static Map<String, String> environment(Path file, String function) {
    Map<String, String> env = new LinkedHashMap<>();
    if (file == null) {
      return env;
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new ArticleException("cannot read --env-vars " + file + ": no such file");
    } catch (IOException e) {
      throw new ArticleException("cannot read --env-vars " + file + ": " + e.getMessage());
    }
    for (String section : new String[] {"Parameters", function}) {
      JsonNode vars = root == null ? null : root.get(section);
      if (vars != null && vars.isObject()) {
        vars.properties().forEach(v -> env.put(v.getKey(), v.getValue().asText()));
      }
    }
    return env;
  }

}
