package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void slugFoldsAccentsAndJoinsWordsWithOneHyphen() {
        assertEquals("alexei-navalny", Iris.slug("Alexeï Navalny"));
        assertEquals("ministere-des-affaires-etrangeres-russie", Iris.slug("  Ministère des Affaires étrangères (Russie) "));
        assertEquals("hamad-al-thani", Iris.slug("Ḩamad Al‑Thani"));
        assertEquals("abc", Iris.slug("ＡＢＣ"));  // full-width letters, folded by NFKD
    }

    @Test
    void slugKeepsDigitsUnderscoresAndDots() {
        assertEquals("d03_le-monde.txt", Iris.slug("d03_Le Monde.txt"));
    }

    @Test
    void slugOfNothingUsable() {
        assertEquals("_", Iris.slug(""));
        assertEquals("_", Iris.slug("« — »"));
    }

    @Test
    void factIrisUseTheArticleSlug() {
        assertEquals("http://example.org/article/d01-tass/quote-3", new Iris("http://example.org").fact("D01 TASS", "quote", 3));
    }
}
