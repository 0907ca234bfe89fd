package org.newskg.extract;

import java.util.HashSet;
import java.util.Set;
import org.newskg.lexicon.Gender;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
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
     * within {@code reach} sentences before it; else of the one person the whole article gives such an age ("«
     * … », lâche le quadragénaire" in a portrait that says "Erwan X, 41 ans" further down); -1 when no one or
     * several persons have such an age.
     */
    static int personOfAge(Doc doc, PersonTable persons, int noun, int reach) {
        if (!ageNoun(doc, noun)) {
            return -1;
        }
        int youngest = Integer.parseInt(AGE_NOUNS.value(doc.folded(noun)));
        // "la quadragénaire": the determiner tells the gender the noun does not
        Gender gender = noun > 0 ? Grammar.determinerGender(doc.folded(noun - 1)) : Gender.UNKNOWN;
        int near = aged(doc, persons, doc.sentenceStart(Math.max(0, doc.sentenceOf(noun) - reach)), noun, youngest, gender);
        return near >= 0 ? near : aged(doc, persons, 0, doc.size(), youngest, gender);
    }

    /**
     * The last token of the one person of a gender not contradicting {@code gender} named in [from, to) with a
     * stated age from {@code youngest} on in its decade.
     */
    private static int aged(Doc doc, PersonTable persons, int from, int to, int youngest, Gender gender) {
        Set<String> aged = new HashSet<>();
        int last = -1;
        for (int k = from; k + 3 < to; k++) { // a name's last token, then ", 58 ans"
            if (!persons.hasPersonAt(k) || persons.hasPersonAt(k + 1)) {
                continue;
            }
            int age = statedAge(doc, k + 1, to);
            if (age >= youngest && age < youngest + DECADE && !gender.contradicts(persons.gender(persons.personAt(k)))) {
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
