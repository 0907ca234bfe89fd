package org.newskg.nlp;

/**
 * A token with its character span in the article text and its Universal Dependencies POS tag.
 */
public record Token(String text, int start, int end, String pos) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isPunctuation() {
        return "PUNCT".equals(pos);
    }
}
