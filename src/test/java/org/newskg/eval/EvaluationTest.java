package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;

/**
 * Builds the graph of a corpus through the public command line, runs the four evaluation queries and scores
 * them against the corpus's gold as {@code ../shared/eval/score.py} would; fails below its {@link Thresholds}.
 * Two corpora: the five seed articles of {@code corpus/}, and the articles written for this project about other
 * people, countries and outlets ({@code src/test/resources/heldout/}, its README says how), which guard the
 * generality of the rules.
 */
class EvaluationTest {

    @Test
    void seedCorpusMeetsTheThresholds(@TempDir Path tmp) throws Exception {
        assertMeets(Thresholds.SEED, Path.of("corpus"), Path.of("src/test/resources/seed/gold.jsonl"), tmp);
    }

    @Test
    void heldOutCorpusMeetsTheThresholds(@TempDir Path tmp) throws Exception {
        Path heldOut = Path.of("src/test/resources/heldout");
        assertMeets(Thresholds.HELD_OUT, heldOut.resolve("articles"), heldOut.resolve("gold.jsonl"), tmp);
    }

    private static void assertMeets(Thresholds thresholds, Path corpus, Path gold, Path tmp) throws Exception {
        String store = tmp.resolve("store").toString();
        assertEquals(0, Main.commandLine().execute("build", "--corpus", corpus.toString(), "--store", store), "kg build");
        Map<String, String> csv = new HashMap<>();
        for (String query : QueryResults.QUERIES) {
            csv.put(query, stdout("query", "--store", store, "--format", "csv", "queries/" + query + ".rq"));
        }
        Scores scores = new GoldScorer(GoldArticle.read(gold)).score(QueryResults.fromCsv(csv));
        System.out.println(corpus + ":");
        scores.report().forEach(System.out::println);

        List<String> shortfalls = thresholds.shortfalls(scores);
        assertTrue(shortfalls.isEmpty(), "below the thresholds on " + corpus + ": " + String.join("; ", shortfalls));
    }

    /** What a kg command prints on standard output; fails the test unless it exits with 0. */
    private static String stdout(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            var commandLine = Main.commandLine();
            exit = commandLine.execute(args);
            commandLine.getOut().flush();
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, exit, () -> "kg " + String.join(" ", args));
        return out.toString(StandardCharsets.UTF_8);
    }
}
