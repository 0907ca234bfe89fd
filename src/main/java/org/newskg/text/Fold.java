package org.newskg.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The matching key of a word: lower case, accents removed, typographic apostrophes made plain, so that
 * "État", "etat" and "ETAT" or "d’" and "d'" meet. Called on every token of the corpus, so Latin letters are
 * folded through a table computed once; only other scripts go through Unicode normalization per call.
 */
public final class Fold {

    /** Folded form of each character below this bound: Latin, Greek, Cyrillic, and the punctuation of French. */
    private static final int TABLE_SIZE = 0x2070;
    private static final String[] TABLE = new String[TABLE_SIZE];
    /** Whether folding leaves the character as it is: most words are already folded, and are returned as they are. */
    private static final boolean[] KEPT = new boolean[TABLE_SIZE];
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = normalize(String.valueOf(c));
            KEPT[c] = TABLE[c].equals(String.valueOf(c));
        }
    }

    private Fold() {
    }

    public static String of(String word) {
        int i = 0;
        while (i < word.length() && kept(word.charAt(i))) {
            i++;
        }
        if (i == word.length()) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + 1).append(word, 0, i);
        for (; i < word.length(); i++) {
            char c = word.charAt(i);
            if (kept(c)) {
                out.append(c);
            } else {
                out.append(c < TABLE_SIZE ? TABLE[c] : normalize(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static boolean kept(char c) {
        return c < TABLE_SIZE && KEPT[c];
    }

    /** The words of a text, folded: its runs of letters and digits, punctuation and spacing left out. */
    public static List<String> words(String text) {
        return WORD.matcher(of(text)).results().map(MatchResult::group).toList();
    }

    /** Lower case with typographic apostrophes made plain, accents kept: for words an accent tells apart. */
    public static String lower(String word) {
        return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static String normalize(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                }
                default -> out.append(switch (c) {
                    case '\u2019', '\u2018', '\u02BC' -> "'";
                    case '\u2010', '\u2011' -> "-";
                    case '\u0153', '\u0152' -> "oe";
                    case '\u00E6', '\u00C6' -> "ae";
                    default -> String.valueOf(c).toLowerCase(Locale.ROOT);
                });
            }
        }
        return out.toString();
    }
}
