package org.newskg.nlp;

import java.util.Set;

/**
 * Words whose final period is part of the word rather than a sentence end: listed abbreviations ("M.",
 * "Dr."), single capital initials ("J.") but before a subject pronoun ("la prison de Rodeo I. Il …"), and dotted
 * initialisms ("U.S.").
 */
final class Abbreviations {

    private final Set<String> listed;
    private final Set<String> sentenceOpeners;

    Abbreviations(Set<String> listed, Set<String> sentenceOpeners) {
        this.listed = listed;
        this.sentenceOpeners = sentenceOpeners;
    }

    static Abbreviations load() {
        return new Abbreviations(WordLists.words("abbreviations.txt"), WordLists.words("sentence-opening-pronouns.txt"));
    }

    /** Whether the word {@code text[start, end)}, which a period follows, keeps that period. */
    boolean keepsPeriod(CharSequence text, int start, int end) {
        return end > start && (listed.contains(text.subSequence(start, end).toString())
                || isInitials(text, start, end) && !(end - start == 1 && pronounAfter(text, end + 1)));
    }

    /**
     * Whether the word after the spaces from {@code from} is a subject pronoun opening a sentence ("I. Il"), or
     * nothing follows: the sentence detector has ended the sentence there.
     */
    private boolean pronounAfter(CharSequence text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length()) {
            return true;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')) {
            end++;
        }
        return start > from && sentenceOpeners.contains(text.subSequence(start, end).toString());
    }

    /** "J", "U.S", "J.F": single letters separated by periods, the first one a capital. */
    private static boolean isInitials(CharSequence text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            boolean letterSlot = (i - start) % 2 == 0;
            char c = text.charAt(i);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (end - start) % 2 == 1;
    }

    /**
     * The start of the word that ends at {@code end} (exclusive, just before a period): letters, and the
     * periods between them in initialisms.
     */
    static int wordStart(CharSequence text, int end) {
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1))
                || text.charAt(start - 1) == '.' && start - 1 > 0 && Character.isLetter(text.charAt(start - 2)))) {
            start--;
        }
        return start;
    }
}
