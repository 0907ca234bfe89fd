package org.newskg.extract;

import org.newskg.mention.Doc;
import org.newskg.mention.WordList;

/** The prison term a detention sentence states ("neuf ans de prison", "25 ans de prison"), as printed. */
final class DetentionTerm {

    private static final WordList NUMBERS = WordList.load("extract/number-words.txt");

    /** The number a word writes out ("neuf", "trois"), or 0. */
    static int numberWord(String folded) {
        String value = NUMBERS.value(folded);
        return value == null ? 0 : Integer.parseInt(value);
    }

    /** The first "N ans de" or "N mois de" in the tokens [start, end), as printed, or null. */
    String in(Doc doc, int start, int end) {
        for (int j = start; j + 2 < end; j++) {
            String w = doc.folded(j);
            boolean number = w.chars().allMatch(Character::isDigit) || numberWord(w) > 0;
            if (number && (doc.folded(j + 1).equals("ans") || doc.folded(j + 1).equals("mois"))
                    && (doc.folded(j + 2).equals("de") || doc.folded(j + 2).equals("d'"))) {
                return doc.span(j, Math.min(end, j + 4));
            }
        }
        return null;
    }
}
