package io.kurzfassung.summary.extractive;

import io.kurzfassung.article.Article;
import io.kurzfassung.text.GermanClauses;
import io.kurzfassung.text.ReferenceOpeners;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the summary sentences: the article's opening (the lead, or its main clause when it does not fit; at a
 * tight budget the opening sentences, the last cut to its main clause), then whole sentences by maximal marginal
 * relevance (score minus redundancy with what is already chosen) under the word budget. No clause cut from a later
 * sentence fills what is left: out of its context it reads as a loose remark ("Das ist frustrierend für die
 * Beitrittsaspiranten."), and on the public eval sets such fillers lowered ROUGE at every budget. The result reads in
 * article order. Each candidate's redundancy is kept up to date as sentences are chosen, so choosing k sentences
 * from n candidates costs O(k·n), and the candidates are distinct ({@link SentenceRanker}): no sentence repeats.
 * What a candidate needs from its text (how it is shown, whether it reads without the sentence before it) is worked
 * out once per candidate, in time linear in its length, before the choice begins.
 */
final class SummaryComposer {

  /** Weight of relevance against redundancy in maximal marginal relevance. */
  private static final double LAMBDA = 0.7;
  /**
   * Up to this budget the summary is the article's opening, sentence by sentence (the last one cut to its main
   * clause), before the best of the rest fill what is left: a tight budget keeps the main news, and news puts it
   * first. From about 60 words on, choosing by relevance gives the better summary (measured on the public eval sets).
   */
  static final int TIGHT_BUDGET = 60;
  /** A first sentence less central than this share of the average sentence only sets a scene ({@link #setsScene}). */
  static final double SCENE_CENTRALITY = 0.5;
  /** The smallest main clause worth adding when the opening's next sentence does not fit a tight budget. */
  private static final int MIN_CLAUSE_WORDS = 6;

  /** A chosen piece of text and the sentence it comes from. */
  record Part(int index, String text) {}

  private SummaryComposer() {}

  static List<Part> compose(SentenceRanker.Ranking ranking, int maxWords) {
    List<Sentence> sentences = ranking.sentences();
    List<Part> parts = new ArrayList<>();
    boolean[] used = new boolean[sentences.size()];
    Set<Integer> positions = new HashSet<>();
    // redundancy[i]: the highest similarity of sentence i to a chosen one.
    double[] redundancy = new double[sentences.size()];
    int words = 0;
    // No summary sentence opens with a reference the reader cannot resolve: such a sentence is shown without its
    // frame or its connective when it reads on its own then ({@link #text}), else it stands only right after the
    // article sentence before it, which comes along when both fit.
    String[] shown = new String[sentences.size()];
    int[] shownWords = new int[sentences.size()];
    // A piece without a finite verb ("Auf den ersten Blick.", "Allein durch das Errichten eines Pools.", a caption
    // such as "Die Nationalspielerin Leonie Dreizler am Kreis.") says nothing on its own: it is chosen only as part
    // of the article's opening, never to fill the budget.
    boolean[] fragment = new boolean[sentences.size()];
    // Whether each sentence, as shown, reads without the one before it: worked out once, since it reads the whole
    // sentence and the choice below asks for every candidate at every step.
    boolean[] alone = new boolean[sentences.size()];
    // "Das teilte ein Regierungssprecher in London am Montag mit." only says who reported the sentence before it
    // (ReferenceOpeners#isAttribution): it never fills the budget, and a tight opening goes on without it.
    boolean[] attribution = new boolean[sentences.size()];
    // antecedent[i]: the position of the article sentence a reference at the opening of sentence i points to: the
    // one right before it; after attributions the summary may leave out, the statement they attribute ("… geschickt
    // werden. [Das teilte ein Sprecher mit.] Die Entscheidung gehört …"), when the sentence reads on from that
    // statement rather than from the source ("Er sagte …", "Darin heißt es …": ReferenceOpeners#readsOnPastAttribution).
    int[] antecedent = new int[sentences.size()];
    // statementBefore: position of an attribution -> position of the statement it attributes
    Map<Integer, Integer> statementBefore = new HashMap<>();
    Sentence previous = null;
    for (Sentence s : sentences) {
      int i = s.index();
      int p = s.position();
      shown[i] = text(s);
      alone[i] = readsAlone(shown[i]);
      shownWords[i] = Article.countWords(shown[i]);
      boolean follows = previous != null && previous.position() == p - 1;
      attribution[i] = follows && ReferenceOpeners.isAttribution(s.text(), previous.text());
      fragment[i] = attribution[i] || !GermanClauses.hasFiniteVerb(shown[i]);
      Integer statement = statementBefore.get(p - 1);
      antecedent[i] = statement != null && ReferenceOpeners.readsOnPastAttribution(shown[i]) ? statement : p - 1;
      if (attribution[i]) {
        statementBefore.put(p, statementBefore.getOrDefault(p - 1, p - 1));
      }
      previous = s;
    }
    // The inverted pyramid: the lead sentence opens the summary whenever it fits; when it does not, its main clause
    // does, so that a tight budget keeps the main news. Not a lead that only sets a scene ("Soll das eine Provokation
    // sein?"): then the sentences compete by their scores, where position still favours the lead.
    boolean scene = setsScene(ranking);
    if (scene) {
      fragment[0] = true; // nor does it fill the budget
    } else if (!sentences.isEmpty() && alone[0]) {
      String clause = shownWords[0] <= maxWords ? shown[0] : leadClause(shown[0], maxWords);
      if (clause != null) {
        choose(ranking, 0, used, redundancy, positions);
        words += Article.countWords(clause);
        parts.add(new Part(0, clause));
      }
    } else if (sentences.size() > 1 && quotationWithItsSpeakerNext(sentences, shown)
        && shownWords[0] + shownWords[1] <= maxWords) {
      // An article that opens with a quotation names its speaker next: "«Es sind zwei Punkte.» Das Fazit des
      // Trainers Thomas Lukauer klingt …". Both open the summary.
      for (int i = 0; i < 2; i++) {
        choose(ranking, i, used, redundancy, positions);
        words += shownWords[i];
        parts.add(new Part(i, shown[i]));
      }
    }
    Map<Integer, Integer> byPosition = new HashMap<>();
    for (Sentence s : sentences) {
      byPosition.put(s.position(), s.index());
    }
    if (maxWords <= TIGHT_BUDGET && !scene) {
      // A tight budget: the article's opening, sentence by sentence, as far as it goes.
      for (Sentence s : sentences) {
        int i = s.index();
        if (used[i]) {
          continue;
        }
        if (s.position() != i) {
          break;
        }
        if (attribution[i]) {
          continue;
        }
        if (!resolved(alone[i], antecedent[i], positions)) {
          break;
        }
        if (words + shownWords[i] > maxWords) {
          String clause = maxWords - words >= MIN_CLAUSE_WORDS
              ? GermanClauses.mainClause(shown[i], maxWords - words, true) : null;
          if (clause != null) {
            choose(ranking, i, used, redundancy, positions);
            words += Article.countWords(clause);
            parts.add(new Part(i, clause));
          }
          break;
        }
        choose(ranking, i, used, redundancy, positions);
        words += shownWords[i];
        parts.add(new Part(i, shown[i]));
      }
    }
    while (true) {
      int best = -1;
      int bestWith = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Sentence s : sentences) {
        int i = s.index();
        if (used[i] || words + shownWords[i] > maxWords || fragment[i]) {
          continue;
        }
        double value = LAMBDA * ranking.score()[i] - (1 - LAMBDA) * redundancy[i];
        int with = -1;
        if (!resolved(alone[i], antecedent[i], positions)) {
          // "Das will Aldi nun ändern": resolved by the sentence before it, which comes along when both fit.
          Integer p = byPosition.get(antecedent[i]);
          if (p == null || used[p] || fragment[p] || words + shownWords[i] + shownWords[p] > maxWords
              || !resolved(alone[p], antecedent[p], positions)) {
            continue;
          }
          with = p;
          value = (value + LAMBDA * ranking.score()[p] - (1 - LAMBDA) * redundancy[p]) / 2;
        }
        if (value > bestValue) {
          bestValue = value;
          best = i;
          bestWith = with;
        }
      }
      if (best < 0) {
        break;
      }
      if (bestWith >= 0) {
        choose(ranking, bestWith, used, redundancy, positions);
        words += shownWords[bestWith];
        parts.add(new Part(bestWith, shown[bestWith]));
      }
      choose(ranking, best, used, redundancy, positions);
      words += shownWords[best];
      parts.add(new Part(best, shown[best]));
    }
    if (parts.isEmpty() && !sentences.isEmpty()) {
      parts.add(new Part(0, firstWords(shown[0], maxWords)));
    }
    parts.sort(Comparator.comparingInt(Part::index));
    // "Denn Berlin ist mitverantwortlich …" ties to a sentence the summary left out: shown without its conjunction.
    Set<Integer> shownPositions = new HashSet<>();
    for (Part part : parts) {
      shownPositions.add(sentences.get(part.index()).position());
    }
    for (int k = 0; k < parts.size(); k++) {
      Part part = parts.get(k);
      if (!shownPositions.contains(antecedent[part.index()])) {
        parts.set(k, new Part(part.index(), KeyFactSelector.withoutLeadingConjunction(part.text())));
      }
    }
    return List.copyOf(parts);
  }

  /**
   * Whether the article's first sentence only sets a scene: it is less than {@value #SCENE_CENTRALITY} times as
   * central as the average sentence, by degree centrality (the sum of its similarities to all other sentences). A
   * rhetorical question ("Soll das eine Provokation sein?"), a quotation without its speaker, an atmospheric opening
   * ("Die Bundesliga ist manchmal eine ruppige Veranstaltung.") shares hardly a word with the report that follows; a
   * lead that states the news shares many. On the public MLSUM set, the 7 of 100 leads below half the average are
   * all questions, quotations, scenes or a caption; between half and the average, leads that state the news occur
   * as well (the Condor loan at 0.83), so the line is drawn at half.
   */
  static boolean setsScene(SentenceRanker.Ranking ranking) {
    double[] degree = ranking.degree();
    if (degree.length < 3 || ranking.sentences().get(0).position() != 0) {
      return false;
    }
    return degree[0] < SCENE_CENTRALITY * Arrays.stream(degree).average().orElse(0);
  }

  /** Whether the article opens with a quotation without its speaker, and the sentence after it reads alone. */
  private static boolean quotationWithItsSpeakerNext(List<Sentence> sentences, String[] shown) {
    return sentences.get(0).position() == 0 && sentences.get(1).position() == 1
        && ReferenceOpeners.opener(shown[0]).filter(ReferenceOpeners.QUOTATION_WITHOUT_SPEAKER::equals).isPresent()
        && readsAlone(shown[1]);
  }

  /**
   * The lead's main point within the budget: its main clause ({@link GermanClauses#mainClause}), else the sentence
   * after its opening frame ("Für die einen …: Der Senat will …"), or its main clause; null when none fits.
   */
  private static String leadClause(String lead, int maxWords) {
    String clause = GermanClauses.mainClause(lead, maxWords, true);
    if (clause != null) {
      return clause;
    }
    String rest = GermanClauses.afterFrame(lead).orElse(null);
    if (rest == null || ReferenceOpeners.opensUnresolved(rest)) {
      return null;
    }
    return Article.countWords(rest) <= maxWords ? rest : GermanClauses.mainClause(rest, maxWords, true);
  }

  /**
   * The sentence as the summary shows it: the article's first sentence without its dateline ("Bregenz – "); a
   * sentence that opens with a reference as what follows its colon, when that is a sentence of its own ("Das will
   * Aldi nun ändern: Ab Donnerstag verkauft …" → "Ab Donnerstag verkauft …"), or without the connective it opens
   * with ("Damit ist Aldi der erste Händler …" → "Aldi ist der erste Händler …"), when that reads on its own.
   */
  static String text(Sentence s) {
    return ReferenceOpeners.standingAlone(s.position() == 0 ? GermanClauses.withoutDateline(s.text()) : s.text());
  }

  /**
   * Whether the reader can resolve how the sentence opens: it reads alone ({@link #readsAlone}), or the article
   * sentence its opening points to (its antecedent: the one right before it, or the one before an attribution) is in
   * the summary, where it will stand right before it.
   */
  private static boolean resolved(boolean readsAlone, int antecedent, Set<Integer> positions) {
    return readsAlone || positions.contains(antecedent);
  }

  /**
   * Whether the text reads without the sentence before it: it opens with no reference and is no subordinate clause
   * continuing that sentence ("Weshalb der Trainer einen harten Kampf erwartete, …").
   */
  private static boolean readsAlone(String text) {
    return !ReferenceOpeners.opensUnresolved(text) && !GermanClauses.isSubordinateOnly(text);
  }

  /** Marks sentence i chosen and updates every sentence's redundancy with it. */
  private static void choose(SentenceRanker.Ranking ranking, int i, boolean[] used, double[] redundancy,
      Set<Integer> positions) {
    used[i] = true;
    positions.add(ranking.sentences().get(i).position());
    double[] similarity = ranking.similarity()[i];
    for (int j = 0; j < redundancy.length; j++) {
      redundancy[j] = Math.max(redundancy[j], similarity[j]);
    }
  }

  static String firstWords(String text, int maxWords) {
    String[] tokens = text.strip().split("\\s+");
    if (tokens.length <= maxWords) {
      return text.strip();
    }
    return String.join(" ", Arrays.copyOf(tokens, maxWords)) + " …";
  }
}
