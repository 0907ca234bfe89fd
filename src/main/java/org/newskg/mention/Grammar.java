package org.newskg.mention;

import org.newskg.lexicon.Gender;

/** Small closed classes of French words that attribution rules move across (data in this package). */
public final class Grammar {

    private static final WordList CLITICS = WordList.load("mention/verb-clitics.txt");
    private static final WordList CLAUSE_OPENERS = WordList.load("mention/clause-openers.txt");
    private static final WordList ADJUNCT_OPENERS = WordList.load("mention/adjunct-openers.txt");
    private static final WordList DETERMINERS = WordList.load("mention/determiners.txt");
    private static final WordList TITLES = WordList.load("mention/titles.tsv");

    private Grammar() {
    }

    /** Not the subject, though it stands between subject and verb: "ne", "lui", "-t-il", "lui-même". */
    public static boolean clitic(String folded) {
        return CLITICS.contains(folded);
    }

    public static boolean clauseOpener(String folded) {
        return CLAUSE_OPENERS.contains(folded);
    }

    public static boolean adjunctOpener(String folded) {
        return ADJUNCT_OPENERS.contains(folded);
    }

    /** A civil title before a name ("M.", "Mme", "Monsieur"); the caller checks it is capitalised. */
    public static boolean title(String folded) {
        return TITLES.contains(folded);
    }

    public static Gender titleGender(String folded) {
        return TITLES.gender(folded);
    }

    public static boolean determiner(String folded) {
        return DETERMINERS.contains(folded);
    }

    public static Gender determinerGender(String folded) {
        return DETERMINERS.gender(folded);
    }

    /** "il", "-t-il", "-il" → masculine; "elle", "-t-elle", "-elle" → feminine; else null. */
    public static Gender subjectPronoun(String folded) {
        return switch (folded) {
            case "il", "-il", "-t-il" -> Gender.MASCULINE;
            case "elle", "-elle", "-t-elle" -> Gender.FEMININE;
            default -> null;
        };
    }
}
