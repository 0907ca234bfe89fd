package org.newskg.resolve;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;

/**
 * Matching keys for person names: accents folded, lower case, and transliteration variants brought to
 * one spelling (rules in {@code transliteration.tsv}), so Sergueï/Sergei and Viktor/Victor meet.
 */
public final class NameKey {

    private static final List<String[]> RULES = loadRules();
    private static final Pattern REPEATED = Pattern.compile("(.)\\1+");

    private NameKey() {
    }

    /** The matching key of one name word. */
    public static String of(String word) {
        String k = lettersOnly(Fold.of(word));
        for (String[] rule : RULES) {
            k = k.replace(rule[0], rule[1]);
        }
        return withoutDoubles(k);
    }

    /** The letters a to z of {@code folded}, in order. */
    private static String lettersOnly(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Each run of one repeated letter cut to a single letter ("ll" to "l"); other characters left to the regex. */
    private static String withoutDoubles(String k) {
        StringBuilder out = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c < 'a' || c > 'z') {
                return REPEATED.matcher(k).replaceAll("$1");
            }
            if (i == 0 || c != k.charAt(i - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String[]> loadRules() {
        return DataFile.rows("/org/newskg/resolve/transliteration.tsv");
    }
}
