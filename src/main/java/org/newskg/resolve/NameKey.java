package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        String k = fold(word).replaceAll("[^a-z]", "");
        for (String[] rule : RULES) {
            k = k.replace(rule[0], rule[1]);
        }
        return k.replaceAll("(.)\\1+", "$1");
    }

    /** Accents folded away and lower case; typographic apostrophes made plain. */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static List<String[]> loadRules() {
        List<String[]> rules = new ArrayList<>();
        try (InputStream in = NameKey.class.getResourceAsStream("/org/newskg/resolve/transliteration.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rules.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
