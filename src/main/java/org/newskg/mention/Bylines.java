package org.newskg.mention;

import java.util.List;
import org.newskg.nlp.Sentence;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;

/**
 * Bylines: a short paragraph of its own, opening as a signature does ("Par X", "Avec notre correspondante à
 * Y, X"). The names there are the author's, not persons of the news.
 */
final class Bylines {

    /** The openers, folded, each with a space after it. */
    private static final List<String> OPENERS = DataFile.lines("/org/newskg/mention/byline-openers.txt").stream()
            .map(l -> Fold.of(l.strip()) + " ").toList();
    private static final String PAR = "par ";
    /** A byline is a name, a place and a function or two: a longer paragraph is news. */
    private static final int MAX_TOKENS = 15;

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
        return false;
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
