package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountriesTest {

    private final Countries countries = Lexicon.get().countries();

    @Test
    void listsExactlyTheIsoCountries() {
        Set<String> iso = new TreeSet<>(Set.of(Locale.getISOCountries()));
        Set<String> listed = countries.all().stream().map(Country::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(iso, listed);
    }

    @Test
    void everyCountryHasAGenderThatChoosesAPreposition() {
        for (Country country : countries.all()) {
            assertTrue(Set.of("m", "f", "mpl", "fpl").contains(country.gender()), country.toString());
        }
    }

    @Test
    void nameIsTheFrenchCldrName() {
        assertEquals("Russie", countries.byCode("RU").orElseThrow().name());
        assertEquals("États-Unis", countries.byCode("us").orElseThrow().name());
        assertEquals("mpl", countries.byCode("US").orElseThrow().gender());
    }

    @Test
    void demonymsInEveryGenderAndNumber() {
        assertEquals("US", countries.byDemonym("américaines").orElseThrow().code());
        assertEquals("US", countries.byDemonym("Américain").orElseThrow().code());
        assertEquals("RU", countries.byDemonym("russe").orElseThrow().code());
        assertEquals("RU", countries.byDemonym("Russes").orElseThrow().code());
        assertEquals("UA", countries.byDemonym("ukrainiennes").orElseThrow().code());
        assertEquals("KP", countries.byDemonym("nord-coréen").orElseThrow().code());
        assertEquals("GR", countries.byDemonym("grecque").orElseThrow().code());
        assertFalse(countries.byDemonym("ministre").isPresent());
    }

    @Test
    void aDemonymSharedByTwoCountriesPicksNone() {
        assertFalse(countries.byDemonym("congolais").isPresent());
    }

    @Test
    void countryNamesWithAndWithoutAccentsAndAcronyms() {
        assertCountry("US", 1, List.of("aux", "États-Unis"), 1);
        assertCountry("US", 1, List.of("Etats-Unis"), 0);
        assertCountry("US", 1, List.of("USA"), 0);
        assertCountry("RU", 1, List.of("la", "Russie", "a"), 1);
        assertCountry("KP", 3, List.of("Corée", "du", "Nord"), 0);
        assertCountry("GB", 1, List.of("Grande-Bretagne"), 0);
        assertCountry("BY", 1, List.of("Bélarus"), 0);
        assertCountry("CI", 3, List.of("Côte", "d’", "Ivoire"), 0);
        assertCountry("CD", 1, List.of("RDC"), 0);
        assertFalse(countries.nameAt(List.of("Corée"), 0).isPresent());
    }

    @Test
    void aLongerPlaceNameHidesTheCountryItStartsWith() {
        assertCountry("US", 1, List.of("l'", "Amérique", "de", "Trump"), 1);
        assertFalse(countries.nameAt(List.of("Amérique", "latine"), 0).isPresent());
        assertFalse(countries.placeAt(List.of("Amérique", "latine"), 0).isPresent());
        assertFalse(countries.nameAt(List.of("Irlande", "du", "Nord"), 0).isPresent());
        assertPlace("GB", 3, List.of("Irlande", "du", "Nord"), 0);
    }

    @Test
    void namesThatAreCommonWordsMatchOnlyCapitalised() {
        assertCountry("GD", 1, List.of("la", "Grenade"), 1);
        assertFalse(countries.nameAt(List.of("une", "grenade"), 1).isPresent());
        assertCountry("RE", 2, List.of("à", "la", "Réunion"), 1);
        assertCountry("RE", 2, List.of("La", "Réunion"), 0);
        assertFalse(countries.nameAt(List.of("la", "réunion", "de"), 0).isPresent());
        assertPlace("AT", 1, List.of("Vienne"), 0);
        assertFalse(countries.placeAt(List.of("qu'il", "vienne"), 1).isPresent());
    }

    @Test
    void placesGiveTheirCountry() {
        assertPlace("IN", 2, List.of("New", "Delhi"), 0);
        assertPlace("RU", 1, List.of("à", "Moscou"), 1);
        assertPlace("RU", 1, List.of("Saint-Pétersbourg"), 0);
        assertPlace("UA", 1, List.of("Kyiv"), 0);
        assertPlace("UA", 1, List.of("Kiev"), 0);
        assertPlace("US", 1, List.of("Illinois"), 0);
        assertPlace("US", 3, List.of("Caroline", "du", "Nord"), 0);
        assertPlace("US", 2, List.of("La", "Nouvelle-Orléans"), 0);
        assertPlace("US", 1, List.of("Guantanamo"), 0);
        assertPlace("RU", 1, List.of("Lefortovo"), 0);
        assertPlace("RU", 1, List.of("Mordovie"), 0);
        assertPlace("EG", 1, List.of("au", "Caire"), 1);
        assertFalse(countries.placeAt(List.of("Géorgie"), 0).isPresent(), "Géorgie alone is the country");
        assertPlace("US", 3, List.of("État", "de", "Géorgie"), 0);
    }

    private void assertCountry(String code, int length, List<String> tokens, int from) {
        PhraseMatch<Country> match = countries.nameAt(tokens, from).orElseThrow(() -> new AssertionError(tokens));
        assertEquals(code, match.value().code(), tokens.toString());
        assertEquals(length, match.length(), tokens.toString());
    }

    private void assertPlace(String code, int length, List<String> tokens, int from) {
        PhraseMatch<String> match = countries.placeAt(tokens, from).orElseThrow(() -> new AssertionError(tokens));
        assertEquals(code, match.value(), tokens.toString());
        assertEquals(length, match.length(), tokens.toString());
    }
}
