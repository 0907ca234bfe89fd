package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures worked out by hand on small gold and prediction sets (names made up for the tests). */
class GoldScorerTest {

    private static final String GOLD_A = """
            {"file": "a.txt", "persons": ["Antoine Dubois", "Claire Martin"], \
            "quotes": [{"speaker": "Antoine Dubois", "text": "Nous ne céderons rien sur ce point précis"}, \
            {"speaker": "Antoine Dubois", "text": "La discussion a été longue mais utile"}, \
            {"speaker": null, "text": "Personne ne sait quand il sera libéré"}, \
            {"speaker": "ministère russe des Affaires étrangères", "speaker_type": "org", \
            "text": "Cette décision est une provocation inacceptable"}], \
            "detentions": [{"person": "Claire Martin", "country": "RU"}], \
            "roles": [{"person": "Antoine Dubois", "role": "secrétaire d'état"}, \
            {"person": "Claire Martin", "role": "journaliste"}]}""";
    private static final String GOLD_B = """
            {"file": "b.txt", "persons": ["Dubois", "Claire Martin"], "quotes": [], \
            "detentions": [{"person": "Claire Martin", "country": "RU"}], "roles": []}""";

    private static Scores score(String quotes, String detentions, String persons, String roles) {
        GoldScorer scorer = new GoldScorer(GoldArticle.parse(List.of(GOLD_A, GOLD_B)));
        return scorer.score(QueryResults.fromCsv(Map.of(
                "quotes", "file,speakerName,text\r\n" + quotes,
                "detentions", "file,personName,countryCode\r\n" + detentions,
                "persons", "file,person,name\r\n" + persons,
                "roles", "file,personName,role\r\n" + roles)));
    }

    private static Scores quotes(String quotes) {
        return score(quotes, "", "", "");
    }

    @Test
    void perfectPredictionsScoreOne() {
        Scores s = score("""
                a.txt,Antoine Dubois,Nous ne céderons rien sur ce point précis
                a.txt,Antoine Dubois,La discussion a été longue mais utile
                a.txt,,Personne ne sait quand il sera libéré
                a.txt,ministère russe des Affaires étrangères,Cette décision est une provocation inacceptable
                """, """
                a.txt,Claire Martin,RU
                b.txt,Claire Martin,RU
                """, """
                a.txt,http://ex/dubois,Antoine Dubois
                a.txt,http://ex/martin,Claire Martin
                b.txt,http://ex/dubois,Dubois
                b.txt,http://ex/martin,Claire Martin
                """, """
                a.txt,Antoine Dubois,secrétaire d'état
                a.txt,Claire Martin,journaliste
                """);
        assertEquals(new Prf(4, 4, 4, 1.0, 1.0, 1.0), s.quoteSpans());
        // only the two quotes with a named speaker and the organisation's count for attribution
        assertEquals(new Prf(3, 3, 3, 1.0, 1.0, 1.0), s.quoteAttribution());
        assertEquals(new Prf(2, 2, 2, 1.0, 1.0, 1.0), s.detentions());
        assertEquals(new Prf(4, 4, 4, 1.0, 1.0, 1.0), s.persons());
        assertEquals(new Prf(2, 2, 2, 1.0, 1.0, 1.0), s.roles());
        assertEquals(new Scores.SpeakerAccuracy(4, 4, 1.0), s.speakerAccuracy());
        assertEquals(new Scores.CrossDocument(2, 2, 1.0), s.crossDocument());
        assertEquals("summary: quote_attribution=1.000 detentions=1.000 persons=1.000 roles=1.000 "
                + "speakers=1.000 xdoc=1.000", s.summary());
    }

    @Test
    void wrongSpeakerLowersAttributionNotSpans() {
        Scores s = quotes("""
                a.txt,Antoine Dubois,Nous ne céderons rien sur ce point précis
                a.txt,Claire Martin,La discussion a été longue mais utile
                """);
        assertEquals(new Prf(2, 2, 4, 1.0, 0.5, 0.667), s.quoteSpans());
        // 1 of 2 predictions right, 1 of 3 gold quotes with a speaker found: F1 = 2·½·⅓/(½+⅓) = 0.4
        assertEquals(new Prf(1, 2, 3, 0.5, 0.333, 0.4), s.quoteAttribution());
        assertEquals(new Scores.SpeakerAccuracy(1, 4, 0.25), s.speakerAccuracy());
    }

    @Test
    void surnameOrTitleMatchesFullNameButOtherInitialDoesNot() {
        Scores s = quotes("""
                a.txt,M. Dubois,Nous ne céderons rien sur ce point précis
                a.txt,Bernard Dubois,La discussion a été longue mais utile
                """);
        assertEquals(1, s.quoteAttribution().tp());
        assertTrue(NameMatching.samePerson("DUBOIS", "Antoine Dubois"));
        assertTrue(NameMatching.samePerson("A. Dubois", "Antoine Dubois"));
        assertTrue(NameMatching.samePerson("Sergueï Lavrov", "Serguei LAVROV"));
        assertFalse(NameMatching.samePerson("Bernard Dubois", "Antoine Dubois"));
        assertFalse(NameMatching.samePerson("Monsieur", "Antoine Dubois"));
    }

    @Test
    void quotesUnderFourWordsAreIgnored() {
        Scores s = quotes("""
                a.txt,Antoine Dubois,Nous ne céderons
                a.txt,Antoine Dubois,La discussion a été longue mais utile
                """);
        assertEquals(new Prf(1, 1, 4, 1.0, 0.25, 0.4), s.quoteSpans());
    }

    @Test
    void quoteMustShareSeventyPercentOfBothWordings() {
        // 5 of the 8 gold words: 0.625 < 0.7
        assertEquals(0, quotes("a.txt,Antoine Dubois,Nous ne céderons rien sur\n").quoteSpans().tp());
        // 6 of 8 gold words, all 6 predicted: 0.75
        assertEquals(1, quotes("a.txt,Antoine Dubois,Nous ne céderons rien sur ce\n").quoteSpans().tp());
        // all 8 gold words inside 12 predicted: 0.667
        assertEquals(0, quotes("a.txt,X,Nous ne céderons rien sur ce point précis dit-il hier soir encore\n")
                .quoteSpans().tp());
        assertEquals(0.75, NameMatching.quoteOverlap("Nous ne c\u00e9derons rien sur ce", "Nous ne ce\u0301derons "
                + "rien sur ce point précis"), 1e-9);
    }

    @Test
    void unnamedSourceIsRightUnlessPinnedOnAPersonOfTheArticle() {
        String text = "Personne ne sait quand il sera libéré";
        assertEquals(1, quotes("a.txt,,%s\n".formatted(text)).speakerAccuracy().correct());
        assertEquals(1, quotes("a.txt,un diplomate,%s\n".formatted(text)).speakerAccuracy().correct());
        assertEquals(0, quotes("a.txt,M. Martin,%s\n".formatted(text)).speakerAccuracy().correct());
        // a named prediction of an unnamed-source quote is a false positive of attribution
        assertEquals(new Prf(0, 1, 3, 0.0, 0.0, 0.0), quotes("a.txt,un diplomate,%s\n".formatted(text))
                .quoteAttribution());
    }

    @Test
    void organisationNeedsOneSharedLongWord() {
        String text = "Cette décision est une provocation inacceptable";
        assertEquals(1, quotes("a.txt,le Ministère,%s\n".formatted(text)).quoteAttribution().tp());
        assertEquals(0, quotes("a.txt,la Russie,%s\n".formatted(text)).quoteAttribution().tp());
    }

    @Test
    void detentionsAreDistinctPairsWithTheRightCountry() {
        Scores s = score("", """
                a.txt,Claire Martin,ru
                a.txt,Martin,RU
                a.txt,Antoine Dubois,RU
                b.txt,Claire Martin,FR
                """, "", "");
        // a.txt: (Claire Martin, RU) and (Martin, RU) both fit the one gold pair: 1 tp of 3 distinct predictions
        assertEquals(new Prf(1, 4, 2, 0.25, 0.5, 0.333), s.detentions());
    }

    @Test
    void rolesMatchWhenOneWordingContainsTheOther() {
        Scores s = score("", "", "", """
                a.txt,Antoine Dubois,secrétaire d'État américain
                a.txt,Claire Martin," "
                a.txt,Claire Martin,avocate
                """);
        assertEquals(new Prf(1, 3, 2, 0.333, 0.5, 0.4), s.roles());
    }

    @Test
    void personsCountDistinctNamesPerArticle() {
        Scores s = score("", "", """
                a.txt,http://ex/1,Antoine Dubois
                a.txt,http://ex/1,Antoine Dubois
                a.txt,http://ex/2,Paul Durand
                """, "");
        assertEquals(new Prf(1, 2, 4, 0.5, 0.25, 0.333), s.persons());
    }

    @Test
    void crossDocumentNeedsOneIriPerPersonAcrossArticles() {
        Scores s = score("", "", """
                a.txt,http://ex/dubois,Antoine Dubois
                b.txt,http://ex/dubois-bis,M. Dubois
                a.txt,http://ex/martin,Claire Martin
                b.txt,http://ex/martin,Claire Martin
                """, "");
        assertEquals(new Scores.CrossDocument(2, 1, 0.5), s.crossDocument());
    }

    @Test
    void rowsOfArticlesWithoutGoldAndFoldersInFileAreHandled() {
        Scores s = score("", "", """
                file:///corpus/a.txt,http://ex/dubois,Antoine Dubois
                c.txt,http://ex/x,Claire Martin
                """, "");
        assertEquals(new Prf(1, 1, 4, 1.0, 0.25, 0.4), s.persons());
    }

    @Test
    void roundsHalfToEvenLikePython() {
        assertEquals(0.062, Prf.of(1, 16, 1).p());
        assertEquals(0.667, Prf.of(2, 3, 3).p());
        assertEquals(new Prf(0, 0, 0, 1.0, 1.0, 1.0), Prf.of(0, 0, 0));
        assertEquals(new Prf(0, 0, 2, 0.0, 0.0, 0.0), Prf.of(0, 0, 2));
    }

    @Test
    void csvFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<Map<String, String>> rows = QueryResults.rows(
                "file,speakerName,text\r\na.txt,\"Dubois, Antoine\",\"il a dit \"\"non\"\"\r\npuis, oui\"\r\n\r\nb.txt,,x");
        assertEquals(2, rows.size());
        assertEquals("Dubois, Antoine", rows.get(0).get("speakerName"));
        assertEquals("il a dit \"non\"\r\npuis, oui", rows.get(0).get("text"));
        assertEquals("", rows.get(1).get("speakerName"));
    }

    @Test
    void readsTheSeedGold() throws Exception {
        Map<String, GoldArticle> gold = GoldArticle.read(Path.of("src/test/resources/seed/gold.jsonl"));
        assertEquals(5, gold.size());
        GoldArticle first = gold.get("000_60e45256294c76ef.txt");
        assertEquals(10, first.persons().size());
        assertEquals(8, first.quotes().size());
        assertNull(first.quotes().get(3).speaker());
        assertEquals("org", first.quotes().get(4).speakerType());
        assertEquals("person", first.quotes().get(0).speakerType());
        assertEquals(new GoldArticle.Detention("Vadim Krasikov", "DE"), first.detentions().get(2));
    }
}
