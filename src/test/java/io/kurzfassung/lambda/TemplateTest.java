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

  // ---- operating on AWS (issue 10) and versions that follow the parameters (issue 8, section 3) ----

  private final Map<String, Object> root = rawTemplate();

  @Test
  void should_log_every_function_as_json_into_its_own_log_group_with_a_retention() {
    Map<String, Object> globalLogging = SamTemplate.map(globals().get("LoggingConfig"));
    assertThat(globalLogging.get("LogFormat")).isEqualTo("JSON");
    assertThat(globalLogging.get("ApplicationLogLevel")).isEqualTo(ref("ApplicationLogLevel"));
    assertThat(globalLogging.get("SystemLogLevel")).isEqualTo(ref("SystemLogLevel"));
    assertThat(parameter("ApplicationLogLevel").get("Default")).isEqualTo("INFO");
    assertThat(parameter("LogRetentionDays").get("Default")).isEqualTo(30);

    Set<Object> logGroups = new java.util.HashSet<>();
    for (String id : template.functionIds()) {
      Map<String, Object> props = properties(id);
      Map<String, Object> logging = SamTemplate.map(props.get("LoggingConfig"));
      assertThat(logging).as(id + " LoggingConfig (LogFormat comes from Globals)").doesNotContainKey("LogFormat");
      SamTemplate.Intrinsic logGroupRef = (SamTemplate.Intrinsic) logging.get("LogGroup");
      assertThat(logGroupRef.tag()).as(id + " LogGroup").isEqualTo("!Ref");
      assertThat(logGroups.add(logGroupRef.value())).as(id + " has a log group of its own").isTrue();

      Map<String, Object> logGroup = template.resources().get((String) logGroupRef.value());
      assertThat(logGroup.get("Type")).isEqualTo("AWS::Logs::LogGroup");
      Map<String, Object> groupProps = SamTemplate.map(logGroup.get("Properties"));
      assertThat(groupProps.get("RetentionInDays")).as(id + " retention").isEqualTo(ref("LogRetentionDays"));
      String functionName = (String) ((SamTemplate.Intrinsic) props.get("FunctionName")).value();
      assertThat(groupProps.get("LogGroupName")).as(id + " log group named after the function")
          .isEqualTo(new SamTemplate.Intrinsic("!Sub", "/aws/lambda/" + functionName));
    }
  }

  @Test
  void should_tell_every_function_the_metrics_namespace_the_alarms_read() {
    assertThat(parameter("MetricsNamespace").get("Default")).isEqualTo("Kurzfassung");
    for (String id : template.functionIds()) {
      assertThat(template.function(id).environment()).as(id).containsEntry("METRICS_NAMESPACE", "Kurzfassung");
    }
  }

  @Test
  void should_make_tracing_a_parameter_that_defaults_to_pass_through() {
    assertThat(parameter("Tracing").get("Default")).isEqualTo("PassThrough");
    assertThat(parameter("Tracing").get("AllowedValues")).isEqualTo(List.of("PassThrough", "Active"));
    assertThat(globals().get("Tracing")).isEqualTo(ref("Tracing"));
    assertThat(properties("Api").get("TracingEnabled"))
        .isEqualTo(new SamTemplate.Intrinsic("!If", List.of("TracesActive", true, false)));
    assertThat(condition("TracesActive"))
        .isEqualTo(new SamTemplate.Intrinsic("!Equals", List.of(ref("Tracing"), "Active")));
  }

  @Test
  void should_retain_the_bucket_and_every_queue_when_the_stack_is_deleted_or_replaces_them() {
    List<String> stores = template.resources().entrySet().stream()
        .filter(e -> Set.of("AWS::S3::Bucket", "AWS::SQS::Queue").contains(e.getValue().get("Type")))
        .map(Map.Entry::getKey).toList();
    assertThat(stores).contains("ArticleBucket", "FailedUploadsQueue");
    for (String id : stores) {
      assertThat(template.resources().get(id)).as(id)
          .containsEntry("DeletionPolicy", "Retain")
          .containsEntry("UpdateReplacePolicy", "Retain");
    }
  }

  @Test
  void should_expire_uploads_under_the_input_prefix_only_when_given_days() {
    assertThat(parameter("UploadExpirationDays").get("Default")).as("0 keeps uploads").isEqualTo(0);
    assertThat(condition("ExpiresUploads")).isEqualTo(new SamTemplate.Intrinsic("!Not",
        List.of(new SamTemplate.Intrinsic("!Equals", List.of(ref("UploadExpirationDays"), "0")))));

    Map<String, Object> rule = conditionalLifecycleRule("ExpiresUploads");
    assertThat(rule.get("Status")).isEqualTo("Enabled");
    assertThat(rule.get("Prefix")).isEqualTo(ref("InputPrefix"));
    assertThat(rule.get("ExpirationInDays")).isEqualTo(ref("UploadExpirationDays"));
  }

  @Test
  void should_version_the_bucket_by_default_and_expire_old_versions_after_given_days() {
    Map<String, Object> bucket = properties("ArticleBucket");
    assertThat(SamTemplate.map(bucket.get("VersioningConfiguration")).get("Status")).isEqualTo(ref("BucketVersioning"));
    assertThat(parameter("BucketVersioning").get("Default")).isEqualTo("Enabled");
    assertThat(parameter("BucketVersioning").get("AllowedValues")).isEqualTo(List.of("Enabled", "Suspended"));

    Map<String, Object> rule = conditionalLifecycleRule("ExpiresOldVersions");
    assertThat(SamTemplate.map(rule.get("NoncurrentVersionExpiration")).get("NoncurrentDays"))
        .isEqualTo(ref("NoncurrentVersionExpirationDays"));
    assertThat(rule).doesNotContainKey("Prefix");
  }

  @Test
  void should_alarm_on_the_failure_queue_function_errors_throttles_api_5xx_and_the_fallback_rate() {
    Map<String, Map<String, Object>> alarms = alarms();
    // every queue: not empty
    template.resources().forEach((id, r) -> {
      if ("AWS::SQS::Queue".equals(r.get("Type"))) {
        assertThat(alarms.values()).as(id + " not-empty alarm").anySatisfy(a -> {
          assertThat(a.get("Namespace")).isEqualTo("AWS/SQS");
          assertThat(a.get("MetricName")).isEqualTo("ApproximateNumberOfMessagesVisible");
          assertThat(a.get("Dimensions")).isEqualTo(List.of(Map.of("Name", "QueueName",
              "Value", new SamTemplate.Intrinsic("!GetAtt", id + ".QueueName"))));
          assertThat(a.get("ComparisonOperator")).isEqualTo("GreaterThanThreshold");
          assertThat(a.get("Threshold")).isEqualTo(0);
        });
      }
    });
    // every function: errors, throttles, and the fallback rate from the EMF metrics
    for (String id : template.functionIds()) {
      for (String metric : List.of("Errors", "Throttles")) {
        assertThat(alarms.values()).as(id + " " + metric + " alarm").anySatisfy(a -> {
          assertThat(a.get("Namespace")).isEqualTo("AWS/Lambda");
          assertThat(a.get("MetricName")).isEqualTo(metric);
          assertThat(a.get("Dimensions")).isEqualTo(List.of(Map.of("Name", "FunctionName", "Value", ref(id))));
          assertThat(a.get("Threshold")).isEqualTo(0);
        });
      }
      assertThat(alarms.values()).as(id + " fallback-rate alarm").anySatisfy(a -> {
        assertThat(a).containsKey("Metrics");
        List<?> metrics = (List<?>) a.get("Metrics");
        Map<String, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
        metrics.forEach(m -> byId.put((String) SamTemplate.map(m).get("Id"), SamTemplate.map(m)));
        for (String name : List.of("Summaries", "Fallbacks")) {
          Map<String, Object> stat = byId.values().stream()
              .map(m -> SamTemplate.map(SamTemplate.map(m.get("MetricStat")).get("Metric")))
              .filter(m -> name.equals(m.get("MetricName"))).findFirst().orElseThrow();
          assertThat(stat.get("Namespace")).isEqualTo(ref("MetricsNamespace"));
          assertThat(stat.get("Dimensions")).isEqualTo(List.of(
              Map.of("Name", "Function", "Value", ref(id)), Map.of("Name", "Provider", "Value", ref("LlmProvider"))));
        }
        assertThat(byId.get("fallbackRate").get("Expression")).asString()
            .contains("fallbacks").contains("/ summaries").contains("100");
        assertThat(a.get("Threshold")).isEqualTo(ref("FallbackRateThreshold"));
      });
    }
    // the API: 5XX of the named API's stage
    Map<String, Object> api = properties("Api");
    assertThat(alarms.values()).as("API 5XX alarm").anySatisfy(a -> {
      assertThat(a.get("Namespace")).isEqualTo("AWS/ApiGateway");
      assertThat(a.get("MetricName")).isEqualTo("5XXError");
      assertThat(a.get("Dimensions")).isEqualTo(List.of(Map.of("Name", "ApiName", "Value", api.get("Name")),
          Map.of("Name", "Stage", "Value", api.get("StageName"))));
    });
  }

  @Test
  void should_notify_the_optional_alarm_topic_from_every_alarm() {
    assertThat(parameter("AlarmTopicArn").get("Default")).isEqualTo("");
    assertThat(condition("HasAlarmTopic")).isEqualTo(new SamTemplate.Intrinsic("!Not",
        List.of(new SamTemplate.Intrinsic("!Equals", List.of(ref("AlarmTopicArn"), "")))));
    SamTemplate.Intrinsic topicIfSet = new SamTemplate.Intrinsic("!If",
        List.of("HasAlarmTopic", List.of(ref("AlarmTopicArn")), ref("AWS::NoValue")));
    assertThat(alarms()).hasSizeGreaterThanOrEqualTo(3 * template.functionIds().size() + 2);
    alarms().forEach((id, a) -> {
      assertThat(a.get("AlarmActions")).as(id + " AlarmActions").isEqualTo(topicIfSet);
      assertThat(a.get("OKActions")).as(id + " OKActions").isEqualTo(topicIfSet);
      assertThat(a.get("TreatMissingData")).as(id).isEqualTo("notBreaching");
    });
  }

  @Test
  void should_serve_a_regional_api_that_writes_json_access_logs_to_a_log_group_with_retention() throws Exception {
    Map<String, Object> api = properties("Api");
    assertThat(SamTemplate.map(api.get("EndpointConfiguration")).get("Type")).isEqualTo("REGIONAL");

    Map<String, Object> access = SamTemplate.map(api.get("AccessLogSetting"));
    // $context values that are numbers stand unquoted in the format; fill them in to parse it
    String sample = ((String) access.get("Format")).replaceAll(":\\$context\\.[A-Za-z.]+", ":0");
    Map<String, Object> fields = SamTemplate.map(new com.fasterxml.jackson.databind.ObjectMapper().readValue(sample, Map.class));
    assertThat(fields.keySet()).contains("requestId", "status", "responseLatency", "apiKeyId", "ip", "httpMethod", "path");
    assertThat(fields.get("apiKeyId")).isEqualTo("$context.identity.apiKeyId");
    assertThat(fields.get("requestId")).isEqualTo("$context.requestId");

    SamTemplate.Intrinsic destination = (SamTemplate.Intrinsic) access.get("DestinationArn");
    assertThat(destination.toString()).contains("ApiAccessLogGroup.Arn");
    Map<String, Object> group = template.resources().get("ApiAccessLogGroup");
    assertThat(group.get("Type")).isEqualTo("AWS::Logs::LogGroup");
    assertThat(SamTemplate.map(group.get("Properties")).get("RetentionInDays")).isEqualTo(ref("LogRetentionDays"));
  }

  @Test
  void should_switch_the_api_from_the_api_key_to_iam_and_keep_the_usage_plan() {
    Map<String, Object> auth = SamTemplate.map(properties("Api").get("Auth"));
    assertThat(auth.get("ApiKeyRequired")).isEqualTo(true);
    assertThat(auth.get("DefaultAuthorizer")).isEqualTo(ref("ApiAuthorizer"));
    assertThat(parameter("ApiAuthorizer").get("Default")).as("API key only by default").isEqualTo("");
    assertThat(parameter("ApiAuthorizer").get("AllowedValues")).isEqualTo(List.of("", "AWS_IAM"));
    Map<String, Object> usagePlan = SamTemplate.map(auth.get("UsagePlan"));
    assertThat(usagePlan.get("CreateUsagePlan")).isEqualTo("PER_API");
    assertThat(SamTemplate.map(usagePlan.get("Throttle")).get("RateLimit")).isEqualTo(ref("ApiRateLimit"));
  }

  @Test
  void should_leave_the_failure_queue_permission_to_the_on_failure_destination() {
    Map<String, Object> upload = properties("UploadFunction");
    Map<String, Object> onFailure = SamTemplate.map(SamTemplate.map(SamTemplate.map(
        upload.get("EventInvokeConfig")).get("DestinationConfig")).get("OnFailure"));
    assertThat(onFailure.get("Type")).isEqualTo("SQS");
    assertThat(onFailure.get("Destination")).isEqualTo(new SamTemplate.Intrinsic("!GetAtt", "FailedUploadsQueue.Arn"));
    assertThat((List<?>) upload.get("Policies")).noneSatisfy(p ->
        assertThat(SamTemplate.map(p)).containsKey("SQSSendMessagePolicy"));
  }

  @Test
  void should_carry_every_parameter_of_a_functions_configuration_in_its_version_description() {
    assertThat(globals().get("AutoPublishAlias")).isEqualTo("live");
    Set<String> parameterNames = SamTemplate.map(root.get("Parameters")).keySet();
    for (String id : template.functionIds()) {
      Map<String, Object> props = properties(id);
      // what a published version records: environment, logging and tracing, from Globals and the function
      Set<String> configured = new java.util.TreeSet<>();
      for (Map<String, Object> level : List.of(globals(), props)) {
        for (String key : List.of("Environment", "LoggingConfig", "Tracing", "MemorySize", "Timeout")) {
          referencedParameters(level.get(key), parameterNames, configured);
        }
      }
      assertThat(configured).as(id).contains("LlmProvider", "LlmModel", "MetricsNamespace", "ApplicationLogLevel",
          "Tracing");
      SamTemplate.Intrinsic description = (SamTemplate.Intrinsic) props.get("VersionDescription");
      assertThat(description.tag()).isEqualTo("!Sub");
      Set<String> described = referencedParameters(description, parameterNames, new java.util.TreeSet<>());
      assertThat(described).as(id + " VersionDescription").containsAll(configured);
    }
  }

  private Map<String, Object> conditionalLifecycleRule(String condition) {
    List<?> rules = (List<?>) SamTemplate.map(properties("ArticleBucket").get("LifecycleConfiguration")).get("Rules");
    for (Object rule : rules) {
      if (rule instanceof SamTemplate.Intrinsic(String tag, Object value) && tag.equals("!If")
          && ((List<?>) value).get(0).equals(condition)) {
        assertThat(((List<?>) value).get(2)).isEqualTo(ref("AWS::NoValue"));
        return SamTemplate.map(((List<?>) value).get(1));
      }
    }
    throw new AssertionError("no lifecycle rule under condition " + condition + " in " + rules);
  }

  private Map<String, Map<String, Object>> alarms() {
    Map<String, Map<String, Object>> alarms = new java.util.LinkedHashMap<>();
    template.resources().forEach((id, r) -> {
      if ("AWS::CloudWatch::Alarm".equals(r.get("Type"))) {
        alarms.put(id, SamTemplate.map(r.get("Properties")));
      }
    });
    return alarms;
  }

  /** The parameters a value refers to: {@code !Ref P}, {@code ${P}} in a {@code !Sub}, at any depth. */
  private static Set<String> referencedParameters(Object value, Set<String> parameters, Set<String> found) {
    switch (value) {
      case SamTemplate.Intrinsic(String tag, Object arg) when tag.equals("!Ref") && parameters.contains(arg) ->
          found.add((String) arg);
      case SamTemplate.Intrinsic(String tag, Object arg) when tag.equals("!Sub") -> {
        String text = (String) (arg instanceof List<?> list ? list.get(0) : arg);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}!.]+)}").matcher(text);
        while (m.find()) {
          if (parameters.contains(m.group(1))) {
            found.add(m.group(1));
          }
        }
        if (arg instanceof List<?> list) {
          list.stream().skip(1).forEach(v -> referencedParameters(v, parameters, found));
        }
      }
      case SamTemplate.Intrinsic(String tag, Object arg) -> referencedParameters(arg, parameters, found);
      case Map<?, ?> map -> map.values().forEach(v -> referencedParameters(v, parameters, found));
      case List<?> list -> list.forEach(v -> referencedParameters(v, parameters, found));
      case null, default -> { }
    }
    return found;
  }

  private static SamTemplate.Intrinsic ref(String name) {
    return new SamTemplate.Intrinsic("!Ref", name);
  }

  private Map<String, Object> properties(String id) {
    return SamTemplate.map(template.resources().get(id).get("Properties"));
  }

  private Map<String, Object> globals() {
    return SamTemplate.map(SamTemplate.map(root.get("Globals")).get("Function"));
  }

  private Map<String, Object> parameter(String name) {
    Map<String, Object> parameter = SamTemplate.map(SamTemplate.map(root.get("Parameters")).get(name));
    assertThat(parameter).as("parameter " + name).isNotEmpty();
    return parameter;
  }

  private Object condition(String name) {
    return SamTemplate.map(root.get("Conditions")).get(name);
  }

  /** The whole template, short tags read as {@link SamTemplate.Intrinsic} as SamTemplate reads them. */
  private static Map<String, Object> rawTemplate() {
    var constructor = new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()) {
      {
        this.yamlMultiConstructors.put("!", new org.yaml.snakeyaml.constructor.AbstractConstruct() {
          @Override
          public Object construct(org.yaml.snakeyaml.nodes.Node node) {
            Object value = switch (node) {
              case org.yaml.snakeyaml.nodes.ScalarNode scalar -> constructScalar(scalar);
              case org.yaml.snakeyaml.nodes.SequenceNode sequence -> constructSequence(sequence);
              case org.yaml.snakeyaml.nodes.MappingNode mapping -> constructMapping(mapping);
              default -> null;
            };
            return new SamTemplate.Intrinsic(node.getTag().getValue(), value);
          }
        });
      }
    };
    try {
      return SamTemplate.map(new org.yaml.snakeyaml.Yaml(constructor).load(Files.readString(Path.of("template.yaml"))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
