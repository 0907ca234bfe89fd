package org.newskg.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The weights the OpenNLP French POS model gives each tag for a token's features, grouped by the token the
 * features describe, so that a token's share is looked up once and reused at every position of the window
 * that sees it.
 *
 * <p>The feature names are those of the model's {@code generator.featuregen} (POSTaggerME's default
 * descriptor): {@code def}; {@code suf=} and {@code pre=} up to 4 characters; {@code w=} the lower-cased
 * token in a window of 2 before and 2 after ({@code p1w=}, {@code p2w=}, {@code n1w=}, {@code n2w=});
 * {@code S=begin} in the same window; {@code wc=} the token class and {@code w&c=} word and class; {@code t=}
 * and {@code t2=} the one or two tags before. A maxent model scores a tag by summing the weights of the
 * features present, so the sum of these groups ranks the tags exactly as {@code model.eval} does.
 * GreedyPosTaggerTest checks the tags against OpenNLP's own feature generation.
 */
final class PosFeatureWeights {

    /** Token weights kept for the most common words: a few hundred bytes each. */
    private static final int CACHED_TOKENS = 50_000;
    private static final int AFFIX_LENGTH = 4;
    private static final String SENTENCE_BEGIN = "S=begin";

    /** A token's weights as the current token, and as the word one or two before or after another. */
    record TokenWeights(double[] asCurrent, Context asPrevious, Context asSecondPrevious, Context asNext,
            Context asSecondNext) {
    }

    private final Map<String, Context> weights;
    private final String[] tags;
    private final Map<String, TokenWeights> cache = new ConcurrentHashMap<>();
    /** {@code t=} per tag and {@code t2=} per pair of tags, looked up once instead of at every token. */
    private final Context[] previousTag;
    private final Context[][] twoPreviousTags;

    @SuppressWarnings("unchecked")
    PosFeatureWeights(POSModel model) {
        // AbstractModel.getDataStructures(): {parameters, feature name → weights per tag, tag names}
        Object[] data = ((AbstractModel) model.getArtifact("pos.model")).getDataStructures();
        this.weights = (Map<String, Context>) data[1];
        this.tags = (String[]) data[2];
        this.previousTag = new Context[tags.length];
        this.twoPreviousTags = new Context[tags.length][tags.length];
        for (int p = 0; p < tags.length; p++) {
            previousTag[p] = weights.get("t=" + tags[p]);
            for (int q = 0; q < tags.length; q++) {
                twoPreviousTags[q][p] = weights.get("t2=" + tags[q] + "," + tags[p]);
            }
        }
    }

    /** The tags in the order of the score arrays. */
    String[] tags() {
        return tags.clone();
    }

    TokenWeights token(String token) {
        TokenWeights cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        String lower = StringUtil.toLowerCase(token);
        double[] current = new double[tags.length];
        add(current, "def");
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        for (int length = 1; length <= affixes; length++) {
            add(current, "suf=" + token.substring(token.length() - length));
        }
        for (int length = 1; length <= affixes; length++) {
            add(current, "pre=" + token.substring(0, length));
        }
        add(current, "w=" + lower);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        add(current, "wc=" + tokenClass);
        add(current, "w&c=" + lower + "," + tokenClass);
        TokenWeights computed = new TokenWeights(current, weights.get("p1w=" + lower), weights.get("p2w=" + lower),
                weights.get("n1w=" + lower), weights.get("n2w=" + lower));
        if (cache.size() < CACHED_TOKENS) {
            cache.putIfAbsent(token, computed);
        }
        return computed;
    }

    /** Adds the weights of the sentence-start features seen from position {@code index}. */
    void addPosition(double[] scores, int index) {
        switch (index) {
            case 0 -> add(scores, SENTENCE_BEGIN);
            case 1 -> add(scores, "p1" + SENTENCE_BEGIN);
            case 2 -> add(scores, "p2" + SENTENCE_BEGIN);
            default -> { }
        }
    }

    /** Adds the weights of the tags before the current token, as indexes of {@link #tags} (-1 before the sentence). */
    void addHistory(double[] scores, int previous, int secondPrevious) {
        if (previous >= 0) {
            add(scores, previousTag[previous]);
            if (secondPrevious >= 0) {
                add(scores, twoPreviousTags[secondPrevious][previous]);
            }
        }
    }

    private void add(double[] scores, String feature) {
        add(scores, weights.get(feature));
    }

    static void add(double[] scores, Context feature) {
        if (feature != null) {
            int[] tagIndexes = feature.getOutcomes();
            double[] parameters = feature.getParameters();
            for (int i = 0; i < tagIndexes.length; i++) {
                scores[tagIndexes[i]] += parameters[i];
            }
        }
    }
}
