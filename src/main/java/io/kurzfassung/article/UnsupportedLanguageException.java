package io.kurzfassung.article;

import java.util.Locale;

/**
 * The article is not German and the summariser cannot write a German summary of it: the embedded extractive model
 * only selects the article's own sentences (HTTP 400, exit code 2). A language model summarises it in German.
 */
public class UnsupportedLanguageException extends ArticleException {

  private final String language;

  public UnsupportedLanguageException(String language) {
    super("article is in " + Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " (" + language
        + "); the embedded extractive model summarises German articles only: set LLM_PROVIDER to a language model"
        + " for a German summary of it");
    this.language = language;
  }

  /** The ISO 639-1 code of the article's language. */
  public String language() {
    return language;
  }
}
