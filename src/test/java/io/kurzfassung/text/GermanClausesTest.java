package io.kurzfassung.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanClausesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bregenz – Die Polizei hat am Montag zwei Männer festgenommen.        | Die Polizei hat am Montag zwei Männer festgenommen.",
      "Wien/Linz – Der Zug blieb drei Stunden lang stehen.                   | Der Zug blieb drei Stunden lang stehen.",
      "Frankfurt/Main (dpa) - Die Börse schloss am Freitag im Plus.          | Die Börse schloss am Freitag im Plus.",
      "Sankt Pölten – „Wir sind zufrieden“, sagte die Bürgermeisterin.       | „Wir sind zufrieden“, sagte die Bürgermeisterin."})
  void should_drop_the_dateline(String sentence, String expected) {
    assertThat(GermanClauses.withoutDateline(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Der Nordstern – das bekannteste Magazin der Stadt – erscheint wieder.",
      "Die Stadt – Die Verwaltung tagt am Montag.",
      "Im Sommer – Die Hitze bleibt.",
      "Die Polizei hat am Montag zwei Männer festgenommen."})
  void should_keep_a_sentence_that_has_no_dateline(String sentence) {
    assertThat(GermanClauses.withoutDateline(sentence)).isEqualTo(sentence);
  }

  @Test
  void should_notice_a_heading_glued_to_the_sentence_below_it() {
    assertThat(GermanClauses.hasGluedHeading(
        "Preis für das Magazin Nordlicht Die Sonderausgabe erscheint im Mai mit 40 Seiten.")).isTrue();
    assertThat(GermanClauses.hasGluedHeading("Im Rathaus wird gestritten Das Budget ist erschöpft.")).isTrue();
    assertThat(GermanClauses.hasGluedHeading("Die Regierung hat am Montag ein neues Gesetz beschlossen.")).isFalse();
    assertThat(GermanClauses.hasGluedHeading("„Das ist gut“, sagte er. Die Bahn fährt wieder.")).isFalse();
    assertThat(GermanClauses.hasGluedHeading("Am Ende sagte sie: Das reicht.")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Die Vorsitzende der Partei Freie Wähler Nord (FWN)",
      "Zwar dem von ihr sehr geschätzten Chorleiter Paul Weber zuliebe",
      "Der Mietvertrag mit dem Verein Nord",
      "Die erbitterte Debatte der letzten Wochen",
      "Die in Lindau errichtete Brücke über die Argen",
      "Hamburgs schönste Straße am Hafen",
      "Die Nationalspielerin Lea Berger am Kreis",
      "Allein durch das Errichten eines temporären Pools",
      // an adjective before a noun after a genitive, a first word, a comma, or in a phrase of time
      "Merkels letzte Rede",
      "Münchens größten Arbeitgeber",
      "Scholz' angekündigte Reform",
      "Zahlreiche verletzte Demonstranten",
      "Kleine Häuser, alte Bäume",
      "Die Frauenkirche, bekannteste Kirche Sachsens",
      "seit Ende vergangenen Jahres im Amt",
      "exakt 300 Menschen vor Ort",
      // participles
      "Innenstadt gesperrt",
      "An sie gerichtete Briefe",
      "Bidens geplante Reise",
      "So genannte Experten",
      "Ganz verrückte Ideen",
      "Am Sonntag Hunderte verletzte Demonstranten in Athen",
      "Anfang vorigen Jahres bis zu 300 Flüge pro Tag",
      "Am Abend erneut Proteste gegen die Regierung in Paris",
      "Warum aber ausgerechnet das krisengebeutelte Griechenland?"})
  void should_find_no_finite_verb_where_there_is_none(String clause) {
    assertThat(GermanClauses.hasFiniteVerb(clause)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Die Stadt hat ein Problem",
      "Der Rat beschloss am Montag den Haushalt",
      "Die Polizei bestätigte den Vorfall",
      "Schwerer Regen ging nieder",
      "Die Bürger fordern mehr Busse",
      // a verb before a noun, with its subject right before it: no adjective
      "Die Polizei setzte Tränengas ein",
      "Die Fluggesellschaft Nordwind bekommt Bürgschaften des Landes",
      "Die neue Regierung plant Steuererhöhungen", // "-t": no adjective before a noun ends so
      "Der frühere Präsident kritisierte Merkel scharf",
      "Die meisten Experten erwarten Zinssenkungen",
      "Im Handelsstreit holt Indien zum Gegenschlag aus",
      "Er gehört der Partei an",
      "Dazu gehören die niedrigen Zinsen",
      "Damals gehörte die Krim zur Ukraine",
      "Seit 2019 leitete Müller das Amt des Präsidenten",
      "Draghi dankte Lautenschläger mit kühlen Worten",
      "Im Kongress stimmten Demokraten gegen das Gesetz",
      "Die Verbrechen gelten als schlimmste Gewalttaten",
      "Hongkong gehört seit 1997 wieder zu China",
      "Es bestehe die Gefahr von herumfliegenden Ästen",
      "Vor zwei Jahren übernahm der Investor das Unternehmen",
      "Dann schritten Krawietz und Mies nach vorne",
      "Eigentlich, sagt Andreas Köpke, sei das so",
      "Da gäbe es durchaus Schnittmengen"})
  void should_find_the_finite_verb_of_a_main_clause(String clause) {
    assertThat(GermanClauses.hasFiniteVerb(clause)).isTrue();
  }

  @Test
  void should_not_cut_a_main_clause_that_goes_on_after_a_relative_clause() {
    String sentence = "Aus eben diesem Grund stehen Neuer und ter Stegen, die Köpke stets in einem Atemzug nennt, "
        + "obenan auf seiner Liste der besten Torhüter.";

    assertThat(GermanClauses.mainClause(sentence, 12)).isNull();
    // a relative clause at the end still goes: "…, die er liebte."
    assertThat(GermanClauses.mainClause("Der Trainer lobte die Abwehr seiner Mannschaft, die er seit Jahren "
        + "aufgebaut hatte.", 12)).isEqualTo("Der Trainer lobte die Abwehr seiner Mannschaft.");
    // and so does one followed by an afterthought the main clause is complete without
    assertThat(GermanClauses.mainClause("Der Trainer lobte die Abwehr seiner Mannschaft, die er seit Jahren "
        + "aufgebaut hatte, vor allem nach dem Sieg gegen Bayern.", 14))
        .isEqualTo("Der Trainer lobte die Abwehr seiner Mannschaft.");
    assertThat(GermanClauses.mainClause("Die Polizei nahm am Montag einen Mann fest, der seit Wochen gesucht wurde, "
        + "offenbar ohne Gegenwehr.", 14)).isEqualTo("Die Polizei nahm am Montag einen Mann fest.");
    assertThat(GermanClauses.mainClause("Die Polizei hat zwei Männer festgenommen, die Drogen verkauft haben sollen, "
        + "insgesamt mehr als 30 Kilogramm.", 12)).isEqualTo("Die Polizei hat zwei Männer festgenommen.");
    // the participle after the relative clause closes the main clause: no cut before it
    assertThat(GermanClauses.mainClause("Der Kanzler hat den Präsidenten, der am Morgen aus Kiew angereist war, im "
        + "Kanzleramt empfangen.", 12)).isNull();
    assertThat(GermanClauses.mainClause("Der Trainer hat die Mannschaft, die er in drei Jahren aufgebaut hatte, vor allem "
        + "nach dem Sieg in München gelobt.", 12)).isNull();
    assertThat(GermanClauses.mainClause("Der Kanzler hat den Präsidenten, der am Morgen aus Kiew angereist war, nach dem "
        + "Treffen verabschiedet.", 12)).isNull();
    // not a phrase that goes on inside a subordinate clause, nor another clause with its own finite verb
    assertThat(GermanClauses.mainClause("«Schluss jetzt», sagte Oberbürgermeister Maly, als ob der Stadtrat, der nicht "
        + "mehr antritt, von seinem Entschluss abrückt.", 12)).isEqualTo("«Schluss jetzt», sagte Oberbürgermeister Maly.");
    assertThat(GermanClauses.mainClause("Sie sehen den Brief als Antwort auf einen Blogpost, den Zuckerberg im März "
        + "veröffentlicht hatte, in dem dieser ein privateres Netzwerk gezeichnet hatte.", 12))
        .isEqualTo("Sie sehen den Brief als Antwort auf einen Blogpost.");
  }

  @Test
  void should_cut_an_afterthought_after_a_dash_at_the_end_of_the_sentence() {
    String sentence = "Am 27. Januar finden im Fürstentum die Feierlichkeiten zu Ehren der Schutzpatronin von Monaco, "
        + "Sainte Dévote, statt – einem der wichtigsten Ereignisse des Jahres.";

    assertThat(GermanClauses.mainClause(sentence, 20)).isEqualTo("Am 27. Januar finden im Fürstentum die "
        + "Feierlichkeiten zu Ehren der Schutzpatronin von Monaco, Sainte Dévote, statt.");
    // not after a comma, where such a phrase can be what the verb needs; nor a dash before a clause with its verb
    assertThat(GermanClauses.mainClause("Die Zahl der Anträge lag im ersten Halbjahr bei knapp 85 000, ein Rückgang "
        + "von neun Prozent.", 16)).isNull();
    assertThat(GermanClauses.mainClause("Die Zahl der Anträge lag im ersten Halbjahr bei knapp 85 000 - die Zahl "
        + "sinkt damit seit Jahren.", 16)).isNull();
    // a definite phrase after the dash can be what the verb waited for
    assertThat(GermanClauses.mainClause("Der Nobelpreis für Literatur geht in diesem Jahr an – die südkoreanische "
        + "Schriftstellerin Han Kang.", 14)).isNull();
  }

  @Test
  void should_cut_before_a_colon_only_for_a_summary_opening_and_only_after_a_complete_statement() {
    String lead = "Das einzige deutsche Mitglied im Direktorium der Zentralbank hat am Mittwoch überraschend seinen "
        + "Abschied bekannt gegeben: Anna Berger habe den Präsidenten informiert, dass sie ihren Posten räumen werde.";

    assertThat(GermanClauses.mainClause(lead, 25, true)).isEqualTo("Das einzige deutsche Mitglied im Direktorium der "
        + "Zentralbank hat am Mittwoch überraschend seinen Abschied bekannt gegeben.");
    assertThat(GermanClauses.mainClause(lead, 25)).isNull(); // facts: what follows a colon is often the point
    // not before a quotation, nor after a word that announces what the colon brings
    assertThat(GermanClauses.mainClause("Daraufhin habe sie die Bilder verglichen und festgestellt: «Das war "
        + "zweifelsfrei der Neffe der Fürstin.»", 20, true)).isNull();
    assertThat(GermanClauses.mainClause("Der Verein beginnt die Saison ohne Gewissheiten, aber auf eines können die "
        + "Spieler vertrauen: den Trainer.", 20, true)).isEqualTo("Der Verein beginnt die Saison ohne Gewissheiten.");
    // nor after a verb that needs what the colon brings, nor without the auxiliary of a complete statement
    assertThat(GermanClauses.mainClause("Das Oberlandesgericht in München hat am Donnerstag entschieden: Die Stadt muss "
        + "die Kosten tragen.", 14, true)).isNull();
    assertThat(GermanClauses.mainClause("Eine neue Studie der Universität Mannheim zeigt: Frauen verdienen weniger.", 14,
        true)).isNull();
    // "eines" after a noun is a genitive, no word that announces the colon
    assertThat(GermanClauses.mainClause("Der Bau eines neuen Stadions in der Innenstadt ist gestoppt: Der Stadtrat "
        + "stimmte dagegen.", 14, true)).isEqualTo("Der Bau eines neuen Stadions in der Innenstadt ist gestoppt.");
  }

  @Test
  void should_cut_before_a_main_clause_of_its_own_but_not_before_reported_speech() {
    assertThat(GermanClauses.mainClause("1981 war der Abiturient aus Franken mit dem Fahrrad in Südengland unterwegs, "
        + "die Tour ging im Dauerregen unter.", 14))
        .isEqualTo("1981 war der Abiturient aus Franken mit dem Fahrrad in Südengland unterwegs.");
    assertThat(GermanClauses.mainClause("Die Kanzlerin hatte längst klargestellt, die Partei könne kein Partner für "
        + "eine Zusammenarbeit sein.", 10)).isNull();
    assertThat(GermanClauses.mainClause("Wer der beste Torwart der Welt sei, das könne doch kein Mensch bestimmen, "
        + "findet er.", 10)).isNull();
    // the indicative after a clause that reports it: a verb's particle or participle before the comma
    assertThat(GermanClauses.mainClause("Ein Sprecher der Stadt teilte am Montag mit, die Arbeiten werden bis Ende Mai "
        + "dauern.", 12)).isNull();
    assertThat(GermanClauses.mainClause("Die Kanzlerin zeigte sich am Abend überzeugt, die Koalition wird bis zum Ende "
        + "halten.", 12)).isNull();
    // nor after a word that announces the clause after it
    assertThat(GermanClauses.mainClause("Messegesellschaften werden bevorzugt dort aktiv, wo Märkte und Branchen "
        + "bereits prosperieren.", 8)).isNull();
  }

  @Test
  void should_not_cut_a_sentence_before_its_finite_verb() {
    String sentence = "Die Vorsitzende der Partei Freie Wähler Nord (FWN), Anna Berger, kündigte am Montag in Kiel eine "
        + "Klage gegen das neue Wahlgesetz an, das der Landtag im Mai beschlossen hatte, weil es kleine Parteien "
        + "benachteilige.";

    assertThat(GermanClauses.mainClause(sentence, 25)).isEqualTo("Die Vorsitzende der Partei Freie Wähler Nord (FWN), "
        + "Anna Berger, kündigte am Montag in Kiel eine Klage gegen das neue Wahlgesetz an.");
    assertThat(GermanClauses.mainClause(sentence, 12)).isNull(); // the verb comes too late: no cut, no fragment
  }

  @Test
  void should_not_leave_a_relative_clause_without_its_verb() {
    String sentence = "Der Mietvertrag mit dem Verein Nord, dessen Verlängerung bis 2030 schon im Winter beschlossen "
        + "worden war, läuft Ende Juni aus, weil die Stadt das Gelände an einen Investor verkauft hat.";

    assertThat(GermanClauses.mainClause(sentence, 25)).isEqualTo("Der Mietvertrag mit dem Verein Nord, dessen "
        + "Verlängerung bis 2030 schon im Winter beschlossen worden war, läuft Ende Juni aus.");
  }

  @Test
  void should_keep_a_subordinate_clause_in_front_together_with_its_main_clause() {
    String sentence = "Nachdem es tagelang geregnet hatte, stand die Altstadt am Sonntag unter Wasser, als der Fluss "
        + "über die Ufer trat und die Feuerwehr die Brücken sperrte.";

    assertThat(GermanClauses.mainClause(sentence, 20))
        .isEqualTo("Nachdem es tagelang geregnet hatte, stand die Altstadt am Sonntag unter Wasser.");
  }

  @Test
  void should_not_cut_off_what_the_verb_needs() {
    // An infinitive, reported speech: the clause before the comma is no statement of its own.
    assertThat(GermanClauses.mainClause("Die Behörde wurde am Dienstag beauftragt, die Gefahren für Bienen bis "
        + "zum Herbst zu prüfen, und soll dann berichten.", 12)).isNull();
    assertThat(GermanClauses.mainClause("Der Sprecher sagte am Dienstagabend, die Bürgschaften seien für den "
        + "Betrieb im Winter nötig, und verwies auf die Buchungen.", 12)).isNull();
  }

  @Test
  void should_take_the_sentence_after_an_opening_frame() {
    assertThat(GermanClauses.afterFrame("Das will die Bahn nun ändern: Ab Montag fahren die Züge im Halbstundentakt."))
        .contains("Ab Montag fahren die Züge im Halbstundentakt.");
    assertThat(GermanClauses.afterFrame("Das Ziel: die Überwachung der Bürger.")).isEmpty();
    assertThat(GermanClauses.afterFrame("Er sagte: „Wir kommen wieder. Dann reden wir.")).isEmpty();
  }

  @Test
  void should_not_cut_after_a_conjunction_or_past_a_colon() {
    assertThat(GermanClauses.mainClause("In der Hallenfrage gibt es Hoffnung und - falls aus dem Neubau nichts wird "
        + "- sogar einen Plan B für die nächste Saison.", 20)).isNull();
    assertThat(GermanClauses.mainClause("Die Tabelle beunruhige ihn gar nicht, er setze auf Zeit: Verletzte Spieler "
        + "wie Tom Berg, der im Winter zurückkehrt, sollen bald helfen.", 25)).isNull();
    assertThat(GermanClauses.mainClause("Die Jury lobte nicht nur die Tatsache, dass der Film in nur drei Wochen "
        + "gedreht wurde, sondern auch seine Musik.", 25)).isNull(); // "nicht nur" needs its "sondern"
    assertThat(GermanClauses.mainClause("Der Spielzug bot sich nicht nur deshalb als Titel an, weil er die Partie "
        + "geprägt hat, sondern weil er für die Liga steht.", 25)).isNull();
  }

  @Test
  void should_not_cut_a_sentence_before_the_particle_that_closes_its_verb() {
    assertThat(GermanClauses.mainClause("Daraufhin rief Sadr am Dienstagabend den Milizenführer Hadi al-Ameri, der "
        + "die zweitgrößte Fraktion kontrolliert, auf, gemeinsam mit ihm den Regierungschef zu entmachten.", 20))
        .isNull();
    assertThat(GermanClauses.mainClause("Die Regierung kündigte am Montag neue Regeln an, die ab Mai gelten.", 20))
        .isEqualTo("Die Regierung kündigte am Montag neue Regeln an.");
  }

  @Test
  void should_not_take_a_condition_that_opens_with_its_verb_for_a_main_clause() {
    assertThat(GermanClauses.mainClause("Würde er eine Maske tragen, so würde er damit die Maßnahmen der Regierung "
        + "billigen, sagte der Angeklagte vor Gericht.", 20)).isNull();
    assertThat(GermanClauses.mainClause("Könnten die Deutschen den Kanzler direkt wählen, würden 51 Prozent Habeck "
        + "wählen, nachdem er im Mai gewonnen hatte.", 15)).isEqualTo("Könnten die Deutschen den Kanzler direkt wählen, würden "
        + "51 Prozent Habeck wählen.");
  }

  @Test
  void should_not_cut_a_sentence_after_the_verb_that_introduces_its_speech() {
    assertThat(GermanClauses.mainClause("Im Weißen Haus sagte er, der türkische Staatschef habe ihn informiert, dass "
        + "die Offensive beendet sei.", 20)).isNull();
    assertThat(GermanClauses.mainClause("Die Lage an der Grenze sei ernst, sagte die Ministerin am Montag, als sie "
        + "in Passau eintraf.", 14)).isEqualTo("Die Lage an der Grenze sei ernst, sagte die Ministerin am Montag.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Damit ist Aldi der erste Detailhändler in der Schweiz. | Aldi ist der erste Detailhändler in der Schweiz.",
      "Dabei handelt es sich um zugelassene Tests. | Es handelt sich um zugelassene Tests.",
      "Zuvor hatte der Angeklagte dem Richter geschrieben. | Der Angeklagte hatte dem Richter geschrieben.",
      "Dabei spielte sich die Partie nach bekanntem Muster ab. | Die Partie spielte sich nach bekanntem Muster ab.",
      "Dabei kamen drei Menschen ums Leben. | Drei Menschen kamen ums Leben.",
      "Trotzdem will Trump weiter verhandeln. | Trump will weiter verhandeln."})
  void should_drop_the_connective_and_put_the_subject_first(String sentence, String expected) {
    assertThat(GermanClauses.withoutConnective(sentence)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Dabei half ihm der Zufall bei der Suche.", // an object after the verb
      "Dabei hat die Polizei Tränengas eingesetzt.", // the object right after the subject
      "Damit wird Deutschland Gastgeber der nächsten Spiele.",
      "Trotzdem will US-Präsident Donald Trump weiter verhandeln.", // a name or an object: not told apart
      "Dort wurde dann weit mehr geschreddert als gedacht.", // "Dort" is a place the statement needs
      "Deshalb, so der Minister, bleibt alles beim Alten.",
      "Danach ist Schluss."})
  void should_leave_a_sentence_alone_when_its_subject_is_not_plain(String sentence) {
    assertThat(GermanClauses.withoutConnective(sentence)).isEmpty();
  }

  @Test
  void should_not_take_a_subordinate_clause_for_closed_before_its_verb() {
    assertThat(GermanClauses.mainClause("In einem Interview antwortete er auf die Frage, ob er sich auch - wie einige "
        + "andere - für den Posten interessiere, mit einem klaren Nein.", 25)).isNull();
  }

  @Test
  void should_not_end_a_main_clause_with_a_phrase_that_belongs_to_the_clause_after_it() {
    assertThat(GermanClauses.mainClause("Hebbecker hat seit Februar mehrere Dutzend Strafverfahren angestoßen, gegen "
        + "Nutzer, die mit ihren Kommentaren die Grenzen überschritten hatten.", 25)).isNull();
  }

  @Test
  void should_cut_off_an_apposition_after_a_clause_closed_by_its_verb() {
    assertThat(GermanClauses.mainClause("Putin hat bestätigt, dass er an der Eröffnung der Spiele in Peking teilnehmen "
        + "wird, eine Veranstaltung, die westliche Führer boykottieren.", 20))
        .isEqualTo("Putin hat bestätigt, dass er an der Eröffnung der Spiele in Peking teilnehmen wird.");
    assertThat(GermanClauses.mainClause("Der Rat beschloss am Montag, die Gebühren zu senken.", 6)).isNull();
  }

  @Test
  void should_tell_a_subordinate_clause_standing_alone_from_a_sentence_that_opens_with_one() {
    assertThat(GermanClauses.isSubordinateOnly("Weshalb der Trainer \"einen harten Kampf\" erwartete, der "
        + "letztlich etwas überraschend von den Seinen gewonnen wurde.")).isTrue();
    assertThat(GermanClauses.isSubordinateOnly("Obwohl die Regierung betont, dass ihr der Schutz der Bienen am "
        + "Herzen liege.")).isTrue();
    assertThat(GermanClauses.isSubordinateOnly("Weil es regnete.")).isTrue();
    // a main clause after the subordinate one, its verb first or second
    assertThat(GermanClauses.isSubordinateOnly("Wie aus Kreisen verlautete, war die Erklärung zustande gekommen."))
        .isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Wie die Behörde mitteilte, befand sich der Mann in Lebensgefahr."))
        .isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Wer nun der Bessere ist, das wissen nicht mal die beiden.")).isFalse();
    // main clauses after a fronted phrase, and questions
    assertThat(GermanClauses.isSubordinateOnly("Als Abiturient entwickelte Hartmut Ortlieb eine Tasche.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Seit Wochen wird spekuliert, ob sie zurückkehrt.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Da erklärte der Chef die Koalition für beendet.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Seit Montag verhandeln Union und SPD erneut.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Um 14 Uhr treffen Scholz und Macron zusammen.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Damit setzte Trump seinen Kurs fort.")).isFalse();
    // the main clause's verb, whatever its form, or a statement after a colon
    assertThat(GermanClauses.isSubordinateOnly("Nachdem die Bombe explodierte, brach Panik aus.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Wenn die Polizei kommt, verschwand der Täter stets.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Ob es klappt, wissen wir nicht.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Was viele nicht wissen: Der Rabatt gilt nur bis Freitag.")).isFalse();
    assertThat(GermanClauses.isSubordinateOnly("Weil der Trainer es so wollte, der das Spiel verloren gab."))
        .isTrue();
    assertThat(GermanClauses.isSubordinateOnly("Warum ist das so?")).isFalse();
  }

  @Test
  void should_not_cut_a_main_clause_before_the_infinitive_of_its_modal_verb() {
    assertThat(GermanClauses.mainClause("Die Gegnerinnen spielten noch in der ersten Liga, mussten aber nach einer "
        + "Serie von Niederlagen, darunter die Torhüterin Lisa Kern, den Gang in die zweite Liga antreten.", 30))
        .isNull();
    assertThat(GermanClauses.mainClause("Dafür soll der Unternehmer Firmen, die zu seiner Holding gehören, als "
        + "kleinere Betriebe ausgegeben haben.", 20)).isNull();
    // the infinitive before the cut, or before its modal verb
    assertThat(GermanClauses.mainClause("Der Rat will die Gebühren senken, die seit Jahren steigen, und die "
        + "Verwaltung verkleinern.", 7)).isEqualTo("Der Rat will die Gebühren senken.");
    assertThat(GermanClauses.mainClause("Er soll darüber hinaus erst hoffen können, wenn die Truppen abziehen.", 10))
        .isEqualTo("Er soll darüber hinaus erst hoffen können.");
  }

  @Test
  void should_not_end_a_main_clause_with_a_word_that_announces_the_clause_after_it() {
    assertThat(GermanClauses.mainClause("Am Freitag wirkte es plötzlich so, als breche der Winter über die Alpen "
        + "herein, und die Fahrer froren.", 12)).isNull();
    assertThat(GermanClauses.mainClause("Der Trainer freut sich schon lange darauf, dass die Saison beginnt, und die "
        + "Fans auch.", 10)).isNull();
    assertThat(GermanClauses.mainClause("Der Trainer freut sich auf die neue Saison, die am Freitag beginnt.", 9))
        .isEqualTo("Der Trainer freut sich auf die neue Saison.");
  }

  @Test
  void should_close_a_modal_verbs_bracket_with_its_infinitive_or_take_the_modal_for_the_full_verb_before_a_conjunction() {
    // the infinitive in a clause that opens with a noun phrase, not a relative pronoun
    assertThat(GermanClauses.mainClause("Die Gegnerinnen mussten nach einer Serie von Niederlagen, darunter ein 0:5 "
        + "gegen Köln, den Gang in die zweite Liga antreten, weil das Geld fehlte.", 25))
        .isEqualTo("Die Gegnerinnen mussten nach einer Serie von Niederlagen, darunter ein 0:5 gegen Köln, den Gang in "
            + "die zweite Liga antreten.");
    // the modal as the full verb
    assertThat(GermanClauses.mainClause("Die Gewerkschaft will acht Prozent mehr Lohn, weil die Preise stark gestiegen "
        + "sind.", 10)).isEqualTo("Die Gewerkschaft will acht Prozent mehr Lohn.");
    // "kommen würde": the verb and its auxiliary close a subordinate clause
    assertThat(GermanClauses.isSubordinateOnly("Weil er ohnehin kommen würde, der alte Freund.")).isTrue();
    // "sein" closes a modal's bracket
    assertThat(GermanClauses.mainClause("Man sollte sich nicht zu schade sein, denn alle anderen helfen auch.", 9))
        .isEqualTo("Man sollte sich nicht zu schade sein.");
  }
}
