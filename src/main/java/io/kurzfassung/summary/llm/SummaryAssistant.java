package io.kurzfassung.summary.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI service: the versioned German system prompt plus a prompt built by {@link Prompts}, answered
 * as a {@link SummaryDraft}. The prompt goes in as a template variable, so braces in an article stay text.
 */
interface SummaryAssistant {

  @SystemMessage(fromResource = Prompts.SYSTEM_RESOURCE)
  @UserMessage("{{prompt}}")
  Result<SummaryDraft> summarize(@V("prompt") String prompt);
}
