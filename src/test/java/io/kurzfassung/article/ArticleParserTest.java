package io.kurzfassung.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

  private static final String BODY = "Der Bundestag hat am 4. Februar mit großer Mehrheit ein neues Gesetz beschlossen. "
      + "Es soll ab dem 1. Januar 2027 gelten und betrifft rund 3.000 Unternehmen in ganz Deutschland. "
      + "Die Opposition kritisierte den Entwurf als übereilt und kündigte eine Klage in Karlsruhe an.";

  private final ArticleParser parser = new ArticleParser(200_000);

  @Test
  void should_parse_sample_plain_text_with_title_topic_and_source() throws Exception {
    Article a = parser.parse(Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    assertThat(a.title()).isEqualTo("Wladimir Putin nimmt an der Eröffnung der Olympischen Winterspiele in Peking teil");
    assertThat(a.topic()).isEqualTo("Wladimir Putin");
    assertThat(a.source()).isEqualTo("site-30");
    assertThat(a.text()).doesNotContain("site-30").startsWith("Wladimir Putin hat bestätigt");
    assertThat(a.paragraphs()).hasSize(9);
    assertThat(a.id()).matches("[0-9a-f]{16}");
  }

  @Test
  void should_parse_json_article_and_strip_trailing_source_line_from_text() {
    String json = "{\"title\":\"Neues Gesetz\",\"text\":\"" + BODY + "\\n\\nsource site-7\",\"topic\":\"Politik\","
        + "\"url\":\"https://example.org/a\",\"language\":\"de\"}";

    Article a = parser.parse(json.getBytes(StandardCharsets.UTF_8));

    assertThat(a.title()).isEqualTo("Neues Gesetz");
    assertThat(a.topic()).isEqualTo("Politik");
    assertThat(a.source()).isEqualTo("site-7");
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(a.text()).isEqualTo(BODY);
  }

  @Test
  void should_extract_headline_and_paragraphs_from_html_without_navigation_scripts_or_ads() {
    String html = """
        <!DOCTYPE html><html lang="de"><head><title>Seite</title>
        <meta property="og:site_name" content="Beispielzeitung"><link rel="canonical" href="https://example.org/gesetz">
        <script>var tracking = 1;</script></head><body>
        <nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
        <article><h1>Neues Gesetz beschlossen</h1>
        <p>Der Bundestag hat am 4. Februar mit großer Mehrheit ein neues Gesetz beschlossen.</p>
        <div class="ad-slot"><p>Jetzt Abo abschließen und sparen!</p></div>
        <p>Es soll ab dem 1. Januar 2027 gelten und betrifft rund 3.000 Unternehmen in ganz Deutschland.</p>
        <p>Die Opposition kritisierte den Entwurf als übereilt und kündigte eine Klage in Karlsruhe an.</p>
        </article><footer><p>Impressum und Datenschutz der Beispielzeitung</p></footer></body></html>
        """;

    Article a = parser.parse(html.getBytes(StandardCharsets.UTF_8));

    assertThat(a.title()).isEqualTo("Neues Gesetz beschlossen");
    assertThat(a.source()).isEqualTo("Beispielzeitung");
    assertThat(a.url()).isEqualTo("https://example.org/gesetz");
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).doesNotContain("Startseite", "tracking", "Abo", "Impressum");
  }

  @Test
  void should_extract_news_page_text_without_cookie_banner_byline_caption_or_teaser_links() {
    // Pages mark <body> itself with noise words ("has-cookie-banner", "sticky-share"): that must not empty the page.
    String html = """
        <!DOCTYPE html><html lang="de" class="consent-pending"><head><title>Bahnstreik | Tagesblatt</title></head>
        <body class="page has-cookie-banner sticky-share">
        <div id="cookie-banner"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.</p></div>
        <article class="teaser"><h2><a href="/x">Verdi kündigt Warnstreiks an</a></h2></article>
        <main><article class="article">
        <h1>Bahnstreik: GDL legt Fernverkehr lahm</h1>
        <div class="byline">Von Anna Schmidt, Berlin | 12.03.2024, 08:15 Uhr</div>
        <div class="article-image"><img src="x.jpg"><div class="caption">Leere Bahnsteige. Foto: dpa</div></div>
        <div>Die Gewerkschaft GDL hat am Dienstag erneut zu einem bundesweiten Streik aufgerufen.</div>
        <div>Nach Angaben der Bahn fallen rund 80 Prozent der Fernzüge aus. Der Streik dauert bis Mittwoch.</div>
        <p>GDL-Chef Claus Weselsky sagte, die Bahn habe kein Angebot vorgelegt.<br>Die Gewerkschaft fordert
        eine 35-Stunden-Woche.<br><br>Die Bahn nannte den Streik unverhältnismäßig und will vor Gericht ziehen.</p>
        <ul><li><a href="/a">Alle Infos zum Bahnstreik im Überblick</a></li></ul>
        <p><strong>Lesen Sie auch:</strong> <a href="/c">Warum die GDL so hart verhandelt</a></p>
        <h2>Mehr zum Thema</h2><ul><li><a href="/d">Streik bei der Lufthansa: Was Passagiere wissen müssen</a></li></ul>
        </article></main></body></html>
        """;

    Article a = parser.parse(html.getBytes(StandardCharsets.UTF_8));

    assertThat(a.title()).isEqualTo("Bahnstreik: GDL legt Fernverkehr lahm");
    assertThat(a.paragraphs()).containsExactly(
        "Die Gewerkschaft GDL hat am Dienstag erneut zu einem bundesweiten Streik aufgerufen.",
        "Nach Angaben der Bahn fallen rund 80 Prozent der Fernzüge aus. Der Streik dauert bis Mittwoch.",
        "GDL-Chef Claus Weselsky sagte, die Bahn habe kein Angebot vorgelegt. Die Gewerkschaft fordert eine "
            + "35-Stunden-Woche.",
        "Die Bahn nannte den Streik unverhältnismäßig und will vor Gericht ziehen.");
  }

  @Test
  void should_drop_unmarked_bylines_and_photo_credits_but_keep_sentences_starting_with_von() {
    String html = """
        <html><body><article><h1>Hochwasser in Passau</h1>
        <p>Von Max Mustermann</p>
        <p>Von den 300 Einsatzkräften waren am Sonntag rund 120 gleichzeitig an den Deichen im Einsatz.</p>
        <p>Foto: Armin Weigel/dpa</p>
        <p>Der Pegel der Donau stieg bis zum Abend auf 9,20 Meter, wie die Stadt Passau mitteilte. Die Feuerwehr
        rechnet damit, dass der Scheitel in der Nacht erreicht wird und das Wasser danach langsam sinkt.</p>
        </article></body></html>
        """;

    Article a = parser.parse(html.getBytes(StandardCharsets.UTF_8));

    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.text()).startsWith("Von den 300 Einsatzkräften").doesNotContain("Mustermann", "Weigel");
  }

  @Test
  void should_normalise_to_nfc_and_remove_bom_and_odd_whitespace() {
    String decomposed = "\uFEFFTitel | Thema\r\n\r\nDie Bu\u0308rger\u00A0haben\tgewählt. " + BODY;

    Article a = parser.parse(decomposed.getBytes(StandardCharsets.UTF_8));

    assertThat(a.title()).isEqualTo("Titel");
    assertThat(a.text()).startsWith("Die Bürger haben gewählt.").doesNotContain("\r", "\t", "\u00A0", "\u0308");
  }

  @Test
  void should_read_windows_1252_legacy_files_without_mojibake() {
    // „ “ – € lie in 0x80–0x9F, where windows-1252 differs from ISO-8859-1.
    String text = "Über Gesetze | Politik\n\nDie Bürger äußern sich – „über Straßen“ für 5 €. " + BODY;

    Article a = parser.parse(text.getBytes(Charset.forName("windows-1252")));

    assertThat(a.title()).isEqualTo("Über Gesetze");
    assertThat(a.text()).startsWith("Die Bürger äußern sich – „über Straßen“ für 5 €.");
  }

  @Test
  void should_give_the_same_id_for_the_same_normalised_content() {
    Article a = parser.parse(("Titel\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
    Article b = parser.parse(("Titel  \r\n\r\n  " + BODY.replace(" ", "  ") + "\n").getBytes(StandardCharsets.UTF_8));
    Article c = parser.parse(("Anderer Titel\n\n" + BODY).getBytes(StandardCharsets.UTF_8));

    assertThat(a.id()).isEqualTo(b.id()).isNotEqualTo(c.id());
  }

  @Test
  void should_reject_empty_and_whitespace_only_input() {
    assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(ArticleException.class).hasMessage("article is empty");
    assertThatThrownBy(() -> parser.parse(" \n\t ".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArticleException.class).hasMessage("article is empty");
  }

  @Test
  void should_reject_binary_input() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    assertThatThrownBy(() -> parser.parse(png)).isInstanceOf(ArticleException.class).hasMessage("input is binary data, not text");
  }

  @Test
  void should_reject_article_under_thirty_words_as_too_short() {
    assertThatThrownBy(() -> parser.parse("Titel\n\nNur ein kurzer Satz.".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArticleException.class).hasMessageContaining("too short to summarise");
  }

  @Test
  void should_name_the_limit_when_article_exceeds_max_chars() {
    ArticleParser small = new ArticleParser(1_000);
    String longText = "Titel\n\n" + (BODY + " ").repeat(10);

    assertThatThrownBy(() -> small.parse(longText.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArticleTooLongException.class).hasMessageContaining("limit of 1000").hasMessageContaining("MAX_ARTICLE_CHARS");
  }

  @Test
  void should_reject_broken_json_with_position() {
    assertThatThrownBy(() -> parser.parse("{\"title\": \"x\", \"text\": ".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArticleException.class).hasMessageStartingWith("malformed JSON");
  }

  @Test
  void should_refuse_json_nested_too_deeply_even_in_an_ignored_field() {
    String json = "{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + ",\"title\":\"T\",\"text\":\"" + BODY + "\"}";
    assertThatThrownBy(() -> parser.parse(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArticleException.class)
        .hasMessage("JSON article is nested more than 1000 levels deep");
  }

  @Test
  void should_take_the_outermost_of_nested_articles_and_the_first_of_equally_long_ones() {
    String sentence = "Die Regierung in Berlin hat am Montag ein neues Gesetz beschlossen, das viele Menschen betrifft. ";
    String html = "<html><body><article><article><p>" + sentence.repeat(5) + "</p></article></article>"
        + "<article><p>" + sentence.repeat(5).replace("Berlin", "Bonn!!") + "</p></article>"
        + "<article><p>Kurzer Teaser.</p></article></body></html>";
    Article article = parser.parse(html, ArticleParser.Format.HTML);
    assertThat(article.text()).contains("Berlin").doesNotContain("Bonn").doesNotContain("Teaser");
  }

  @Test
  void should_say_what_a_field_that_must_be_a_string_was_instead() {
    String[][] cases = {{"12345", "a number"}, {"4.5", "a number"}, {"true", "a boolean"},
        {"{\"de\": \"Text\"}", "an object"}, {"[\"Text\"]", "an array"}};
    for (String[] c : cases) {
      assertThatThrownBy(() -> parser.parse("{\"title\": \"Titel\", \"text\": " + c[0] + "}", ArticleParser.Format.JSON))
          .isInstanceOf(ArticleException.class)
          .hasMessage("field \"text\" must be a string, was " + c[1]);
    }
  }

  @Test
  void should_reject_json_without_text() {
    assertThatThrownBy(() -> parser.parse("{\"title\": \"Nur ein Titel\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArticleException.class).hasMessageContaining("\"text\" is missing");
  }

  @Test
  void should_map_content_types_and_reject_unsupported_ones() {
    assertThat(ArticleParser.Format.forContentType("application/json; charset=utf-8")).isEqualTo(ArticleParser.Format.JSON);
    assertThat(ArticleParser.Format.forContentType("text/plain")).isEqualTo(ArticleParser.Format.TEXT);
    assertThat(ArticleParser.Format.forContentType("text/html")).isEqualTo(ArticleParser.Format.HTML);
    assertThat(ArticleParser.Format.forContentType(null)).isNull();
    assertThatThrownBy(() -> ArticleParser.Format.forContentType("image/png")).isInstanceOf(UnsupportedFormatException.class);
  }
}
