package io.kurzfassung.summary.llm;

import static io.kurzfassung.summary.llm.FakeChatModel.answer;
import static io.kurzfassung.summary.llm.FakeChatModel.systemText;
import static io.kurzfassung.summary.llm.FakeChatModel.userText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.output.FinishReason;
import io.kurzfassung.summary.ModelException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One model call: the request it sends, the answer, usage and finish reason it returns, the downgrade. */
class ModelCallTest {

  static ModelCall call(FakeChatModel model) {
    return new ModelCall(model, "openai", "gpt-test",
        new Retries(0, Duration.ofSeconds(5), Duration.ofMillis(1), Duration.ofMillis(5)), "sk-secret");
  }

  @Test
  void should_return_the_raw_text_usage_and_finish_reason() {
    FakeChatModel model = new FakeChatModel().thenAnswer(answer("{\"summary\": \"x\"}", FinishReason.LENGTH));

    ModelCall.Answer answer = call(model).ask("Fasse zusammen", null);

    assertThat(answer.text()).isEqualTo("{\"summary\": \"x\"}");
    assertThat(answer.usage().inputTokens()).isEqualTo(100);
    assertThat(answer.usage().outputTokens()).isEqualTo(20);
    assertThat(answer.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(call(model).model().promptVersion()).isEqualTo(Prompts.VERSION);
  }

  @Test
  void should_send_the_system_prompt_and_the_json_schema_of_the_draft_when_the_model_supports_it() {
    FakeChatModel model = new FakeChatModel().withCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
        .thenAnswer(Samples.good(Samples.article()));

    call(model).ask("Fasse zusammen", null);

    var request = model.requests.get(0);
    assertThat(systemText(request)).startsWith("Du bist eine sorgfältige");
    assertThat(userText(request)).isEqualTo("Fasse zusammen");
    var format = request.parameters().responseFormat();
    assertThat(format.type()).isEqualTo(ResponseFormatType.JSON);
    assertThat(format.jsonSchema().rootElement().toString()).contains("keyFacts").contains("sentences");
  }

  @Test
  void should_append_format_instructions_when_the_model_has_no_native_structured_output() {
    FakeChatModel model = new FakeChatModel().thenAnswer(Samples.good(Samples.article()));

    call(model).ask("Fasse zusammen", null);

    var request = model.requests.get(0);
    assertThat(request.parameters().responseFormat()).isNull();
    assertThat(userText(request)).startsWith("Fasse zusammen").contains("keyFacts").contains("sentences");
  }

  @Test
  void should_switch_to_format_instructions_for_good_when_the_provider_rejects_the_schema_setting() {
    FakeChatModel model = new FakeChatModel().withCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    int[] calls = {0};
    model.answeringBy(prompt -> {
      if (calls[0]++ == 0) {
        throw new InvalidRequestException("400: response_format json_schema is not supported");
      }
      return answer("{}");
    });
    ModelCall call = call(model);

    call.ask("eins", null);
    call.ask("zwei", null);

    assertThat(model.requests).hasSize(3);
    assertThat(model.requests.get(0).parameters().responseFormat()).isNotNull();
    assertThat(model.requests.get(1).parameters().responseFormat()).isNull();
    assertThat(model.requests.get(2).parameters().responseFormat()).as("remembered").isNull();
  }

  @Test
  void should_not_switch_for_other_bad_requests() {
    FakeChatModel model = new FakeChatModel().withCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
        .answeringBy(prompt -> {
          throw new InvalidRequestException("400: context length exceeded");
        });

    assertThatThrownBy(() -> call(model).ask("eins", null)).isInstanceOf(ModelException.class);
    assertThat(model.requests).hasSize(1);
  }
}
