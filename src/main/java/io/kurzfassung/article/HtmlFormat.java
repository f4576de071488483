package io.kurzfassung.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML pages: the headline and the article's paragraphs, without navigation, footers, scripts or ads. */
final class HtmlFormat {

  private static final String NOISE = "script, style, noscript, template, iframe, svg, canvas, form, button, nav, "
      + "footer, aside, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], "
      + "[role=complementary], [aria-hidden=true], [hidden]";
  private static final String AD_WORDS =
      "(?i).*(\\bads?\\b|advert|anzeige|werbung|promo|sponsor|newsletter|cookie|consent|paywall|share|social|"
          + "related|teaser|comment|kommentar|breadcrumb|subscribe|abo-).*";

  private HtmlFormat() {}

  static Article parse(String html) {
    Document doc = Jsoup.parse(html);
    String title = firstNonBlank(
        text(doc.selectFirst("article h1")), text(doc.selectFirst("h1")),
        meta(doc, "og:title"), doc.title());
    String topic = meta(doc, "article:section");
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
    String source = meta(doc, "og:site_name");
    String language = attr(doc.selectFirst("html"), "lang");

    doc.select(NOISE).remove();
    for (Element e : doc.getAllElements()) {
      if (e.parent() != null && (e.className().matches(AD_WORDS) || e.id().matches(AD_WORDS))) {
        e.remove();
      }
    }
    Element root = firstElement(doc.selectFirst("article"), doc.selectFirst("main"),
        doc.selectFirst("[itemprop=articleBody]"), doc.body());
    List<String> paragraphs = new ArrayList<>();
    if (root != null) {
      for (Element p : root.select("p, h2, h3, li, blockquote")) {
        if (nestedInTextBlock(p, root)) {
          continue;
        }
        String t = TextNormalizer.line(p.text());
        if (!t.isEmpty() && !t.equals(title)) {
          paragraphs.add(t);
        }
      }
      if (paragraphs.isEmpty()) {
        paragraphs.add(TextNormalizer.line(root.text()));
      }
    }
    String text = PlainTextFormat.body(String.join("\n\n", paragraphs)).text();
    return Article.of(title == null ? "" : TextNormalizer.line(title), text, topic, source, url, language);
  }

  /** A paragraph inside a list item or quote is already part of that block's text. */
  private static boolean nestedInTextBlock(Element e, Element root) {
    for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
      if (a.is("p, li, blockquote")) {
        return true;
      }
    }
    return false;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String attr(Element e, String name) {
    return e == null || !e.hasAttr(name) ? null : e.attr(name).strip();
  }

  private static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    String v = attr(e, "content");
    return v == null || v.isBlank() ? null : v;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static Element firstElement(Element... elements) {
    for (Element e : elements) {
      if (e != null) {
        return e;
      }
    }
    return null;
  }
}
