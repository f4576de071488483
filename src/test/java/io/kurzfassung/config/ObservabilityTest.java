package io.kurzfassung.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logging and metrics settings Lambda gives a function. */
class ObservabilityTest {

  @Test
  void should_read_lambdas_json_format_level_function_name_and_the_namespace() {
    Observability o = Observability.from(Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "fatal",
        "AWS_LAMBDA_FUNCTION_NAME", "kurzfassung-ApiFunction", "METRICS_NAMESPACE", "Kurzfassung"));
    assertThat(o).isEqualTo(new Observability(true, "ERROR", "kurzfassung-ApiFunction", "Kurzfassung"));
    assertThat(o.inLambda()).isTrue();
  }

  @Test
  void should_log_text_at_the_loggers_level_and_write_no_metrics_outside_lambda() {
    Observability o = Observability.from(Map.of("AWS_LAMBDA_LOG_FORMAT", "Text", "AWS_LAMBDA_LOG_LEVEL", "LOUD"));
    assertThat(o).isEqualTo(new Observability(false, null, null, "kurzfassung"));
    assertThat(o.inLambda()).isFalse();
  }
}
