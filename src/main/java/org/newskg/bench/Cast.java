package org.newskg.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.newskg.lexicon.Gender;

/**
 * Who and which countries stand in for the seed's persons and countries in one generated article: each seed
 * person becomes one made-up person throughout the article, a different one for each seed person.
 */
final class Cast {

    private static final int DRAWS = 20;

    private final NamePool pool;
    private final CountryNames countries;
    private final Random random;
    private final Map<String, GeneratedPerson> persons = new HashMap<>();
    private final Set<GeneratedPerson> cast = new HashSet<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Set<String> usedCountries = new HashSet<>();

    Cast(NamePool pool, CountryNames countries, Random random) {
        this.pool = pool;
        this.countries = countries;
        this.random = random;
    }

    GeneratedPerson person(String seedPerson, Gender gender) {
        return persons.computeIfAbsent(seedPerson, k -> {
            GeneratedPerson p = pool.draw(gender, random);
            for (int i = 0; i < DRAWS && cast.contains(p); i++) {
                p = pool.draw(gender, random);
            }
            cast.add(p);
            return p;
        });
    }

    String country(String seedCode) {
        return countryNames.computeIfAbsent(seedCode, k -> {
            String name = countries.standIn(seedCode, random);
            for (int i = 0; i < DRAWS && usedCountries.contains(name); i++) {
                name = countries.standIn(seedCode, random);
            }
            usedCountries.add(name);
            return name;
        });
    }
}
