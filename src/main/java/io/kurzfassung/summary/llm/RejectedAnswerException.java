package io.kurzfassung.summary.llm;

import io.kurzfassung.summary.InvalidModelOutputException;
import io.kurzfassung.summary.Usage;
import java.util.List;

/**
 * The model answered, but the answer cannot be used: what was asked, what came back, what is wrong with it, and the
 * tokens spent so far. {@link RepairingSummarizer} asks again with the problems; {@link FallbackSummarizer} decides
 * after that.
 */
public final class RejectedAnswerException extends InvalidModelOutputException {

  private final String prompt;
  private final String answer;
  private final List<String> problems;
  private final Usage usage;

  /**
   * @param prompt the prompt that was answered; null when there is no single answer to repair
   * @param answer the raw answer; null as with the prompt
   */
  public RejectedAnswerException(String message, String prompt, String answer, List<String> problems, Usage usage) {
    super(message);
    this.prompt = prompt;
    this.answer = answer;
    this.problems = List.copyOf(problems);
    this.usage = usage == null ? Usage.UNKNOWN : usage;
  }

  public String prompt() {
    return prompt;
  }

  public String answer() {
    return answer;
  }

  /** What is wrong, in German, as the model is told in a repair round. */
  public List<String> problems() {
    return problems;
  }

  /** Tokens spent on this article up to the rejection. */
  public Usage usage() {
    return usage;
  }

  /** Whether a repair round can address it: there is one answer to one prompt. */
  boolean repairable() {
    return prompt != null && answer != null;
  }
}
