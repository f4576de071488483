package io.kurzfassung.local;

import io.kurzfassung.config.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The parts of a SAM {@code template.yaml} that a local run needs: each function's handler, timeout, memory,
 * environment and events, with {@code Globals} applied. CloudFormation's short tags ({@code !Ref}, {@code !Sub},
 * {@code !GetAtt}, ...) are read as {@link Intrinsic} values; a {@code !Ref} to a parameter resolves to its default.
 */
public final class SamTemplate {

  /** A CloudFormation intrinsic function written with a short tag, e.g. {@code !Ref Bucket}. */
  public record Intrinsic(String tag, Object value) {}

  /** One {@code AWS::Serverless::Function}, Globals applied. */
  public record Function(String logicalId, String handler, Duration timeout, int memoryMb,
      Map<String, String> environment, Map<String, Map<String, Object>> events) {

    public Function {
      environment = Map.copyOf(environment);
      events = Map.copyOf(events);
    }

    /** The handler's class name ({@code pkg.Class} of {@code pkg.Class::method}). */
    public String handlerClass() {
      int i = handler.indexOf("::");
      return i < 0 ? handler : handler.substring(0, i);
    }

    /** The handler's method name; {@code handleRequest} when the template names only the class. */
    public String handlerMethod() {
      int i = handler.indexOf("::");
      return i < 0 ? "handleRequest" : handler.substring(i + 2);
    }
  }

  private final Map<String, Object> root;

  private SamTemplate(Map<String, Object> root) {
    this.root = root;
  }

  public static SamTemplate read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object doc = new Yaml(new CloudFormationConstructor()).load(reader);
      if (!(doc instanceof Map<?, ?> map)) {
        throw new ConfigException(file + " is not a SAM template (no top-level mapping)");
      }
      return new SamTemplate(cast(map));
    } catch (NoSuchFileException e) {
      throw new ConfigException("template not found: " + file + " (run from the project directory or pass --template)");
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The template's resources by logical id. */
  public Map<String, Map<String, Object>> resources() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    map(root.get("Resources")).forEach((id, r) -> out.put(id, map(r)));
    return out;
  }

  /** The logical ids of the template's functions, in template order. */
  public Set<String> functionIds() {
    Map<String, Map<String, Object>> functions = new LinkedHashMap<>(resources());
    functions.values().removeIf(r -> !"AWS::Serverless::Function".equals(r.get("Type")));
    return functions.keySet();
  }

  public Function function(String logicalId) {
    Map<String, Object> resource = resources().get(logicalId);
    if (resource == null || !"AWS::Serverless::Function".equals(resource.get("Type"))) {
      throw new ConfigException(
          "no function " + logicalId + " in the template; functions: " + String.join(", ", functionIds()));
    }
    Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
    Map<String, Object> props = map(resource.get("Properties"));
    String handler = string(props.getOrDefault("Handler", globals.get("Handler")));
    if (handler == null) {
      throw new ConfigException("function " + logicalId + " has no Handler");
    }
    Object timeout = props.getOrDefault("Timeout", globals.getOrDefault("Timeout", 3));
    Object memory = props.getOrDefault("MemorySize", globals.getOrDefault("MemorySize", 128));
    Map<String, String> env = new LinkedHashMap<>();
    putVariables(env, globals);
    putVariables(env, props);
    Map<String, Map<String, Object>> events = new LinkedHashMap<>();
    map(props.get("Events")).forEach((name, e) -> events.put(name, map(e)));
    return new Function(logicalId, handler, Duration.ofSeconds(Long.parseLong(string(timeout))),
        Integer.parseInt(string(memory)), env, events);
  }

  /** The value with {@code !Ref Parameter} replaced by the parameter's default; null when it cannot be resolved. */
  public String resolve(Object value) {
    if (value instanceof Intrinsic(String tag, Object ref) && tag.equals("!Ref") && ref instanceof String name) {
      Map<String, Object> parameter = map(map(root.get("Parameters")).get(name));
      return parameter.containsKey("Default") ? string(parameter.get("Default")) : null;
    }
    if (value instanceof Map<?, ?> m && m.size() == 1 && m.get("Ref") instanceof String name) {
      return resolve(new Intrinsic("!Ref", name));
    }
    return value instanceof Intrinsic || value instanceof Map || value instanceof List ? null : string(value);
  }

  private void putVariables(Map<String, String> env, Map<String, Object> props) {
    map(map(props.get("Environment")).get("Variables")).forEach((name, value) -> {
      String v = resolve(value);
      if (v == null) {
        env.remove(name); // e.g. a bucket name built with !Sub: set it with --env-vars
      } else {
        env.put(name, v);
      }
    });
  }

  /** The value as a mapping; empty when it is not one. */
  public static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? cast(m) : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  private static String string(Object o) {
    return o == null ? null : o.toString();
  }

  /** Reads every local tag ({@code !Ref}, {@code !Sub}, {@code !If}, ...) as an {@link Intrinsic}. */
  private static final class CloudFormationConstructor extends SafeConstructor {

    CloudFormationConstructor() {
      super(new LoaderOptions());
      this.yamlMultiConstructors.put("!", new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          Object value = switch (node) {
            case ScalarNode scalar -> constructScalar(scalar);
            case SequenceNode sequence -> constructSequence(sequence);
            case MappingNode mapping -> constructMapping(mapping);
            default -> null;
          };
          return new Intrinsic(node.getTag().getValue(), value);
        }
      });
    }
  }
}
