package io.kurzfassung.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who summarises: the embedded extractive summariser or a language-model provider ({@code LLM_PROVIDER}). */
public enum Provider {
  EXTRACTIVE,
  BEDROCK,
  OPENAI,
  ANTHROPIC,
  OLLAMA,
  GEMINI;

  /** The name used in {@code LLM_PROVIDER}, {@code --provider} and a document's {@code model.provider}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a language model is called (everything but the extractive summariser). */
  public boolean isLanguageModel() {
    return this != EXTRACTIVE;
  }

  /**
   * The provider of a name, case-insensitive.
   *
   * @param source what the name came from, for the message ({@code LLM_PROVIDER}, {@code --provider})
   * @throws ConfigException naming the source and the allowed names
   */
  public static Provider of(String name, String source) {
    for (Provider p : values()) {
      if (p.id().equalsIgnoreCase(name.strip())) {
        return p;
      }
    }
    throw new ConfigException(source + " must be one of "
        + Arrays.stream(values()).map(Provider::id).sorted().collect(Collectors.joining(", ")) + ", was " + name);
  }

  @Override
  public String toString() {
    return id();
  }
}
