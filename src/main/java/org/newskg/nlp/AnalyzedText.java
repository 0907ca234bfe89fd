package org.newskg.nlp;

import java.util.List;

/** The article text split into sentences and tokens. */
public record AnalyzedText(String text, List<Sentence> sentences) {

    /** The sentence holding the character at {@code offset}, or the last one before it. */
    public Sentence sentenceAt(int offset) {
        Sentence found = sentences.get(0);
        for (Sentence s : sentences) {
            if (s.start() > offset) {
                break;
            }
            found = s;
        }
        return found;
    }
}
