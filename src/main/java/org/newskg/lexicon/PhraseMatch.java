package org.newskg.lexicon;

/** A lexicon entry found in a token list: how many tokens it spans and what it stands for. */
public record PhraseMatch<T>(int length, T value) {
}
