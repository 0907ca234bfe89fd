package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;
import org.newskg.text.LookupTables;

/**
 * Countries by ISO code, French name, demonym, and the places (cities, regions, prisons) that lie in them.
 * Data: {@code countries.tsv}, {@code places.tsv} and {@code place-adjectives.tsv}.
 */
public final class Countries {

    /** The iso2 column value of places.tsv rows that are not in one country (continents, world regions). */
    private static final String NO_COUNTRY = "-";
    /** The kind column value of places.tsv rows that name a prison or a detention centre. */
    private static final String PRISON = "prison";

    private final Map<String, Country> byCode;
    private final PhraseMatcher<Country> names;
    private final Map<String, Country> byDemonym;
    /** Demonyms that name people of several countries ("congolais"): adjectives all the same. */
    private final Set<String> sharedDemonyms;
    private final Map<String, String> placeAdjectives;
    private final PhraseMatcher<String> places;
    private final PhraseMatcher<String> prisons;

    private Countries(Map<String, Country> byCode, PhraseMatcher<Country> names, Map<String, Country> byDemonym,
                      Set<String> sharedDemonyms, Map<String, String> placeAdjectives, PhraseMatcher<String> places,
                      PhraseMatcher<String> prisons) {
        this.byCode = byCode;
        this.names = names;
        this.byDemonym = byDemonym;
        this.sharedDemonyms = sharedDemonyms;
        this.placeAdjectives = placeAdjectives;
        this.places = places;
        this.prisons = prisons;
    }

    static Countries load(String countriesResource, String placesResource, String placeAdjectivesResource) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        PhraseMatcher.Builder<Country> names = PhraseMatcher.builder();
        Map<String, Country> byDemonym = new HashMap<>();
        Set<String> ambiguousDemonyms = new HashSet<>();
        for (String[] row : DataFile.rows(countriesResource)) {
            // Other forms first: a capitalised-only form ("^la Réunion") overrides the plain name it spells.
            List<String> forms = new ArrayList<>(DataFile.alternatives(row[2]));
            forms.add(row[1]);
            Set<String> allNames = new LinkedHashSet<>();
            forms.forEach(form -> allNames.add(form.replace("^", "")));
            Country country = new Country(row[0], row[1].replace("^", ""), Set.copyOf(allNames), row[3]);
            if (byCode.put(country.code(), country) != null) {
                throw new IllegalStateException("country listed twice: " + country.code());
            }
            forms.forEach(form -> names.add(form, country));
            for (String demonym : DataFile.alternatives(row[4])) {
                Country previous = byDemonym.put(Fold.of(demonym), country);
                if (previous != null && previous != country) {
                    ambiguousDemonyms.add(Fold.of(demonym));
                }
            }
        }
        // "congolais" names people of two countries: such a word says nothing about which.
        ambiguousDemonyms.forEach(byDemonym::remove);

        PhraseMatcher.Builder<String> places = PhraseMatcher.builder();
        PhraseMatcher.Builder<String> prisons = PhraseMatcher.builder();
        for (String[] row : DataFile.rows(placesResource)) {
            String code = row[1];
            if (!code.equals(NO_COUNTRY) && !byCode.containsKey(code)) {
                throw new IllegalStateException("place in an unknown country: " + String.join("\t", row));
            }
            List<String> spellings = DataFile.alternatives(row[0]);
            spellings.forEach(name -> places.add(name, code));
            if (PRISON.equals(row[2])) {
                spellings.forEach(name -> prisons.add(name, code));
            }
        }
        Map<String, String> placeAdjectives = new HashMap<>();
        for (String[] row : DataFile.rows(placeAdjectivesResource)) {
            if (!byCode.containsKey(row[1])) {
                throw new IllegalStateException("place adjective of an unknown country: " + String.join("\t", row));
            }
            placeAdjectives.put(Fold.of(row[0]), row[1]);
        }
        return new Countries(Collections.unmodifiableMap(byCode), names.build(), LookupTables.copyOf(byDemonym),
                Set.copyOf(ambiguousDemonyms), LookupTables.copyOf(placeAdjectives), places.build(), prisons.build());
    }

    public Optional<Country> byCode(String iso2) {
        return Optional.ofNullable(byCode.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /**
     * The country whose name starts at {@code from} ("Russie", "États-Unis", "Corée du Nord", "USA"), unless a
     * longer place name starts there: "Amérique latine" is not "Amérique", "Panama City" is a city.
     */
    public Optional<PhraseMatch<Country>> nameAt(List<String> tokens, int from) {
        Optional<PhraseMatch<Country>> name = names.longestAt(tokens, from);
        if (name.isPresent()) {
            Optional<PhraseMatch<String>> place = places.longestAt(tokens, from);
            if (place.isPresent() && place.get().length() > name.get().length()) {
                return Optional.empty();
            }
        }
        return name;
    }

    /** The country of this demonym in any gender and number ("russe", "Américaines"); empty when it is shared. */
    public Optional<Country> byDemonym(String word) {
        return Optional.ofNullable(byDemonym.get(Fold.of(word)));
    }

    /**
     * The ISO code of the country a city or region adjective points to ("pékinoise": CN, "new-yorkaise": US), or
     * null.
     */
    public String byPlaceAdjective(String word) {
        return placeAdjectives.get(Fold.of(word));
    }

    /** Whether {@code word} is a demonym (of one country or several) or a city or region adjective. */
    public boolean isPlaceAdjective(String word) {
        String folded = Fold.of(word);
        return byDemonym.containsKey(folded) || sharedDemonyms.contains(folded) || placeAdjectives.containsKey(folded);
    }

    /** The ISO code of the city, region, state, prison or airport whose name starts at {@code from}. */
    public Optional<PhraseMatch<String>> placeAt(List<String> tokens, int from) {
        return places.longestAt(tokens, from).filter(match -> !match.value().equals(NO_COUNTRY));
    }

    /** The ISO code of the prison whose name starts at {@code from} ("Evin", "El Helicoide"). */
    public Optional<PhraseMatch<String>> prisonAt(List<String> tokens, int from) {
        return prisons.longestAt(tokens, from);
    }

    /** Whether a place name of any kind starts at {@code from}, one that lies in no one country included. */
    public Optional<PhraseMatch<String>> anyPlaceAt(List<String> tokens, int from) {
        return places.longestAt(tokens, from);
    }

    /** Number of tokens of the longest country or place name. */
    public int maxLength() {
        return Math.max(names.maxLength(), places.maxLength());
    }

    public Collection<Country> all() {
        return byCode.values();
    }
}
