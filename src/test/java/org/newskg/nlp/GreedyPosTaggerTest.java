package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        GreedyPosTagger tagger = new GreedyPosTagger(model);
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
