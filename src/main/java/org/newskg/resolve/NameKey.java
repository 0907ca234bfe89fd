package org.newskg.resolve;

import java.util.List;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;

/**
 * Matching keys for person names: accents folded, lower case, and transliteration variants brought to
 * one spelling (rules in {@code transliteration.tsv}), so Sergueï/Sergei and Viktor/Victor meet.
 */
public final class NameKey {

    private static final List<String[]> RULES = loadRules();

    private NameKey() {
    }

    /** The matching key of one name word. */
    public static String of(String word) {
        String k = Fold.of(word).replaceAll("[^a-z]", "");
        for (String[] rule : RULES) {
            k = k.replace(rule[0], rule[1]);
        }
        return k.replaceAll("(.)\\1+", "$1");
    }

    private static List<String[]> loadRules() {
        return DataFile.rows("/org/newskg/resolve/transliteration.tsv");
    }
}
