package io.kurzfassung.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.service.AiServices;
import org.junit.jupiter.api.Test;

/** The AI service itself: typed answer, system prompt from the resource, JSON schema when the model supports it. */
class SummaryAssistantTest {

  @Test
  void should_return_the_answer_as_a_typed_record() {
    var article = Samples.article();
    FakeChatModel model = new FakeChatModel().thenAnswer(Samples.good(article));
    SummaryDraft draft = AiServices.builder(SummaryAssistant.class).chatModel(model).build()
        .summarize("Fasse zusammen").content();
    assertThat(draft.summary()).isEqualTo(Samples.GOOD_SUMMARY);
    assertThat(draft.keyFacts()).hasSize(3);
    assertThat(draft.keyFacts().get(2).sentences()).containsExactly(Samples.n(article, "Xi hat China seit 2019"));
    assertThat(FakeChatModel.systemText(model.requests.get(0))).startsWith("Du bist eine sorgfältige");
  }

  @Test
  void should_request_the_json_schema_of_the_record_when_the_model_supports_it() {
    FakeChatModel model = new FakeChatModel().withCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
        .thenAnswer(Samples.good(Samples.article()));
    AiServices.builder(SummaryAssistant.class).chatModel(model).build().summarize("Fasse zusammen");
    var format = model.requests.get(0).parameters().responseFormat();
    assertThat(format.type()).isEqualTo(ResponseFormatType.JSON);
    assertThat(format.jsonSchema().rootElement().toString()).contains("keyFacts").contains("sentences");
    assertThat(FakeChatModel.userText(model.requests.get(0))).isEqualTo("Fasse zusammen");
  }
}
