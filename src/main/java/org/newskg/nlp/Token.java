package org.newskg.nlp;

/**
 * A token with its character span in the article text and its Universal Dependencies POS tag. French
 * contractions carry two tags joined by "+" ("du", "au", "des": {@code ADP+DET}; "duquel": {@code ADP+PRON}),
 * as the POS model gives them.
 */
public record Token(String text, int start, int end, String pos) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the token has the UD tag {@code tag}, alone or as part of a contraction's tag. */
    public boolean hasPos(String tag) {
        return pos.equals(tag) || pos.startsWith(tag + "+") || pos.endsWith("+" + tag);
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isPunctuation() {
        return "PUNCT".equals(pos);
    }
}
