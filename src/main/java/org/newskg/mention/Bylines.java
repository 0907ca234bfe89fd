package org.newskg.mention;

import java.util.List;
import org.newskg.nlp.Sentence;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;

/**
 * Bylines: a short paragraph of its own, opening as a signature does ("Par X", "Avec notre correspondante à
 * Y, X"), or a name alone on its line near the top. The names there are the author's, not persons of the news.
 */
final class Bylines {

    /** The openers, folded, each with a space after it. */
    private static final List<String> OPENERS = DataFile.lines("/org/newskg/mention/byline-openers.txt").stream()
            .map(l -> Fold.of(l.strip()) + " ").toList();
    private static final String PAR = "par ";
    /** A byline is a name, a place and a function or two: a longer paragraph is news. */
    private static final int MAX_TOKENS = 15;
    /** Where a signature may stand: under the headline, the lede or the first paragraph. */
    private static final int OPENING_SENTENCES = 6;
    private static final int MAX_NAME_WORDS = 4;

    private Bylines() {
    }

    static boolean isByline(Doc doc, int s) {
        Sentence sentence = doc.sentence(s);
        if (doc.sentenceEnd(s) - doc.sentenceStart(s) > MAX_TOKENS || !wholeParagraph(doc.text(), sentence)
                || !doc.token(doc.sentenceStart(s)).isCapitalized()) {
            return false;
        }
        String folded = Fold.of(sentence.text()) + " ";
        for (String opener : OPENERS) {
            if (folded.startsWith(opener)) {
                return !opener.equals(PAR) || doc.sentenceEnd(s) - doc.sentenceStart(s) > 1
                        && doc.token(doc.sentenceStart(s) + 1).isCapitalized();
            }
        }
        return bareName(doc, s);
    }

    /** "Cécile X" alone on its line under the lede: a signature without "Par". */
    private static boolean bareName(Doc doc, int s) {
        int words = doc.sentenceEnd(s) - doc.sentenceStart(s);
        if (s > OPENING_SENTENCES || words < 2 || words > MAX_NAME_WORDS) {
            return false;
        }
        for (int k = doc.sentenceStart(s); k < doc.sentenceEnd(s); k++) {
            if (!doc.token(k).isCapitalized() || doc.token(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    private static boolean wholeParagraph(String text, Sentence sentence) {
        int before = sentence.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = sentence.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return (before < 0 || text.charAt(before) == '\n') && (after >= text.length() || text.charAt(after) == '\n');
    }
}
