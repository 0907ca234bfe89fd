package org.newskg.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.lexicon.Country;

/**
 * The countries of the lexicon, to find their names in seed text and to pick stand-ins: a country whose name
 * takes the same article and preposition (gender and number, and elision before a vowel), so that "en
 * Russie" may become "en Pologne" and "l'Allemagne" "l'Autriche", never "en Brésil".
 */
final class CountryNames {

    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, String> groupByCode = new HashMap<>();
    private final Map<String, List<String>> namesByGroup = new LinkedHashMap<>();
    private final Pattern names;

    CountryNames(Collection<Country> countries) {
        for (Country c : countries) {
            c.names().forEach(n -> byName.put(n, c));
            String group = c.gender() + (startsWithVowel(c.name()) ? "+elided" : "");
            groupByCode.put(c.code(), group);
            namesByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(c.name());
        }
        // longest first, so that "Corée du Nord" wins over "Corée"
        names = Pattern.compile(byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")));
    }

    /** Matches the country names of the lexicon as whole words. */
    Pattern pattern() {
        return names;
    }

    /** The ISO code of a name {@link #pattern()} matched. */
    String code(String name) {
        return byName.get(name).code();
    }

    /** The name of a country of the same group as {@code code}, at random; the country itself may come back. */
    String standIn(String code, Random random) {
        List<String> group = namesByGroup.get(groupByCode.get(code));
        return group.get(random.nextInt(group.size()));
    }

    private static boolean startsWithVowel(String name) {
        char c = Character.toLowerCase(name.charAt(0));
        return "aeiouyàâéèêëîïôöùûü".indexOf(c) >= 0;
    }
}
