package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

class GreedyPosTaggerTest {

    @Test
    void tagsAsOpenNlpsOwnFeaturesAndModelDoOnTheSeedCorpus() throws IOException {
        POSModel model;
        try (InputStream in = getClass().getResourceAsStream("/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        GreedyPosTagger tagger = new GreedyPosTagger(model, word -> false);
        MaxentModel maxent = model.getArtifact("pos.model");
        POSContextGenerator features = model.getFactory().getPOSContextGenerator(0);
        FrenchTokenizer tokenizer = FrenchTokenizer.load();

        int tokens = 0;
        for (String paragraph : corpusLines()) {
            String[] words = tokenizer.tokenize(paragraph);
            String[] expected = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                expected[i] = maxent.getBestOutcome(maxent.eval(features.getContext(i, words, expected, null)));
            }
            assertArrayEquals(expected, tagger.tag(words), paragraph);
            tokens += words.length;
        }
        assertTrue(tokens > 2000, "tokens tagged: " + tokens);
    }

    /** Rare demonyms the model misreads: the caller's list of adjectives overrides it, and the next tags follow. */
    @Test
    void theAdjectivesTheCallerListsAreAdjectives() throws IOException {
        POSModel model;
        try (InputStream in = getClass().getResourceAsStream("/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        String[] words = FrenchTokenizer.load().tokenize(
                "Solène Pariseau, une enseignante montréalaise détenue neuf mois en 2019 à Caracas, a parlé.");
        String[] unknown = new GreedyPosTagger(model, word -> false).tag(words);
        assertEquals("VERB", unknown[5]);
        String[] known = new GreedyPosTagger(model, Set.of("montréalaise")::contains).tag(words);
        assertEquals("ADJ", known[5]);
        assertEquals("VERB", known[6]);
        String[] ministry = FrenchTokenizer.load().tokenize("Le ministère qatari des Affaires étrangères a réagi.");
        assertEquals("VERB", new GreedyPosTagger(model, word -> false).tag(ministry)[2]);
        assertEquals("ADJ", new GreedyPosTagger(model, Set.of("qatari")::contains).tag(ministry)[2]);
        String[] capitalized = FrenchTokenizer.load().tokenize("Les Tadjik arrivent.");
        assertEquals("PROPN", new GreedyPosTagger(model, word -> true).tag(capitalized)[1]);
    }

    /** The corpus's paragraphs: sentences enough for the tagger, without the sentence detector. */
    private static List<String> corpusLines() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(line -> !line.isBlank()).toList();
        }
    }
}
