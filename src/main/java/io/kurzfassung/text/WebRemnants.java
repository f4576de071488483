package io.kurzfassung.text;

import java.util.regex.Pattern;

/**
 * What a copy of a news web page carries besides the article's running text: the button labels of an image viewer
 * ("Detailansicht öffnen", "Bild vergrößern") and photo credits ("(Foto: Stefan Sauer/dpa)"). A caption itself
 * stays: the newsroom wrote it, and it often states the news ("Der Aufsteiger ASV Dachau hat gleich sein erstes
 * Spiel in der dritten Liga gewonnen."); dropping captions too lowered ROUGE-1 on the public MLSUM set. {@code
 * HtmlFormat} drops figures and captions by their markup; this is for plain text and JSON fields, where the markup
 * is gone.
 *
 * <p>A label counts only where a sentence may start (at the start of a line or after a sentence's end) and before
 * what starts a caption, so "Sie wollte das Bild vergrößern lassen" keeps its words. Linear in the text: fixed
 * labels, and a credit of at most 120 characters without brackets.
 */
public final class WebRemnants {

  private static final Pattern REMNANT = Pattern.compile(
      "(?:^|(?<=[.!?…\"“”»«)] ))(?:Detailansicht öffnen|Bild vergrößern|Foto vergrößern|Bildergalerie öffnen)"
          + "(?: (?=[\\p{Lu}\\p{N}\"„»«])|$)"
          + "|\\((?:Fotos?|Bilder?|Grafik|Illustration|Screenshot) ?: ?[^()\\n]{1,120}\\)(?: |$)",
      Pattern.MULTILINE);

  private WebRemnants() {}

  /** The text without image viewers' labels and photo credits. */
  public static String without(String text) {
    if (text.indexOf('(') < 0 && text.indexOf("öffnen") < 0 && text.indexOf("vergrößern") < 0) {
      return text; // most articles: nothing to look for
    }
    return REMNANT.matcher(text).replaceAll("");
  }
}
