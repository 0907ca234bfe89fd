package org.newskg.extract;

/** Grammatical gender as French marks it on titles, participles and pronouns. */
public enum Gender { MASCULINE, FEMININE, UNKNOWN }
