package org.newskg.lexicon;

/** Grammatical gender of a title: epicene titles ("ministre", "porte-parole") are UNKNOWN. */
public enum Gender { MASCULINE, FEMININE, UNKNOWN }
