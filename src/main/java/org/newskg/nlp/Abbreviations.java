package org.newskg.nlp;

import java.util.Set;

/**
 * Words whose final period is part of the word rather than a sentence end: listed abbreviations ("M.",
 * "Dr."), single capital initials ("J.") and dotted initialisms ("U.S.").
 */
final class Abbreviations {

    private final Set<String> listed;

    Abbreviations(Set<String> listed) {
        this.listed = listed;
    }

    static Abbreviations load() {
        return new Abbreviations(WordLists.words("abbreviations.txt"));
    }

    /** Whether the word {@code text[start, end)}, which a period follows, keeps that period. */
    boolean keepsPeriod(CharSequence text, int start, int end) {
        return end > start && (listed.contains(text.subSequence(start, end).toString())
                || isInitials(text, start, end));
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
