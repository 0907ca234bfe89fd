package org.newskg.lexicon;

/**
 * One inflected form of a verb that introduces or attributes reported speech.
 *
 * @param lemma the infinitive, with its reflexive pronoun when it has one ("s'exclamer")
 * @param form  the inflected form, lower case ("déclarée")
 * @param tense participle|present|past|imperfect|future|conditional|infinitive
 *              (past = passé simple; present/past/imperfect/future/conditional forms are third person)
 */
public record SpeechVerb(String lemma, String form, String tense) {
}
