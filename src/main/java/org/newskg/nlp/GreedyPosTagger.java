package org.newskg.nlp;

import java.util.List;
import java.util.function.Predicate;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import org.newskg.nlp.PosFeatureWeights.TokenWeights;

/**
 * Tags a sentence with the OpenNLP French POS model, taking the best-scoring tag at each token from left to
 * right instead of POSTaggerME's beam of 3 (the same tags on the seed corpus), and scoring with
 * {@link PosFeatureWeights} instead of building feature strings for every token. Measured against
 * POSTaggerME: twice as fast on unseen words, about ten times once the common words' weights are cached.
 * Thread-safe.
 */
final class GreedyPosTagger {

    private final PosFeatureWeights weights;
    private final String[] tags;
    private final SequenceValidator<String> validator;
    private final Predicate<String> adjectives;
    private final int adjective;

    /**
     * {@code adjectives} says which lower-case words are always adjectives: the model, trained on few of them, reads
     * rare demonyms as verbs or prepositions ("une enseignante montréalaise/VERB détenue", "le juriste lao/ADP"),
     * and the next tags follow from that one.
     */
    GreedyPosTagger(POSModel model, Predicate<String> adjectives) {
        this.adjectives = adjectives;
        this.weights = new PosFeatureWeights(model);
        this.tags = weights.tags();
        this.validator = model.getFactory().getSequenceValidator();
        this.adjective = List.of(tags).indexOf("ADJ");
    }

    /** The UD tags of {@code words}, one per word. */
    String[] tag(String[] words) {
        TokenWeights[] tokens = new TokenWeights[words.length];
        for (int i = 0; i < words.length; i++) {
            tokens[i] = weights.token(words[i]);
        }
        String[] result = new String[words.length];
        int[] tagIndexes = new int[words.length];
        double[] scores = new double[tags.length];
        for (int i = 0; i < words.length; i++) {
            System.arraycopy(tokens[i].asCurrent(), 0, scores, 0, scores.length);
            if (i >= 1) {
                PosFeatureWeights.add(scores, tokens[i - 1].asPrevious());
            }
            if (i >= 2) {
                PosFeatureWeights.add(scores, tokens[i - 2].asSecondPrevious());
            }
            if (i + 1 < words.length) {
                PosFeatureWeights.add(scores, tokens[i + 1].asNext());
            }
            if (i + 2 < words.length) {
                PosFeatureWeights.add(scores, tokens[i + 2].asSecondNext());
            }
            weights.addPosition(scores, i);
            weights.addHistory(scores, i >= 1 ? tagIndexes[i - 1] : -1, i >= 2 ? tagIndexes[i - 2] : -1);
            tagIndexes[i] = lowerCase(words[i]) && adjectives.test(words[i]) ? adjective : best(scores, words, result, i);
            result[i] = tags[tagIndexes[i]];
        }
        return result;
    }

    private static boolean lowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    /** The highest-scoring tag the model's sequence validator allows (it allows all: no tag dictionary). */
    private int best(double[] scores, String[] words, String[] tagsSoFar, int index) {
        int best = -1;
        for (int tag = 0; tag < scores.length; tag++) {
            if ((best < 0 || scores[tag] > scores[best]) && validator.validSequence(index, words, tagsSoFar, tags[tag])) {
                best = tag;
            }
        }
        return best;
    }
}
