package org.newskg.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key of a word: lower case, accents removed, typographic apostrophes made plain, so that
 * "État", "etat" and "ETAT" or "d’" and "d'" meet. Called on every token of the corpus: ASCII words take a
 * fast path without Unicode normalization.
 */
final class Fold {

    private Fold() {
    }

    static String of(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return slow(word);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** Lower case with typographic apostrophes made plain, accents kept: for words an accent tells apart. */
    static String lower(String word) {
        return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static String slow(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                }
                default -> out.append(switch (c) {
                    case '\u2019', '\u2018', '\u02BC', '\u00B4' -> "'";
                    case '\u2010', '\u2011' -> "-";
                    case '\u0153' -> "oe";
                    case '\u0152' -> "oe";
                    case '\u00E6', '\u00C6' -> "ae";
                    default -> String.valueOf(Character.toLowerCase(c));
                });
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
