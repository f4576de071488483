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
    assertThat(template.functionIds()).containsExactly("ApiFunction", "UploadFunction", "SummarizeFunction",
        "BackfillFunction");
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
        case "SQS" -> com.amazonaws.services.lambda.runtime.events.SQSEvent.class;
        default -> java.io.InputStream.class; // direct invocation: a stream handler reads the raw JSON
      };
      assertThat(types).as(id + " event types").hasSizeLessThanOrEqualTo(1);
      assertThat(method.getParameterTypes()[0]).as(id + " event class").isEqualTo(expected);
    }
  }

  @Test
  void should_notify_the_upload_queue_of_uploads_under_the_prefix_the_handler_reads() {
    List<?> queues = (List<?>) SamTemplate.map(properties("ArticleBucket").get("NotificationConfiguration"))
        .get("QueueConfigurations");
    Map<String, Object> notification = SamTemplate.map(queues.get(0));
    assertThat(notification.get("Event")).isEqualTo("s3:ObjectCreated:*");
    assertThat(notification.get("Queue")).isEqualTo(new SamTemplate.Intrinsic("!GetAtt", "UploadQueue.Arn"));
    List<?> rules = (List<?>) SamTemplate.map(SamTemplate.map(notification.get("Filter")).get("S3Key")).get("Rules");
    Map<String, Object> rule = SamTemplate.map(rules.get(0));
    String filterPrefix = template.resolve(rule.get("Value"));

    SamTemplate.Function upload = template.function("UploadFunction");
    assertThat(rule.get("Name")).isEqualTo("prefix");
    assertThat(filterPrefix).isEqualTo(upload.environment().get("INPUT_PREFIX"));
    Config handlerConfig = Config.from(upload.environment());
    assertThat(handlerConfig.inputPrefix()).isEqualTo(filterPrefix);
    assertThat(handlerConfig.outputPrefix()).isNotEqualTo(filterPrefix);
    assertThat(filterPrefix).doesNotStartWith(handlerConfig.outputPrefix());
    // S3 checks on creation that it may send to the queue: the policy must exist first.
    assertThat(template.resources().get("ArticleBucket").get("DependsOn")).isEqualTo("UploadQueuePolicy");
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
    // every failure queue (a redrive target): not empty
    template.resources().forEach((id, r) -> {
      if ("AWS::SQS::Queue".equals(r.get("Type")) && !"UploadQueue".equals(id)) {
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

  // ---- uploads through SQS and the backfill (issue 11) ----

  @Test
  void should_consume_the_upload_queue_with_partial_batch_failures_bounded_by_maximum_concurrency() {
    Map<String, Object> upload = properties("UploadFunction");
    assertThat(upload.get("Handler")).isEqualTo(SqsUploadHandler.class.getName() + "::handleRequest");
    assertThat(upload).doesNotContainKeys("ReservedConcurrentExecutions", "EventInvokeConfig");
    Map<String, Object> event = template.function("UploadFunction").events().get("ArticleUploaded");
    assertThat(event.get("Type")).isEqualTo("SQS");
    Map<String, Object> sqs = SamTemplate.map(event.get("Properties"));
    assertThat(sqs.get("Queue")).isEqualTo(new SamTemplate.Intrinsic("!GetAtt", "UploadQueue.Arn"));
    assertThat(sqs.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
    assertThat(sqs.get("BatchSize")).isEqualTo(ref("UploadBatchSize"));
    assertThat(sqs.get("MaximumBatchingWindowInSeconds")).isEqualTo(ref("UploadBatchingWindowSeconds"));
    assertThat(SamTemplate.map(sqs.get("ScalingConfig")).get("MaximumConcurrency")).isEqualTo(ref("UploadConcurrency"));
    // Lambda accepts MaximumConcurrency from 2 to 1000.
    assertThat(parameter("UploadConcurrency")).containsEntry("MinValue", 2).containsEntry("MaxValue", 1000);
  }

  @Test
  void should_give_the_upload_queue_encryption_a_redrive_to_the_failure_queue_and_six_function_timeouts() {
    Map<String, Object> queue = properties("UploadQueue");
    assertThat(queue.get("SqsManagedSseEnabled")).isEqualTo(true);
    Map<String, Object> redrive = SamTemplate.map(queue.get("RedrivePolicy"));
    assertThat(redrive.get("deadLetterTargetArn")).isEqualTo(new SamTemplate.Intrinsic("!GetAtt", "FailedUploadsQueue.Arn"));
    assertThat((Integer) redrive.get("maxReceiveCount")).isGreaterThanOrEqualTo(5);
    Duration functionTimeout = template.function("UploadFunction").timeout();
    assertThat(Duration.ofSeconds((Integer) queue.get("VisibilityTimeout")))
        .isGreaterThanOrEqualTo(functionTimeout.multipliedBy(6));
    // A dead-lettered message keeps its enqueue time: the failure queue must keep messages longer.
    assertThat((Integer) queue.get("MessageRetentionPeriod"))
        .isLessThan((Integer) properties("FailedUploadsQueue").get("MessageRetentionPeriod"));
    // The back-off's longest delay stays below the visibility timeout the queue would apply anyway.
    assertThat(Backoff.CAP_SECONDS).isLessThan(((Integer) queue.get("VisibilityTimeout")).longValue());
  }

  @Test
  void should_let_only_the_bucket_send_to_the_upload_queue_and_the_upload_function_back_off_its_messages() {
    Map<String, Object> policy = SamTemplate.map(properties("UploadQueuePolicy").get("PolicyDocument"));
    Map<String, Object> send = SamTemplate.map(((List<?>) policy.get("Statement")).get(0));
    assertThat(send.get("Action")).isEqualTo("sqs:SendMessage");
    assertThat(SamTemplate.map(send.get("Principal")).get("Service")).isEqualTo("s3.amazonaws.com");
    assertThat(SamTemplate.map(send.get("Condition"))).containsKeys("ArnEquals", "StringEquals");

    List<Map<String, Object>> statements = statements(properties("UploadFunction").get("Policies"));
    assertThat(statements).anySatisfy(st -> {
      assertThat(st.get("Action")).isEqualTo("sqs:ChangeMessageVisibility");
      assertThat(st.get("Resource")).isEqualTo(new SamTemplate.Intrinsic("!GetAtt", "UploadQueue.Arn"));
    });
  }

  @Test
  void should_alarm_when_uploads_wait_in_the_upload_queue_and_when_a_backfill_fails() {
    assertThat(alarms().values()).anySatisfy(a -> {
      assertThat(a.get("MetricName")).isEqualTo("ApproximateAgeOfOldestMessage");
      assertThat(a.get("Dimensions")).isEqualTo(List.of(Map.of("Name", "QueueName",
          "Value", new SamTemplate.Intrinsic("!GetAtt", "UploadQueue.QueueName"))));
    });
    assertThat(alarms().values()).anySatisfy(a -> {
      assertThat(a.get("Namespace")).isEqualTo("AWS/States");
      assertThat(a.get("MetricName")).isEqualTo("ExecutionsFailed");
      assertThat(a.get("Dimensions")).isEqualTo(List.of(Map.of("Name", "StateMachineArn",
          "Value", ref("BackfillStateMachine"))));
    });
  }

  @Test
  void should_backfill_with_a_distributed_map_over_the_prefix_that_invokes_the_backfill_function() throws Exception {
    Map<String, Object> machine = properties("BackfillStateMachine");
    assertThat(template.resources().get("BackfillStateMachine").get("Type")).isEqualTo("AWS::Serverless::StateMachine");
    Map<String, Object> substitutions = SamTemplate.map(machine.get("DefinitionSubstitutions"));
    assertThat(substitutions.get("BackfillFunctionArn")).isEqualTo(new SamTemplate.Intrinsic("!Ref", "BackfillFunction.Alias"));
    assertThat(properties("BackfillFunction").get("Handler")).isEqualTo(BackfillItemHandler.class.getName() + "::handleRequest");

    Map<String, Object> states = SamTemplate.map(SamTemplate.map(machine.get("Definition")).get("States"));
    Map<String, Object> map = states.values().stream().map(SamTemplate::map)
        .filter(st -> "Map".equals(st.get("Type"))).findFirst().orElseThrow();
    Map<String, Object> reader = SamTemplate.map(map.get("ItemReader"));
    assertThat(reader.get("Resource")).isEqualTo("arn:aws:states:::s3:listObjectsV2");
    assertThat(SamTemplate.map(reader.get("Parameters")).get("Prefix.$")).isEqualTo("$.prefix");
    assertThat(map.get("MaxConcurrencyPath")).isEqualTo("$.maxConcurrency");
    assertThat(map.get("ToleratedFailurePercentagePath")).isEqualTo("$.toleratedFailurePercentage");
    assertThat(SamTemplate.map(map.get("ResultWriter")).get("Resource")).isEqualTo("arn:aws:states:::s3:putObject");
    Map<String, Object> processor = SamTemplate.map(map.get("ItemProcessor"));
    assertThat(SamTemplate.map(processor.get("ProcessorConfig")).get("Mode")).isEqualTo("DISTRIBUTED");

    // The item the function gets: the reader's fields plus the bucket, as in events/backfill-item.json.
    Map<String, Object> selector = SamTemplate.map(map.get("ItemSelector"));
    Set<String> fields = selector.keySet().stream().map(k -> k.replace(".$", "")).collect(Collectors.toSet());
    JsonNodeFields item = JsonNodeFields.of(Path.of("events/backfill-item.json"));
    assertThat(fields).isEqualTo(item.names());

    Map<String, Object> task = SamTemplate.map(SamTemplate.map(processor.get("States")).get("Summarise"));
    assertThat(task.get("Resource")).isEqualTo("arn:aws:states:::lambda:invoke");
    assertThat(SamTemplate.map(task.get("Parameters")).get("FunctionName")).isEqualTo("${BackfillFunctionArn}");
    List<?> retries = (List<?>) task.get("Retry");
    Map<String, Object> throttling = SamTemplate.map(retries.get(0));
    assertThat(throttling.get("ErrorEquals"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("Lambda.TooManyRequestsException",
        io.kurzfassung.summary.ModelRateLimitedException.class.getName());
    assertThat(((Number) throttling.get("BackoffRate")).doubleValue()).isGreaterThan(1.0);
    // Every error type the state machine retries names a class the function throws (or Lambda's own).
    for (Object retry : retries) {
      for (Object error : (List<?>) SamTemplate.map(retry).get("ErrorEquals")) {
        String name = (String) error;
        if (!name.startsWith("Lambda.")) {
          assertThat(RuntimeException.class.isAssignableFrom(Class.forName(name))).as(name).isTrue();
          assertThat(UploadSummaries.isPermanent((Throwable) Class.forName(name).getConstructors()[0]
              .newInstance(constructorArguments(Class.forName(name).getConstructors()[0])))).as(name).isFalse();
        }
      }
    }
  }

  @Test
  void should_give_the_backfill_input_defaults_from_parameters() {
    Map<String, Object> substitutions = SamTemplate.map(properties("BackfillStateMachine").get("DefinitionSubstitutions"));
    assertThat(substitutions.get("MaxConcurrency")).isEqualTo(ref("BackfillMaxConcurrency"));
    assertThat(substitutions.get("ToleratedFailurePercentage")).isEqualTo(ref("BackfillToleratedFailurePercentage"));
    assertThat(parameter("BackfillMaxConcurrency").get("Default")).isEqualTo(10);
    assertThat(parameter("BackfillToleratedFailurePercentage").get("Default")).isEqualTo(5);
  }

  @Test
  void should_grant_the_state_machine_its_prefix_its_function_and_its_results_only() {
    List<Map<String, Object>> statements = statements(properties("BackfillStateMachine").get("Policies"));
    Map<String, Map<String, Object>> bySid = new java.util.HashMap<>();
    statements.forEach(st -> bySid.put((String) st.get("Sid"), st));

    Map<String, Object> list = bySid.get("ListTheBackfillPrefix");
    assertThat(list.get("Action")).isEqualTo("s3:ListBucket");
    assertThat(SamTemplate.map(SamTemplate.map(list.get("Condition")).get("StringLike")).get("s3:prefix"))
        .isEqualTo(new SamTemplate.Intrinsic("!Sub", "${BackfillPrefix}*"));
    assertThat(bySid.get("WriteTheResults").get("Resource").toString()).contains("${OutputPrefix}backfill-results/*");
    assertThat(bySid.get("InvokeTheBackfillFunction").get("Action")).isEqualTo("lambda:InvokeFunction");
    assertThat(bySid.get("InvokeTheBackfillFunction").get("Resource").toString()).contains("BackfillFunction.Arn")
        .doesNotContain("*\"");
    assertThat(statements).noneSatisfy(st -> assertThat(st.get("Action")).isEqualTo("s3:*"));
    // The function reads the backfill prefix only.
    assertThat(statements(properties("BackfillFunction").get("Policies"))).anySatisfy(st -> {
      assertThat(st.get("Action")).isEqualTo("s3:GetObject");
      assertThat(st.get("Resource").toString()).contains("${BackfillPrefix}*");
    });
  }

  /** The names of a JSON object's fields. */
  private record JsonNodeFields(Set<String> names) {
    static JsonNodeFields of(Path file) throws java.io.IOException {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
      Set<String> names = new java.util.HashSet<>();
      node.fieldNames().forEachRemaining(names::add);
      return new JsonNodeFields(names);
    }
  }

  private static Object[] constructorArguments(java.lang.reflect.Constructor<?> c) {
    return Arrays.stream(c.getParameterTypes()).map(t -> t == String.class ? "x" : null).toArray();
  }

  /** The inline statements of a Policies list (managed policy references skipped; !If branches taken). */
  private static List<Map<String, Object>> statements(Object policies) {
    List<Map<String, Object>> found = new java.util.ArrayList<>();
    for (Object policy : (List<?>) policies) {
      if (policy instanceof Map<?, ?> map && map.get("Statement") instanceof List<?> list) {
        for (Object st : list) {
          if (st instanceof Map<?, ?>) {
            found.add(SamTemplate.map(st));
          }
        }
      }
    }
    return found;
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
