package org.newskg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {

    private static List<String> texts(String s) {
        return QuoteSpans.find(s).stream().map(q -> q.text(s)).toList();
    }

    @Test
    void guillemetsWithNarrowSpacesLoseTheirSpaces() {
        assertEquals(List.of("Nous avons eu une discussion franche"),
                texts("« Nous avons eu une discussion franche », a déclaré le secrétaire d’État."));
    }

    @Test
    void straightQuotesOpenAndClose() {
        String s = "\"Nous avons eu une conversation franche et directe\", a déclaré Blinken. \"J'ai fait pression\", a-t-il ajouté.";
        assertEquals(List.of("Nous avons eu une conversation franche et directe", "J'ai fait pression"), texts(s));
    }

    @Test
    void mixedMarksAndNestedQuotesMakeOneOuterQuote() {
        String s = "a déclaré que “concernant un échange, la partie russe a proposé un dialogue en mode “diplomatie tranquille”, sans spéculations”.";
        assertEquals(List.of("concernant un échange, la partie russe a proposé un dialogue en mode “diplomatie tranquille”, sans spéculations"),
                texts(s));
        assertEquals(List.of("Je ne vais pas caractériser sa réponse"),
                texts("« Je ne vais pas caractériser sa réponse” à ce que l’administration a appelé"));
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        String s = "Lavrov a attiré l’attention de Blinken « sur le fait que les armes prolongent le conflit.\nParagraphe suivant.";
        List<QuoteSpan> spans = QuoteSpans.find(s);
        assertEquals(1, spans.size());
        assertFalse(spans.get(0).closed());
        assertEquals("sur le fait que les armes prolongent le conflit.", spans.get(0).text(s));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), texts("L’ambassadrice n’a pas dit qu’elle viendrait."));
    }
}
