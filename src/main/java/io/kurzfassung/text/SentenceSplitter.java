package io.kurzfassung.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits German text into sentences, paragraph by paragraph (paragraphs are separated by blank lines). A full stop
 * does not end a sentence after an abbreviation ("z. B.", "Dr.", "u. a.", "St.", "Nr."), after an ordinal or a
 * date ("am 4. Februar", "die 19. Etappe"), or inside a quotation („…“, “…”, »…«, «…»); decimal numbers never
 * split. Each sentence is a verbatim substring of the text, stripped.
 */
public final class SentenceSplitter {

  /** Abbreviations (lower case, without the full stop) after which a full stop does not end a sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "abb", "abg", "abs", "abt", "allg", "apr", "art", "aug", "bd", "bspw", "bzgl", "bzw", "ca", "chr", "co", "dez",
      "di", "dipl", "do", "dr", "evtl", "ev", "feb", "fr", "frl", "ggf", "gebr", "geb", "gest", "hl", "hr", "hrsg",
      "inkl", "ing", "jan", "jh", "jhd", "jr", "jul", "jun", "kap", "kl", "lt", "mag", "max", "mi", "min", "mind",
      "mio", "mo", "mrd", "mr", "mrs", "ms", "nov", "nr", "okt", "pkt", "prof", "rd", "sa", "sen", "sep", "sept",
      "so", "sog", "st", "std", "str", "tel", "tsd", "usw", "vgl", "vs", "zb", "zzgl", "ziff", "zit", "etc",
      "ehem", "eigtl", "einschl", "engl", "franz", "gegr", "jährl", "lat", "mtl", "röm", "urspr", "verh", "verw",
      "vorm", "zt", "dt", "resp", "ua", "uvm", "ggü", "mdb", "mdl", "ebd", "insb", "m", "ff");

  /** Words that begin a sentence and never follow an ordinal: {@code "seit 1990. Der"} ends a sentence. */
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "er", "sie", "es", "wir", "ich", "ihr",
      "man", "auch", "aber", "doch", "dann", "so", "in", "im", "am", "an", "auf", "bei", "mit", "nach", "seit",
      "zum", "zur", "für", "von", "vom", "dabei", "damit", "daher", "dazu", "diese", "dieser", "dieses", "dies",
      "jetzt", "nun", "noch", "nur", "schon", "trotzdem", "zudem", "außerdem", "ausserdem", "und", "oder", "wie",
      "was", "wer", "wo", "wenn", "als", "da", "sein", "seine", "ihre", "unter", "über", "bis", "um", "denn");

  /** Words that open a sentence and never continue a name after an initial ("Timo V. Sie wurden …"). */
  private static final Set<String> AFTER_INITIAL = Set.of(
      "der", "die", "das", "den", "dem", "ein", "eine", "einer", "er", "sie", "es", "wir", "ich", "man", "dies",
      "diese", "dieser", "dieses", "dabei", "damit", "dann", "doch", "aber", "auch", "beide", "nun", "jetzt");

  private static final Set<String> MONTHS = GermanLexicon.GERMAN_MONTHS;
  /** A dotted abbreviation ("z.B.", "u.a.") is short: looking further back for one would cost quadratic time. */
  private static final int MAX_ABBREVIATION_CHARS = 12;

  private SentenceSplitter() {}

  /** The sentences of the text, in order; paragraphs never share a sentence. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      String p = paragraph.strip();
      if (p.isEmpty()) {
        continue;
      }
      List<Integer> ends = boundaries(p, true);
      if (ends == null) {
        // A quotation that never closes: split as if there were no quotation marks.
        ends = boundaries(p, false);
      }
      int start = 0;
      for (int end : ends) {
        add(out, p.substring(start, end));
        start = end;
      }
      add(out, p.substring(start));
    }
    return out;
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return;
    }
    int heading = headingEnd(s);
    if (heading == 0) {
      heading = headingBeforeQuotation(s);
    }
    if (heading > 0) {
      out.add(s.substring(0, heading).strip());
      s = s.substring(heading).strip();
    }
    out.add(s);
  }

  /** "zu erspielen": an infinitive, no finite verb. */
  private static final Pattern ZU_INFINITIVE = Pattern.compile("\\bzu \\p{Ll}+");

  /**
   * Where a heading glued to a quotation below it ends ("Außerstande, sich eine Chance zu erspielen «Dramatisch wie
   * ein Tango», titelte …"), or 0: within the first {@value #MAX_HEADING_WORDS} words, a quotation that opens with a
   * capital right after a lower-case word, closes with a comma and a verb (a report of speech, which opens its
   * sentence: "«…», titelte die Zeitung"), and has no finite verb before it, as a sentence that quotes a word would
   * ("Er nannte das «Wahnsinn», sagte sie").
   */
  private static int headingBeforeQuotation(String sentence) {
    int words = 0;
    for (int i = 2; i < sentence.length() && words <= MAX_HEADING_WORDS; i++) { // a word and a space before it
      char c = sentence.charAt(i);
      if (Character.isWhitespace(c)) {
        words++;
        continue;
      }
      if (!isQuote(c) || !Character.isWhitespace(sentence.charAt(i - 1))
          || !Character.isLowerCase(sentence.charAt(i - 2))
          || i + 1 >= sentence.length() || !Character.isUpperCase(sentence.charAt(i + 1))) {
        continue;
      }
      int close = -1;
      for (int j = i + 1; j < sentence.length() && j < i + 300; j++) {
        if (isQuote(sentence.charAt(j))) {
          close = j;
          break;
        }
      }
      // the report's verb after the comma ("…», titelte"), not a relative clause or "wie" ("«Geist von Weimar», der …")
      if (close < 0 || !sentence.startsWith(", ", close + 1) || close + 3 >= sentence.length()
          || !GermanClauses.startsWithFiniteVerb(sentence.substring(close + 3, Math.min(sentence.length(), close + 40)))) {
        return 0;
      }
      return GermanClauses.hasFiniteVerb(ZU_INFINITIVE.matcher(sentence.substring(0, i)).replaceAll("")) ? 0 : i;
    }
    return 0;
  }

  /** The most words a heading glued to the sentence below it has. */
  private static final int MAX_HEADING_WORDS = 10;

  /** Articles and pronouns that open the sentence below a heading ("… öffnen Die Hände …"). */
  private static final Set<String> OPENING_ARTICLES = Set.of(
      "Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Einen", "Einem", "Er", "Es", "Wir", "Ich");
  /** Adverbs that open a sentence and are never capitalised inside one, as names can be ("Kurz", "Noch" are). */
  private static final Set<String> OPENING_ADVERBS = Set.of(
      "Eigentlich", "Konkret", "Zuvor", "Zudem", "Außerdem", "Ausserdem", "Allerdings", "Inzwischen",
      "Mittlerweile", "Trotzdem", "Deshalb", "Dennoch", "Damals", "Bisher", "Zunächst", "Jedenfalls", "Immerhin");
  /**
   * Question words that open the question below a heading ("… ins Messegeschäft ein Warum aber ausgerechnet
   * Griechenland?"): only when the sentence is a question and no article stands before them, as in a noun ("über das
   * Warum") or a title ("Sein Buch Warum Nationen scheitern …").
   */
  private static final Set<String> OPENING_QUESTION_WORDS = Set.of("Warum", "Wieso", "Weshalb", "Weswegen");
  private static final Set<String> DEFINITE_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");

  /**
   * Where a heading glued to the sentence below it ends ("Schwangerschaft sickerte ungewollt durch Eigentlich wollten
   * …", "«Die Verhandlung beginnt draussen» Die Verhandlungen …"), or 0 when the sentence has none: within its first
   * {@value #MAX_HEADING_WORDS} words, a word that only opens sentences follows a word without punctuation; an
   * article or pronoun only after a lower-case word or a closing quotation mark, since a name may come before one
   * ("der Zeitung Die Welt"). The heading has no punctuation of its own but its quotation marks.
   */
  private static int headingEnd(String sentence) {
    int at = 0;
    String previous = null;
    for (int k = 0; k <= MAX_HEADING_WORDS; k++) {
      while (at < sentence.length() && Character.isWhitespace(sentence.charAt(at))) {
        at++;
      }
      int end = at;
      while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
        end++;
      }
      if (at >= end || end >= sentence.length()) {
        return 0;
      }
      String token = sentence.substring(at, end);
      if (previous != null) {
        char last = previous.charAt(previous.length() - 1);
        boolean closingQuote = (last == '»' || last == '«' || last == '“' || last == '"') && previous.length() > 1;
        boolean afterWord = Character.isLetterOrDigit(last);
        boolean afterLowerCase = afterWord && Character.isLowerCase(previous.charAt(0));
        // An article after a word is a heading's end only when the word is no function word ("bei Die Höhle der
        // Löwen") and a statement with its verb follows ("Das berichtet Der Spiegel unter Berufung auf …" is a name).
        boolean afterContentWord = afterLowerCase && !GermanTerms.isStopword(previous.toLowerCase(Locale.ROOT));
        if (OPENING_ADVERBS.contains(token) && (afterWord || closingQuote)
            || OPENING_QUESTION_WORDS.contains(token) && afterLowerCase && sentence.stripTrailing().endsWith("?")
                && !DEFINITE_ARTICLES.contains(previous)
            // "Man" inside a sentence is "man", but for a name ("Man City", "Isle of Man"), where no verb follows
            || token.equals("Man") && (afterWord || closingQuote) && startsLowerCase(sentence, end)
            || OPENING_ARTICLES.contains(token) && (afterContentWord || closingQuote)
                && GermanClauses.hasFiniteVerb(sentence.substring(at))) {
          return at;
        }
        if (!afterWord && !closingQuote && !isQuote(previous.charAt(0))) {
          return 0; // punctuation inside: a sentence, not a heading
        }
      }
      previous = token;
      at = end;
    }
    return 0;
  }

  /** Whether the word after {@code from} starts with a lower-case letter. */
  private static boolean startsLowerCase(String sentence, int from) {
    int at = from;
    while (at < sentence.length() && Character.isWhitespace(sentence.charAt(at))) {
      at++;
    }
    return at < sentence.length() && Character.isLowerCase(sentence.charAt(at));
  }

  /** End offsets (exclusive) of every sentence but the last; null when quotes are tracked and do not balance. */
  private static List<Integer> boundaries(String p, boolean trackQuotes) {
    List<Integer> ends = new ArrayList<>();
    int depth = 0;
    int n = p.length();
    for (int i = 0; i < n; i++) {
      char c = p.charAt(i);
      if (trackQuotes && isQuote(c)) {
        if (opens(p, i)) {
          depth++;
        } else if (depth > 0) {
          depth--;
        }
        continue;
      }
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i + 1;
      while (end < n && p.charAt(end) == c) {
        end++; // "!!", "..."
      }
      // Closing quotes and brackets belong to the sentence they end.
      int closed = 0;
      while (end < n && (isQuote(p.charAt(end)) || p.charAt(end) == ')' || p.charAt(end) == ']')
          && !opens(p, end)) {
        if (isQuote(p.charAt(end))) {
          closed++;
        }
        end++;
      }
      int next = end;
      while (next < n && Character.isWhitespace(p.charAt(next))) {
        next++;
      }
      if (next >= n) {
        break;
      }
      boolean spaced = next > end;
      int quoteDepth = Math.max(0, depth - closed);
      if (trackQuotes && quoteDepth > 0) {
        i = end - 1;
        depth = quoteDepth;
        continue;
      }
      depth = quoteDepth;
      if (endsSentence(p, i, c, end, next, spaced)) {
        ends.add(end);
      }
      i = end - 1;
    }
    return trackQuotes && depth > 0 ? null : ends;
  }

  private static boolean endsSentence(String p, int mark, char c, int end, int next, boolean spaced) {
    char following = p.charAt(next);
    boolean upper = Character.isUpperCase(following) || Character.isDigit(following) || isQuote(following)
        || following == '(' || following == '-' || following == '–';
    if (!upper) {
      return false; // "u. a. wurde", "„Warum?“, fragte sie"
    }
    if (c != '.') {
      return spaced;
    }
    String word = wordBefore(p, mark);
    String nextWord = wordAt(p, next).toLowerCase(Locale.ROOT);
    if (!spaced) {
      // "Schweiz.Die": a missing space after a long lower-case word, as scraped text often has.
      return word.length() >= 4 && Character.isLowerCase(word.charAt(word.length() - 1))
          && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) && following != '-'
          && next + 1 < p.length() && Character.isLowerCase(p.charAt(next + 1));
    }
    if (isNumber(word) && end > mark + 1 && p.charAt(mark + 1) == ')' && isOrdinalInBrackets(p, mark, word)) {
      return false; // "Tore von Dost (48.) und Silva (62.) 2:1": a minute, not the end of a sentence
    }
    if (end - mark > 1 || word.isEmpty()) {
      return true; // "..." or a full stop after a quotation mark or bracket
    }
    if (isNumber(word)) {
      if (MONTHS.contains(nextWord)) {
        return false; // "am 4. Februar"
      }
      // "die 19. Etappe", but "seit 1990. Der" or "im Jahr 2019. Die"
      return word.length() > 3 || SENTENCE_STARTERS.contains(nextWord);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lower)) {
      return false;
    }
    boolean unit = mark - word.length() > 0 && p.charAt(mark - word.length() - 1) == '/';
    if (word.length() == 1 && Character.isLetter(word.charAt(0)) && !unit) {
      // An initial, "z." or "B.", but not the unit in "100 km/h."; a name shortened to its initial ends the sentence
      // when a pronoun or an article follows ("… und Timo V. Sie wurden …"): no name goes on that way.
      return Character.isUpperCase(word.charAt(0)) && AFTER_INITIAL.contains(nextWord)
          && !Character.isLowerCase(p.charAt(next));
    }
    return !isAbbreviatedForm(p, mark);
  }

  /** A dotted abbreviation written without spaces, such as "z.B." or "u.a.". */
  private static boolean isAbbreviatedForm(String p, int mark) {
    int i = mark - 1;
    int letters = 0;
    while (i >= 0 && !Character.isWhitespace(p.charAt(i))) {
      if (letters > MAX_ABBREVIATION_CHARS) {
        return false;
      }
      i--;
      letters++;
    }
    String token = p.substring(i + 1, mark);
    return letters >= 3 && token.matches("(\\p{L}{1,2}\\.)+\\p{L}{1,2}");
  }

  private static String wordBefore(String p, int mark) {
    int i = mark;
    while (i > 0 && Character.isLetterOrDigit(p.charAt(i - 1))) {
      i--;
    }
    return p.substring(i, mark);
  }

  private static String wordAt(String p, int start) {
    int i = start;
    while (i < p.length() && !Character.isLetterOrDigit(p.charAt(i)) && i - start < 2) {
      i++;
    }
    int j = i;
    while (j < p.length() && Character.isLetter(p.charAt(j))) {
      j++;
    }
    return p.substring(i, j);
  }

  /** Whether the full stop closes a bracket that holds only a number: "(62.)", "(90.+2.)" is not. */
  private static boolean isOrdinalInBrackets(String p, int mark, String number) {
    int open = mark - number.length() - 1;
    return open >= 0 && p.charAt(open) == '(';
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  private static boolean isQuote(char c) {
    return GermanLexicon.isQuote(c);
  }

  /** Whether the quotation mark at i opens a quotation: „ always; the others when no word comes right before. */
  private static boolean opens(String p, int i) {
    char c = p.charAt(i);
    if (c == '„' || c == '‚') {
      return true;
    }
    if (!isQuote(c)) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = p.charAt(i - 1);
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '–' || before == '-'
        || before == '/';
  }
}
