package org.newskg.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.newskg.resolve.NameKey;
import org.newskg.text.Fold;

/**
 * Capitalised words that the words around them show to name a thing, not a person: an organisation, outlet,
 * building or street noun beside them ("l'ONG Viasna", "place Tahrir", "Arthur Road"), or a definite article
 * before a single word ("la Farnesina"). A name introduced so stays a thing's name in the rest of the article
 * ("Selon Viasna").
 */
final class ThingNames {

    private static final WordList HEADS = WordList.load("mention/thing-name-heads.tsv");
    private static final WordList PLACE_CUES = WordList.load("mention/place-cue-words.tsv");

    private ThingNames() {
    }

    /** The keys of the runs that a thing noun introduces or ends. */
    static Set<String> introducedNames(Doc doc, List<int[]> runs) {
        Set<String> names = new HashSet<>();
        for (int[] run : runs) {
            int before = headBefore(doc, run[0]);
            boolean headBefore = before >= 0 && doc.sentenceOf(before) == doc.sentenceOf(run[0])
                    && "before".equals(HEADS.value(doc.folded(before)));
            if (headBefore || "after".equals(HEADS.value(doc.folded(run[1] - 1))) || afterPlaceCue(doc, run[0])) {
                names.add(key(doc, run[0], run[1]));
            }
        }
        return names;
    }

    /**
     * Where a thing noun before the name at {@code from} would stand: right before it, or before the title's
     * own article and the lower-case adjectives between ("le quotidien abidjanais L'Eveil du Matin",
     * "l'hebdomadaire allemand Rhein-Ruhr Rundschau").
     */
    private static int headBefore(Doc doc, int from) {
        int k = from - 1;
        if (k >= 0 && Grammar.definiteArticle(doc.folded(k)) && doc.token(k).isCapitalized()) {
            k--;
        }
        for (int adjectives = 0; adjectives < 2 && k >= 0 && "ADJ".equals(doc.pos(k)) && !doc.token(k).isCapitalized(); adjectives++) {
            k--;
        }
        return k;
    }

    /**
     * "l'aéroport Sir Seretse X", "le lycée Maréchal Y": a civil title between a building noun and the name, of the
     * person the building is named after.
     */
    static boolean namedAfterTitledPerson(Doc doc, int from) {
        return from >= 2 && Grammar.title(doc.folded(from - 1)) && doc.sentenceOf(from - 2) == doc.sentenceOf(from)
                && "before".equals(HEADS.value(doc.folded(from - 2)));
    }

    /** "né à Can Tho", "la prison de Chi Hoa": a place word and its preposition right before the name. */
    private static boolean afterPlaceCue(Doc doc, int from) {
        int k = from - 1;
        if (k < 1 || doc.sentenceOf(k - 1) != doc.sentenceOf(from)) {
            return false;
        }
        String preposition = doc.folded(k).equals("d'") ? "de" : doc.folded(k);
        String cue = PLACE_CUES.value(doc.folded(k - 1));
        return cue != null && preposition.equals(Fold.of(cue));
    }

    /** The matching key of tokens [from, to): each word's name key. */
    static String key(Doc doc, int from, int to) {
        StringJoiner key = new StringJoiner(" ");
        for (int k = from; k < to; k++) {
            key.add(NameKey.of(doc.token(k).text()));
        }
        return key.toString();
    }

    /**
     * "la Farnesina", "joint par Le Devoir", "au Pharo": one word right after a definite article, written in lower
     * case, or capitalised inside a sentence as the article of a title is.
     */
    static boolean afterArticle(Doc doc, int from, int to) {
        if (to - from != 1 || from == 0 || doc.sentenceOf(from - 1) != doc.sentenceOf(from)) {
            return false;
        }
        if (doc.folded(from - 1).equals("au")) {
            return true; // "un déplacement au Pharo": "à le", which no person's name follows
        }
        boolean opensSentence = doc.sentenceStart(doc.sentenceOf(from)) == from - 1;
        return Grammar.definiteArticle(doc.folded(from - 1)) && (!doc.token(from - 1).isCapitalized() || !opensSentence);
    }

    /**
     * "un James Bond", "un Mr Bean": a name right after an indefinite article written in lower case, with or
     * without a civil title between them, stands for a kind of person (antonomasia), not for the person.
     */
    static boolean afterIndefiniteArticle(Doc doc, int from) {
        int k = from - 1;
        if (k >= 0 && Grammar.title(doc.folded(k))) {
            k--;
        }
        if (k < 0 || doc.sentenceOf(k) != doc.sentenceOf(from)) {
            return false;
        }
        String article = doc.token(k).text();
        return Grammar.indefiniteArticle(doc.folded(k)) && Character.isLowerCase(article.charAt(0));
    }
}
