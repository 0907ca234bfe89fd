package org.newskg.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence with the OpenNLP POS model, taking the most probable tag at each token from left to right
 * instead of POSTaggerME's beam search. Same features and model; on news text the tags came out identical
 * to a beam of 3, at a third of the cost. Thread-safe: the feature generator (which caches) is per thread.
 */
final class GreedyPosTagger {

    /** The name of the maxent model inside a POS model package (POSModel keeps its constant private). */
    private static final String MAXENT_ENTRY = "pos.model";

    private final MaxentModel model;
    private final SequenceValidator<String> validator;
    private final ThreadLocal<POSContextGenerator> contexts;

    GreedyPosTagger(POSModel posModel) {
        POSTaggerFactory factory = posModel.getFactory();
        this.model = posModel.getArtifact(MAXENT_ENTRY);
        this.validator = factory.getSequenceValidator();
        this.contexts = ThreadLocal.withInitial(() -> {
            synchronized (factory) {
                return factory.getPOSContextGenerator(0);
            }
        });
    }

    /** The UD tags of {@code words}, one per word. */
    String[] tag(String[] words) {
        POSContextGenerator context = contexts.get();
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            double[] probabilities = model.eval(context.getContext(i, words, tags, null));
            int best = -1;
            for (int outcome = 0; outcome < probabilities.length; outcome++) {
                if ((best < 0 || probabilities[outcome] > probabilities[best])
                        && validator.validSequence(i, words, tags, model.getOutcome(outcome))) {
                    best = outcome;
                }
            }
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }
}
