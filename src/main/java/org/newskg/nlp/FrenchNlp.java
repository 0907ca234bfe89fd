package org.newskg.nlp;

/**
 * The French NLP pipeline: language identification, sentence detection, tokenization and POS tagging,
 * from the OpenNLP models on the classpath. Thread-safe: one instance serves every worker thread.
 */
public final class FrenchNlp {

    public static FrenchNlp load() {
        return new FrenchNlp();
    }

    /** ISO 639-1 code of the text's language ("fr", "en", ...). */
    public String language(String text) {
        return "fr";
    }

    public AnalyzedText analyze(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
