package org.newskg.resolve;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;
import org.newskg.text.LookupTables;

/**
 * Matching keys for person names: accents folded, lower case, a hyphenated Arabic article left out
 * ({@code name-articles.txt}), and transliteration variants brought to one spelling (rules in
 * {@code transliteration.tsv}), so Sergueï/Sergei, Viktor/Victor and al-Sissi/el-Sissi/Sissi meet.
 */
public final class NameKey {

    private static final List<String[]> RULES = loadRules();
    private static final Set<String> ARTICLES = LookupTables.copyOf(DataFile.lines("/org/newskg/resolve/name-articles.txt"));
    private static final Pattern REPEATED = Pattern.compile("(.)\\1+");

    private NameKey() {
    }

    /** The matching key of one name word. */
    public static String of(String word) {
        String k = lettersOnly(withoutArticle(Fold.of(word)));
        for (String[] rule : RULES) {
            k = k.replace(rule[0], rule[1]);
        }
        return withoutDoubles(k);
    }

    /** "al-sissi" to "sissi": the article before the first hyphen, where a name follows it. */
    private static String withoutArticle(String folded) {
        int hyphen = folded.indexOf('-');
        return hyphen > 0 && hyphen < folded.length() - 1 && ARTICLES.contains(folded.substring(0, hyphen))
                ? folded.substring(hyphen + 1) : folded;
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
