package org.newskg.extract;

import java.util.HashSet;
import java.util.Set;
import org.newskg.mention.Doc;
import org.newskg.mention.WordList;

/**
 * "Mohammad X, 58 ans, … Le quinquagénaire serait incarcéré": a noun for an age decade ({@code
 * extract/age-nouns.tsv}) stands for the one person the sentences before gave an age of that decade, in the
 * apposition ", 58 ans" right after the name.
 */
final class StatedAges {

    private static final WordList AGE_NOUNS = WordList.load("extract/age-nouns.tsv");
    private static final int DECADE = 10;

    private StatedAges() {
    }

    /** Whether the word at {@code k} describes a person by the decade of their age. */
    private static boolean ageNoun(Doc doc, int k) {
        return AGE_NOUNS.contains(doc.folded(k));
    }

    /**
     * The last token of the one person whose stated age falls in the decade the age noun at {@code noun} names,
     * within {@code reach} sentences before it; -1 when no one or several persons have such an age.
     */
    static int personOfAge(Doc doc, PersonTable persons, int noun, int reach) {
        if (!ageNoun(doc, noun)) {
            return -1;
        }
        int youngest = Integer.parseInt(AGE_NOUNS.value(doc.folded(noun)));
        int from = doc.sentenceStart(Math.max(0, doc.sentenceOf(noun) - reach));
        Set<String> aged = new HashSet<>();
        int last = -1;
        for (int k = from; k < noun; k++) {
            if (!persons.hasPersonAt(k) || persons.hasPersonAt(k + 1)) {
                continue; // the name's last token
            }
            int age = statedAge(doc, k + 1, noun);
            if (age >= youngest && age < youngest + DECADE) {
                aged.add(persons.personAt(k));
                last = k;
            }
        }
        return aged.size() == 1 ? last : -1;
    }

    /** ", 58 ans" from token {@code k}: the age, or -1. */
    private static int statedAge(Doc doc, int k, int limit) {
        if (k + 2 >= limit || !",".equals(doc.folded(k)) || !"ans".equals(doc.folded(k + 2))) {
            return -1;
        }
        String number = doc.folded(k + 1);
        return number.chars().allMatch(Character::isDigit) && number.length() <= 3 ? Integer.parseInt(number) : -1;
    }
}
