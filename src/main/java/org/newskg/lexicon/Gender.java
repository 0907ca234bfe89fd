package org.newskg.lexicon;

/**
 * Grammatical gender of a title, or the sex a given name usually tells: epicene titles ("ministre",
 * "porte-parole") and names given to both sexes ("Camille") are UNKNOWN.
 */
public enum Gender {
    MASCULINE, FEMININE, UNKNOWN;

    /** Whether both genders are known and differ: "ancien typographe" cannot be said of Mathilde. */
    public boolean contradicts(Gender other) {
        return this != UNKNOWN && other != UNKNOWN && this != other;
    }
}
