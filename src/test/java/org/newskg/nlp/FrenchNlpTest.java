package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class FrenchNlpTest {

    private static final FrenchNlp NLP = FrenchNlp.load(word -> false);

    private static List<String> sentences(String text) {
        return NLP.analyze(text).sentences().stream().map(Sentence::text).toList();
    }

    private static String article(String name) throws IOException {
        return Files.readString(Path.of("corpus", name));
    }

    @Test
    void noBreakAfterTitlesAndInitials() {
        assertEquals(List.of("M. Lavrov a déclaré que la réunion était terminée.", "Mme Zakharova a confirmé."),
                sentences("M. Lavrov a déclaré que la réunion était terminée. Mme Zakharova a confirmé."));
        // The model alone breaks after "Dr.", "Pr.", "F." and "MM.".
        assertEquals(List.of("Le Dr. Martin et le Pr. Dubois sont venus.", "John F. Kennedy est mort.",
                "Il a vu MM. Dupont et Durand."),
                sentences("Le Dr. Martin et le Pr. Dubois sont venus. John F. Kennedy est mort. "
                        + "Il a vu MM. Dupont et Durand."));
    }

    /** "la prison de Rodeo I. Il …": a capital's period before a subject pronoun ends the sentence, and is a token. */
    @Test
    void aBreakAfterACapitalBeforeASubjectPronoun() {
        assertEquals(List.of("Il a été transféré à la prison de Rodeo I.", "Il n'a jamais été jugé."),
                sentences("Il a été transféré à la prison de Rodeo I. Il n'a jamais été jugé."));
        List<String> words = NLP.analyze("Il a été transféré à Rodeo I. Il attend.").sentences().get(0).tokens().stream()
                .map(Token::text).toList();
        assertEquals(List.of("Il", "a", "été", "transféré", "à", "Rodeo", "I", "."), words);
    }

    @Test
    void quotationSpanningSentencesStaysInOneSentence() {
        assertEquals(List.of("« Nous avons eu une discussion franche. Elle était utile », a déclaré Blinken.",
                "Lavrov n'a rien dit."),
                sentences("« Nous avons eu une discussion franche. Elle était utile », a déclaré Blinken. "
                        + "Lavrov n'a rien dit."));
        assertEquals(List.of("\"Tenir deux Américains en otage n'est pas sérieux. C'est de la mauvaise foi\", "
                + "a déclaré la porte-parole."),
                sentences("\"Tenir deux Américains en otage n'est pas sérieux. C'est de la mauvaise foi\", "
                        + "a déclaré la porte-parole."));
    }

    @Test
    void closingQuoteAndIncisesStayWithTheirSentence() {
        assertEquals(List.of("Il a dit : « Non ! »", "Puis il est parti."),
                sentences("Il a dit : « Non ! » Puis il est parti."));
        assertEquals(List.of("« Partez ! » a-t-il lancé."), sentences("« Partez ! » a-t-il lancé."));
    }

    @Test
    void quotationThatNeverClosesDoesNotSwallowTheParagraph() {
        assertEquals(List.of("« Nous partons.", "Ceci est une phrase.", "Une autre phrase.", "Encore une.",
                "Et une dernière."),
                sentences("« Nous partons. Ceci est une phrase. Une autre phrase. Encore une. Et une dernière."));
    }

    @Test
    void paragraphBreaksAlwaysEndSentences() {
        assertEquals(List.of("IMPOSER DES COÛTS", "Le texte commence ici.", "Il continue.", "« Une citation ouverte.",
                "Un autre paragraphe. »"),
                sentences("IMPOSER DES COÛTS\nLe texte commence ici. Il continue.\n\n« Une citation ouverte.\n"
                        + "Un autre paragraphe. »\n"));
    }

    /** The time opening a live blog's entry is no part of the entry's first sentence; a time inside one is. */
    @Test
    void theTimeOpeningALiveBlogEntryIsASentenceOfItsOwn() {
        assertEquals(List.of("15h00 –", "Pour l'ONG, « la détente ne doit rien faire oublier ».", "9:40 -", "Le convoi est parti.",
                "Le convoi est parti à 10h15 – enfin."),
                sentences("15h00 – Pour l'ONG, « la détente ne doit rien faire oublier ».\n9:40 - Le convoi est parti.\n"
                        + "Le convoi est parti à 10h15 – enfin.\n"));
    }

    @Test
    void offsetsIndexIntoTheArticleText() throws IOException {
        for (String name : List.of("001_9f2e92d670fe1bac.txt", "002_7c0963efd4a23422.txt")) {
            String text = article(name);
            AnalyzedText analyzed = NLP.analyze(text);
            assertTrue(analyzed.sentences().size() > 10, name);
            int previousEnd = 0;
            for (Sentence sentence : analyzed.sentences()) {
                assertEquals(text.substring(sentence.start(), sentence.end()), sentence.text());
                assertTrue(sentence.start() >= previousEnd, "sentences overlap in " + name);
                assertEquals(analyzed.sentences().indexOf(sentence), sentence.index());
                for (Token token : sentence.tokens()) {
                    assertEquals(text.substring(token.start(), token.end()), token.text());
                    assertTrue(sentence.start() <= token.start() && token.end() <= sentence.end());
                }
                previousEnd = sentence.end();
            }
        }
    }

    @Test
    void tokensOfARealSentence() throws IOException {
        String text = article("001_9f2e92d670fe1bac.txt");
        Sentence quote = NLP.analyze(text).sentences().stream()
                .filter(s -> s.text().startsWith("« Je ne peux pas")).findFirst().orElseThrow();
        List<String> words = quote.tokens().stream().map(Token::text).toList();
        assertEquals(List.of("«", "Je", "ne", "peux"), words.subList(0, 4));
        assertEquals(List.of("probables", "»", ",", "a", "-t-il", "dit", "."), words.subList(words.size() - 7, words.size()));
    }

    @Test
    void tagsProperNamesInACorpusSentence() throws IOException {
        String text = article("001_9f2e92d670fe1bac.txt");
        Sentence sentence = NLP.analyze(text).sentences().stream()
                .filter(s -> s.text().startsWith("Blinken avait annoncé")).findFirst().orElseThrow();
        assertEquals("PROPN", tagOf(sentence, "Blinken"));
        assertEquals("PROPN", tagOf(sentence, "Sergueï"));
        assertEquals("PROPN", tagOf(sentence, "Lavrov"));
        assertEquals("PROPN", tagOf(sentence, "Griner"));
        assertEquals("VERB", tagOf(sentence, "annoncé"));
        assertEquals("NOUN", tagOf(sentence, "homologue"));
        assertEquals("PUNCT", tagOf(sentence, "."));
    }

    @Test
    void tagsTypographicApostrophesLikeStraightOnes() {
        Sentence sentence = NLP.analyze("« J’ai appelé le Kremlin », a déclaré Blinken.").sentences().get(0);
        assertEquals("PRON", tagOf(sentence, "J’"));
        assertEquals("AUX", tagOf(sentence, "ai"));
    }

    @Test
    void contractionsCarryBothTags() {
        Sentence sentence = NLP.analyze("Il a parlé au président du pays.").sentences().get(0);
        Token du = sentence.tokens().stream().filter(t -> t.text().equals("du")).findFirst().orElseThrow();
        assertEquals("ADP+DET", du.pos());
        assertTrue(du.hasPos("ADP") && du.hasPos("DET") && !du.hasPos("AD") && !du.hasPos("NOUN"));
    }

    private static String tagOf(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().pos();
    }

    @Test
    void identifiesLanguages() throws IOException {
        assertEquals("fr", NLP.language(article("003_0217356731568e3d.txt")));
        assertEquals("fr", NLP.language(article("004_d76b93d86a0e74a5.txt")));
        assertEquals("en", NLP.language("The Secretary of State said he had spoken with his Russian counterpart "
                + "about the proposed prisoner exchange."));
        assertEquals("de", NLP.language("Der Außenminister sagte, er habe am Freitag mit seinem russischen "
                + "Amtskollegen gesprochen."));
        assertEquals("und", NLP.language(""));
        assertEquals("und", NLP.language(" 2022-07 … 12:30 "));
    }

    @Test
    void oneInstanceServesSeveralThreads() throws Exception {
        String text = article("000_60e45256294c76ef.txt");
        AnalyzedText expected = NLP.analyze(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalyzedText>> results = pool.invokeAll(
                    Collections.nCopies(16, () -> NLP.analyze(text)));
            for (Future<AnalyzedText> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
