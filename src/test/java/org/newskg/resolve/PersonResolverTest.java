package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonResolverTest {

    @Test
    void transliterationsAndSurnamesMeetFullNames() {
        Map<String, ResolvedPerson> r = PersonResolver.resolveArticles(List.of(
                List.of("Sergueï Lavrov", "Viktor Bout", "Blinken"),
                List.of("Sergei Lavrov", "Victor Bout", "Antony Blinken"),
                List.of("Lavrov")));
        assertEquals(r.get("Sergueï Lavrov"), r.get("Sergei Lavrov"));
        assertEquals(r.get("Sergueï Lavrov"), r.get("Lavrov"));
        assertEquals(r.get("Viktor Bout"), r.get("Victor Bout"));
        assertEquals("antony-blinken", r.get("Blinken").slug());
        assertTrue(r.get("Lavrov").forms().containsAll(List.of("Sergueï Lavrov", "Sergei Lavrov", "Lavrov")));
    }

    @Test
    void differentFirstNamesAreDifferentPeopleAndABareSurnameStaysApart() {
        Map<String, ResolvedPerson> r = PersonResolver.resolveArticles(List.of(
                List.of("Joe Biden", "Hunter Biden"), List.of("Biden")));
        assertNotEquals(r.get("Joe Biden"), r.get("Hunter Biden"));
        assertNotEquals(r.get("Biden"), r.get("Joe Biden"));
        assertNotEquals(r.get("Biden"), r.get("Hunter Biden"));
    }

    @Test
    void labelIsTheFullNameMostArticlesGive() {
        Map<String, ResolvedPerson> r = PersonResolver.resolveArticles(List.of(
                List.of("Alexeï Navalny"), List.of("Alexei Navalny"), List.of("Alexei Navalny"), List.of("Navalny")));
        assertEquals("Alexei Navalny", r.get("Navalny").label());
        assertEquals("alexei-navalny", r.get("Alexeï Navalny").slug());
    }
}
