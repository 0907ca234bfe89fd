package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The French NLP pipeline: language identification, sentence detection, tokenization and POS tagging,
 * from the OpenNLP models on the classpath. Thread-safe: one instance serves every worker thread.
 */
public final class FrenchNlp {

    // Entry names inside the opennlp-models-* 1.3.0 jars (each jar also has a model.properties at its root,
    // all with the same name, so the names cannot be looked up from there).
    private static final String SENTENCE_MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
    private static final String LANGUAGE_MODEL = "/langdetect-183.bin";

    private final LanguageIdentifier languages;
    private final FrenchSentenceDetector sentenceDetector;
    private final FrenchTokenizer tokenizer;
    private final GreedyPosTagger tagger;

    private FrenchNlp(LanguageIdentifier languages, FrenchSentenceDetector sentenceDetector,
            FrenchTokenizer tokenizer, GreedyPosTagger tagger) {
        this.languages = languages;
        this.sentenceDetector = sentenceDetector;
        this.tokenizer = tokenizer;
        this.tagger = tagger;
    }

    /**
     * Loads the models (about a second); call once and share the instance. The tagger tags ADJ every lower-case
     * word that {@code adjectives} accepts: demonyms, which the model often misreads.
     */
    public static FrenchNlp load(Predicate<String> adjectives) {
        try (InputStream sentences = model(SENTENCE_MODEL);
                InputStream pos = model(POS_MODEL);
                InputStream language = model(LANGUAGE_MODEL)) {
            return new FrenchNlp(new LanguageIdentifier(new LanguageDetectorModel(language)),
                    new FrenchSentenceDetector(new SentenceModel(sentences), Abbreviations.load()),
                    FrenchTokenizer.load(), new GreedyPosTagger(new POSModel(pos), adjectives));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP models", e);
        }
    }

    private static InputStream model(String resource) {
        InputStream in = FrenchNlp.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    /**
     * ISO 639-1 code of the text's language ("fr", "en", ...), from its first {@value LanguageIdentifier#SAMPLE_LENGTH} characters; the ISO 639-3
     * code for the few languages without one; "und" for a text without letters. Reliable from a sentence or
     * two on; a few words may be misidentified.
     */
    public String language(String text) {
        return languages.language(text);
    }

    /**
     * The text's sentences, each with its tokens and their POS tags; every offset indexes into {@code text}.
     * A line break always ends a sentence.
     */
    public AnalyzedText analyze(String text) {
        Span[] sentenceSpans = sentenceDetector.sentPosDetect(text);
        List<Sentence> sentences = new ArrayList<>(sentenceSpans.length);
        for (Span span : sentenceSpans) {
            String sentenceText = text.substring(span.getStart(), span.getEnd());
            sentences.add(new Sentence(sentences.size(), span.getStart(), span.getEnd(), sentenceText,
                    tokens(sentenceText, span.getStart())));
        }
        return new AnalyzedText(text, List.copyOf(sentences));
    }

    private List<Token> tokens(String sentence, int offset) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(taggerForms(words));
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i]));
        }
        return List.copyOf(tokens);
    }

    /**
     * The words as the POS model knows them: its training text writes the apostrophe as ' , and it tags
     * "J’" (typographic apostrophe) as a proper noun.
     */
    private static String[] taggerForms(String[] words) {
        String[] forms = words.clone();
        for (int i = 0; i < forms.length; i++) {
            forms[i] = forms[i].replace('\u2019', '\'').replace('\u02BC', '\'');
        }
        return forms;
    }
}
