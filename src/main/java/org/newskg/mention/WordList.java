package org.newskg.mention;

import java.util.HashMap;
import java.util.Map;
import org.newskg.lexicon.Gender;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;
import org.newskg.text.LookupTables;

/**
 * A small list of words from a resource under {@code /org/newskg/}, one entry a line with an optional
 * tab-separated value (a gender m|f|u, or a kind); {@code #} starts a comment line. Entries are folded
 * (lower case, no accents) and looked up folded.
 */
public final class WordList {

    private final Map<String, String> words;

    private WordList(Map<String, String> words) {
        this.words = words;
    }

    /** @param resource path under {@code /org/newskg/}, e.g. {@code "mention/titles.tsv"} */
    public static WordList load(String resource) {
        Map<String, String> words = new HashMap<>();
        for (String line : DataFile.lines("/org/newskg/" + resource)) {
            String[] f = line.split("\t");
            words.put(Fold.of(f[0].strip()), f.length > 1 ? f[1].strip() : "");
        }
        return new WordList(LookupTables.copyOf(words));
    }

    public boolean contains(String folded) {
        return words.containsKey(folded);
    }

    /** The entry's value column, or null when the word is not listed. */
    public String value(String folded) {
        return words.get(folded);
    }

    public Gender gender(String folded) {
        String g = words.getOrDefault(folded, "");
        return switch (g) {
            case "m" -> Gender.MASCULINE;
            case "f" -> Gender.FEMININE;
            default -> Gender.UNKNOWN;
        };
    }
}
