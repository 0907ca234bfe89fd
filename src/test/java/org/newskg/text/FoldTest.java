package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void lowersAndDropsAccentsInEveryScriptOfTheTable() {
        assertEquals("etat", Fold.of("État"));
        assertEquals("ministere des affaires etrangeres", Fold.of("Ministère des Affaires étrangères"));
        assertEquals("oeuvre", Fold.of("Œuvre"));
        assertEquals("serguei", Fold.of("Sergueï"));
        assertEquals("сергеи", Fold.of("Сергей"));
        assertEquals("αθηνα", Fold.of("Αθήνα"));
    }

    @Test
    void makesTypographicApostrophesAndHyphensPlain() {
        assertEquals("d'", Fold.of("d’"));
        assertEquals("aujourd'hui", Fold.of("Aujourd’hui"));
        assertEquals("jean-pierre", Fold.of("Jean\u2010Pierre"));
    }

    @Test
    void leavesOtherPunctuationAsItIs() {
        assertEquals("«", Fold.of("«"));
        assertEquals("—", Fold.of("—"));
        assertEquals("…", Fold.of("…"));
    }

    @Test
    void returnsAWordAlreadyFoldedAsItIs() {
        String folded = "prisonnier";
        assertSame(folded, Fold.of(folded));
    }

    /** Lexicon entries are folded once and the text's tokens once more in places: a second fold must not change them. */
    @Test
    void foldingTwiceIsFoldingOnce() {
        List<String> changed = new ArrayList<>();
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String once = Fold.of(String.valueOf(c));
            if (!Fold.of(once).equals(once)) {
                changed.add(Integer.toHexString(c));
            }
        }
        assertTrue(changed.isEmpty(), "folded again differently: " + changed);
    }

    @Test
    void wordsAreTheFoldedRunsOfLettersAndDigits() {
        assertEquals(List.of("l", "echange", "de", "2022", "a", "abou", "dhabi"),
                Fold.words("L’échange de 2022, à Abou Dhabi !"));
    }
}
