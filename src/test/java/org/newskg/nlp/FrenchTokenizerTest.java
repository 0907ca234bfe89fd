package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class FrenchTokenizerTest {

    private static final FrenchTokenizer TOKENIZER = FrenchTokenizer.load();

    private static void assertTokens(String text, String... expected) {
        assertArrayEquals(expected, TOKENIZER.tokenize(text), text);
    }

    @Test
    void splitsElidedWordsWithEitherApostrophe() {
        assertTokens("l’invasion de l'Ukraine", "l’", "invasion", "de", "l'", "Ukraine");
        assertTokens("L’annonce d'un accord", "L’", "annonce", "d'", "un", "accord");
        assertTokens("jusqu’à ce qu'il parte", "jusqu’", "à", "ce", "qu'", "il", "parte");
        assertTokens("lorsqu'elle puisqu’on", "lorsqu'", "elle", "puisqu’", "on");
        assertTokens("C’est j'ai n'a s'en", "C’", "est", "j'", "ai", "n'", "a", "s'", "en");
        assertTokens("le secrétaire d’Etat", "le", "secrétaire", "d’", "Etat");
    }

    @Test
    void keepsWordsWhoseApostropheIsNotAnElision() {
        assertTokens("aujourd'hui quelqu’un presqu'île", "aujourd'hui", "quelqu’un", "presqu'île");
        assertTokens("[Lavrov’s] réponse", "[", "Lavrov’s", "]", "réponse");
        assertTokens("Koffi N'Guessan à N’Djamena", "Koffi", "N'Guessan", "à", "N’Djamena");
        assertTokens("N'oubliez pas N'IMPORTE", "N'", "oubliez", "pas", "N'", "IMPORTE");
    }

    @Test
    void splitsInvertedPronounsOffTheVerb() {
        assertTokens("a-t-il ajouté", "a", "-t-il", "ajouté");
        assertTokens("a-t-elle dit", "a", "-t-elle", "dit");
        assertTokens("dit-elle.", "dit", "-elle", ".");
        assertTokens("déclare-t-on", "déclare", "-t-on");
        assertTokens("ont-ils", "ont", "-ils");
        assertTokens("», ajoute-t-il", "»", ",", "ajoute", "-t-il");
        assertTokens("donne-le-moi", "donne", "-le", "-moi");
        assertTokens("Qu'est-ce", "Qu'", "est", "-ce");
        assertTokens("l'a-t-il vu", "l'", "a", "-t-il", "vu");
    }

    @Test
    void keepsOrdinaryHyphenatedWordsWhole() {
        assertTokens("porte-parole États-Unis ex-soldat Jean-Pierre New-York",
                "porte-parole", "États-Unis", "ex-soldat", "Jean-Pierre", "New-York");
        assertTokens("un rendez-vous, lui-même", "un", "rendez-vous", ",", "lui-même");
        assertTokens("l’ex-soldat", "l’", "ex-soldat");
    }

    @Test
    void separatesQuotationMarksAndBrackets() {
        assertTokens("«franche»", "«", "franche", "»");
        assertTokens("“une conversation franche”.", "“", "une", "conversation", "franche", "”", ".");
        assertTokens("\"Nous avons\", a-t-il", "\"", "Nous", "avons", "\"", ",", "a", "-t-il");
        assertTokens("‹oui› „ja“", "‹", "oui", "›", "„", "ja", "“");
        assertTokens("(AFP) +diplomatie discrète+", "(", "AFP", ")", "+", "diplomatie", "discrète", "+");
        assertTokens("la 'diplomatie tranquille'", "la", "'", "diplomatie", "tranquille", "'");
    }

    @Test
    void treatsNoBreakSpacesAsWhitespace() {
        assertTokens("«\u00A0franche\u202F» :\u00A0non\u202F!", "«", "franche", "»", ":", "non", "!");
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        assertTokens("M. Lavrov et Mme Zakharova", "M.", "Lavrov", "et", "Mme", "Zakharova");
        assertTokens("le Dr. Martin, J. Smith, MM. Dupont", "le", "Dr.", "Martin", ",", "J.", "Smith", ",", "MM.",
                "Dupont");
        assertTokens("aux U.S. hier", "aux", "U.S.", "hier");
        assertTokens("la fin. etc.", "la", "fin", ".", "etc", ".");
    }

    @Test
    void keepsNumbersWhole() {
        assertTokens("25 ans, 10,5 millions", "25", "ans", ",", "10,5", "millions");
        assertTokens("date 2022-07 à 10:30, 1,5%.", "date", "2022-07", "à", "10:30", ",", "1,5", "%", ".");
        assertTokens("le G20.", "le", "G20", ".");
    }

    @Test
    void ellipsisIsOneToken() {
        assertTokens("vite... Puis… rien", "vite", "...", "Puis", "…", "rien");
    }

    @Test
    void splitsTrailingPunctuation() {
        assertTokens("Moscou, Kiev; Paris: Londres! Rome? fin.", "Moscou", ",", "Kiev", ";", "Paris", ":", "Londres",
                "!", "Rome", "?", "fin", ".");
        assertTokens("(voir plus bas).»", "(", "voir", "plus", "bas", ")", ".", "»");
    }

    @Test
    void tokensCoverEveryNonSpaceCharacterOfTheCorpusExactlyOnce() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, articles.size(), "seed corpus");
        for (Path article : articles) {
            String text = Files.readString(article);
            Span[] tokens = TOKENIZER.tokenizePos(text);
            int previousEnd = 0;
            for (Span token : tokens) {
                assertTrue(token.getStart() >= previousEnd && token.getEnd() > token.getStart(),
                        token + " overlaps the token before it or is empty in " + article);
                assertOnlySpaces(text, previousEnd, token.getStart(), article);
                for (int i = token.getStart(); i < token.getEnd(); i++) {
                    assertFalse(FrenchTokenizer.isSpace(text.charAt(i)), token + " holds a space in " + article);
                }
                previousEnd = token.getEnd();
            }
            assertOnlySpaces(text, previousEnd, text.length(), article);
        }
    }

    private static void assertOnlySpaces(String text, int from, int to, Path article) {
        for (int i = from; i < to; i++) {
            assertTrue(FrenchTokenizer.isSpace(text.charAt(i)),
                    "character " + i + " '" + text.charAt(i) + "' outside every token in " + article);
        }
    }
}
