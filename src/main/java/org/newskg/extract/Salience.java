package org.newskg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which person the article last put forward as a subject or a speaker: what "a-t-il ajouté" or "Il a
 * déclaré" refers to.
 */
final class Salience {

    private final Map<String, Integer> lastSeen = new HashMap<>();
    private int clock;

    void touch(String person) {
        if (person != null) {
            lastSeen.put(person, ++clock);
        }
    }

    /** Whether the article has put {@code person} forward as a subject or a speaker so far. */
    boolean putForward(String person) {
        return lastSeen.containsKey(person);
    }

    Optional<String> mostRecent(Predicate<String> acceptable) {
        return lastSeen.entrySet().stream().filter(e -> acceptable.test(e.getKey()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
