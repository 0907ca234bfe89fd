package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void warmsUpOnAnotherCorpusThenMeasuresTheBuildAndItsCpu() throws IOException {
        CliRun run = CliRun.run("bench", "--size-mb", "1", "--warmup-mb", "1", "--keep", tmp.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("warm-up: 1\\.0 MB built in \\d+\\.\\d s, not measured"), run.out());
        assertTrue(lines.get(1).startsWith("corpus: 1.0 MB in "), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("cpu: \\d+\\.\\d s for the JVM .*, \\d+\\.\\d\\d MB per CPU second")),
                run.out());
        assertTrue(lines.get(lines.size() - 2).startsWith("summary: 1.0 MB, "), run.out());
        // the warm-up's corpus and store are gone; the measured ones are kept as asked
        try (Stream<Path> kept = Files.list(tmp)) {
            assertEquals(List.of("corpus", "store"), kept.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
