package org.newskg.bench;

import org.newskg.lexicon.Gender;

/** A made-up person of the generated corpus. */
public record GeneratedPerson(String firstName, String surname, Gender gender) {
}
