package org.newskg.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;
import org.newskg.text.LookupTables;

/**
 * Given names with the sex of most of their bearers ({@code lexicon/first-names.txt}). A hyphenated compound of
 * listed names is one too ("Frank-Walter", "Anne-Sophie", "Marc-Antoine"), of its first part's sex, as French
 * compound given names take it ("Jean-Marie" is a man's, "Marie-Claire" a woman's).
 */
public final class FirstNames {

    private final Map<String, Gender> genders;

    private FirstNames(Map<String, Gender> genders) {
        this.genders = genders;
    }

    /** first-names.txt: name and m, f or u (both); two spellings that fold alike must agree. */
    static FirstNames load(String resource) {
        List<String[]> rows = DataFile.rows(resource);
        Map<String, Gender> genders = new HashMap<>();
        for (String[] row : rows) {
            Gender gender = switch (row.length == 2 ? row[1] : "") {
                case "m" -> Gender.MASCULINE;
                case "f" -> Gender.FEMININE;
                case "u" -> Gender.UNKNOWN;
                default -> throw new IllegalStateException(
                        "first name without gender m, f or u: " + String.join("\t", row));
            };
            genders.merge(Fold.of(row[0]), gender, (a, b) -> {
                if (a != b) {
                    throw new IllegalStateException("first name listed with two genders: " + row[0]);
                }
                return a;
            });
        }
        return new FirstNames(LookupTables.copyOf(genders));
    }

    /** How many names are listed. */
    public int size() {
        return genders.size();
    }

    /** Whether {@code word}, folded, is a listed given name or a hyphenated compound of them. */
    public boolean contains(String word) {
        String key = Fold.of(word);
        if (genders.containsKey(key)) {
            return true;
        }
        int hyphen = key.indexOf('-');
        if (hyphen <= 0 || hyphen == key.length() - 1) {
            return false;
        }
        for (String part : key.split("-")) {
            if (!genders.containsKey(part)) {
                return false;
            }
        }
        return true;
    }

    /** The sex of most bearers of {@code word}: UNKNOWN for a name given to both sexes and for a word not listed. */
    public Gender gender(String word) {
        String key = Fold.of(word);
        Gender listed = genders.get(key);
        if (listed != null || !contains(key)) {
            return listed == null ? Gender.UNKNOWN : listed;
        }
        return genders.get(key.substring(0, key.indexOf('-')));
    }
}
