package org.newskg.extract;

/**
 * Where a fact was read, so that an analyst can check it: the sentence, the character span of the fact
 * in the article text, the rule that made it and how much that rule is trusted.
 */
public record Evidence(int sentenceIndex, String sentence, int start, int end, String rule, double confidence) {
}
