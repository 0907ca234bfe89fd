package org.newskg.lexicon;

/**
 * Grammatical gender of a title, or the sex a given name usually tells: epicene titles ("ministre",
 * "porte-parole") and names given to both sexes ("Camille") are UNKNOWN.
 */
public enum Gender { MASCULINE, FEMININE, UNKNOWN }
