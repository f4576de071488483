package io.kurzfassung.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML pages: the headline and the article's paragraphs, without navigation, footers, scripts, ads, cookie banners,
 * bylines, image captions or lists of links to other articles. Text in {@code <div>}s without {@code <p>} and text
 * separated by {@code <br>} is kept as paragraphs too.
 */
final class HtmlFormat {

  private static final String NOISE = "script, style, noscript, template, iframe, svg, canvas, form, button, nav, "
      + "footer, aside, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], "
      + "[role=complementary], [aria-hidden=true], [hidden]";
  /** Words in a class or id that mark page furniture rather than article text. */
  private static final Set<String> NOISE_WORDS = Set.of(
      "ad", "ads", "advert", "advertisement", "anzeige", "werbung", "promo", "sponsor", "sponsored", "newsletter",
      "cookie", "cookies", "consent", "cmp", "gdpr", "paywall", "share", "sharing", "social", "related", "teaser",
      "teasers", "comment", "comments", "kommentar", "kommentare", "breadcrumb", "breadcrumbs", "subscribe", "abo",
      "byline", "author", "autor", "caption", "credit", "credits", "bildunterschrift", "recommendations");
  private static final Pattern CLASS_SEPARATOR = Pattern.compile("[^a-z0-9]+");
  /** A short unpunctuated line such as "Von Anna Schmidt, Berlin" or "Foto: dpa". */
  private static final Pattern BYLINE = Pattern.compile("(?i)^(von|text|foto|fotos|bild|quelle|video)\\b:?\\s.*[^.!?\"“”«»]$");
  private static final int BYLINE_MAX_WORDS = 12;

  private HtmlFormat() {}

  static Article parse(String html) {
    Document doc = Jsoup.parse(html);
    String topic = meta(doc, "article:section");
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
    String source = meta(doc, "og:site_name");
    String language = attr(doc.selectFirst("html"), "lang");

    doc.select(NOISE).remove();
    Element root = root(doc);
    String title = firstNonBlank(
        root == null ? null : text(root.selectFirst("h1")), text(doc.selectFirst("h1")),
        meta(doc, "og:title"), doc.title());
    title = title == null ? "" : TextNormalizer.line(title);
    List<String> paragraphs = new ArrayList<>();
    if (root != null) {
      // Only inside the article: a page often marks <body> itself ("has-cookie-banner", "sticky-share").
      root.select("*").stream().filter(e -> e != root && isNoise(e)).toList().forEach(Element::remove);
      List<Block> kept = new ArrayList<>();
      for (Block block : blocks(root)) {
        if (!block.text().equals(title) && !isByline(block.text()) && block.linkShare() < 0.5) {
          kept.add(block);
        }
      }
      // A heading with no text after it ("Mehr zum Thema") introduced something that was removed.
      while (!kept.isEmpty() && kept.getLast().heading()) {
        kept.removeLast();
      }
      kept.forEach(b -> paragraphs.add(b.text()));
    }
    String text = PlainTextFormat.body(String.join("\n\n", paragraphs)).text();
    return Article.of(title, text, topic, source, url, language);
  }

  /** The article: the longest {@code <article>} (teaser cards are articles too), else the marked body, main or body. */
  private static Element root(Document doc) {
    return firstElement(longestArticle(doc), doc.selectFirst("[itemprop=articleBody]"), doc.selectFirst("main"),
        doc.body());
  }

  /**
   * The {@code <article>} with the most text, the first of equals (the outermost of nested ones). The text lengths
   * of all elements are summed bottom-up in one traversal: asking each candidate for its text would read nested
   * articles again for every level, quadratic in the depth.
   */
  private static Element longestArticle(Document doc) {
    Element[] best = {null};
    int[] bestLength = {-1};
    int[] bestStart = {Integer.MAX_VALUE};
    int[] started = {0};
    // Per open element: the text length seen inside it so far, and its place in document order.
    Deque<int[]> open = new ArrayDeque<>();
    open.push(new int[2]);
    doc.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          open.peek()[0] += t.text().length();
        } else if (node instanceof Element) {
          open.push(new int[] {0, started[0]++});
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          int[] counted = open.pop();
          open.peek()[0] += counted[0];
          boolean longer = counted[0] > bestLength[0] || counted[0] == bestLength[0] && counted[1] < bestStart[0];
          if (e.nameIs("article") && longer) {
            best[0] = e;
            bestLength[0] = counted[0];
            bestStart[0] = counted[1];
          }
        }
      }
    });
    return best[0];
  }

  private static boolean isNoise(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("id")) {
      return false;
    }
    String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : CLASS_SEPARATOR.split(marks)) {
      if (NOISE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isByline(String text) {
    return BYLINE.matcher(text).matches() && Article.countWords(text) <= BYLINE_MAX_WORDS;
  }

  /** A run of text between block boundaries, the share of it that is link text, and whether it is a heading. */
  private record Block(String text, double linkShare, boolean heading) {}

  /**
   * The text of the root cut at every block element ({@code p}, {@code div}, {@code li}, headings, …) and at a
   * double {@code <br>}, so that paragraphs written as bare {@code <div>}s or {@code <br>} lines come out as
   * paragraphs.
   */
  private static List<Block> blocks(Element root) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int[] linkChars = {0};
    int[] linkDepth = {0};
    int[] headingDepth = {0};
    Runnable flush = () -> {
      if (text.toString().isBlank()) {
        text.setLength(0); // every block element flushes; most of them, in deep nesting, hold no text of their own
        linkChars[0] = 0;
        return;
      }
      String t = TextNormalizer.line(text.toString());
      if (!t.isEmpty()) {
        int visible = text.toString().strip().length();
        blocks.add(new Block(t, visible == 0 ? 0 : Math.min(1.0, linkChars[0] / (double) visible), headingDepth[0] > 0));
      }
      text.setLength(0);
      linkChars[0] = 0;
    };
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          text.append(s);
          if (linkDepth[0] > 0) {
            linkChars[0] += s.strip().length();
          }
        } else if (node instanceof Element e) {
          if (e.nameIs("br")) {
            if (endsWithBreak(text)) {
              flush.run();
            } else {
              text.append('\n');
            }
          } else if (e.nameIs("a")) {
            linkDepth[0]++;
          } else if (e.isBlock()) {
            flush.run();
            if (isHeading(e)) {
              headingDepth[0]++;
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.nameIs("a")) {
            linkDepth[0]--;
          } else if (e.isBlock() && !e.nameIs("br")) {
            flush.run();
            if (isHeading(e)) {
              headingDepth[0]--;
            }
          }
        }
      }
    });
    flush.run();
    return blocks;
  }

  private static boolean isHeading(Element e) {
    return e.normalName().matches("h[1-6]");
  }

  private static boolean endsWithBreak(StringBuilder text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
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
