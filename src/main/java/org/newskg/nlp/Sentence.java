package org.newskg.nlp;

import java.util.List;

/** A sentence: its position in the article, its span in the article text, and its tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
