package org.newskg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.eval.GoldArticle.Quote;

/**
 * How score.py compares names and quoted text: accent- and case-folded words, persons by surname and first
 * initial, quotes by shared words. Each method is the Python function of the same name.
 */
final class NameMatching {

    static final int MIN_QUOTE_WORDS = 4;
    static final double OVERLAP = 0.7;
    private static final Set<String> TITLES = Set.of("m", "mme", "mlle", "dr", "pr", "mr", "mrs", "ms", "sir",
            "monsieur", "madame", "president", "presidente");
    // Python's [\w'-]+ on str: letters, digits and numerics, underscore, apostrophe, hyphen.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_'-]+");
    private static final Pattern COMBINING = Pattern.compile("\\p{Mn}+");

    private NameMatching() {}

    /** (first, surname) of a person's name: {@code first} is empty for a single-word name. */
    record NameKey(String first, String surname) {}

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        return COMBINING.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
    }

    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The name's key with titles (M., Mme, président…) left out, or null when nothing else is left. */
    static NameKey nameKey(String name) {
        List<String> tokens = new ArrayList<>();
        for (String w : words(name)) {
            String t = w.replaceAll("^['-]+|['-]+$", "");
            if (!t.isEmpty() && !TITLES.contains(t)) {
                tokens.add(t);
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        return new NameKey(tokens.size() > 1 ? tokens.get(0) : "", tokens.get(tokens.size() - 1));
    }

    /** Same surname, and the same first initial where both names give a first name. */
    static boolean samePerson(String a, String b) {
        NameKey ka = nameKey(a);
        NameKey kb = nameKey(b);
        if (ka == null || kb == null || !ka.surname().equals(kb.surname())) {
            return false;
        }
        return ka.first().isEmpty() || kb.first().isEmpty()
                || ka.first().codePointAt(0) == kb.first().codePointAt(0);
    }

    /** The smaller of the shares of the predicted and of the gold words that the two have in common. */
    static double quoteOverlap(String pred, String gold) {
        List<String> p = words(pred);
        List<String> g = words(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> left = new HashMap<>();
        g.forEach(t -> left.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : p) {
            if (left.getOrDefault(t, 0) > 0) {
                left.merge(t, -1, Integer::sum);
                common++;
            }
        }
        return Math.min((double) common / p.size(), (double) common / g.size());
    }

    /**
     * Whether a predicted speaker fits a gold quote. For an unnamed source, right unless pinned on a person
     * the article names; for an organisation, one shared word of more than three letters is enough.
     */
    static boolean speakerOk(String predName, Quote gold, List<String> goldPersons) {
        boolean named = predName != null && !predName.isEmpty();
        if (gold.speaker() == null) {
            return !named || goldPersons.stream().noneMatch(p -> samePerson(predName, p));
        }
        if (!named) {
            return false;
        }
        if ("org".equals(gold.speakerType())) {
            List<String> predWords = longWords(predName);
            return longWords(gold.speaker()).stream().anyMatch(predWords::contains);
        }
        return samePerson(predName, gold.speaker());
    }

    private static List<String> longWords(String s) {
        return words(s).stream().filter(w -> w.codePointCount(0, w.length()) > 3).toList();
    }
}
