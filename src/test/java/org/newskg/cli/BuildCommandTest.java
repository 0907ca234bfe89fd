package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.StoreFixture;

class BuildCommandTest {

    @TempDir
    Path tmp;

    @Test
    void buildsAndSummarises() throws IOException {
        Path corpus = StoreFixture.copySeed(tmp.resolve("corpus"));
        String store = tmp.resolve("store").toString();
        CliRun first = CliRun.run("build", "--corpus", corpus.toString(), "--store", store);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("articles: 5 new, 0 changed, 0 relinked, 0 unchanged, 0 removed, 0 skipped, 0 failed;"),
                first.out());
        assertTrue(first.out().matches("(?s).*; \\d+ triples; \\d+\\.\\d s\\n"), first.out());
        assertEquals("", first.err());
        CliRun second = CliRun.run("build", "--corpus", corpus.toString(), "--store", store);
        assertTrue(second.out().startsWith("articles: 0 new, 0 changed, 0 relinked, 5 unchanged,"), second.out());
    }

    @Test
    void badFilesGetOneLineEachAndExitOne() throws IOException {
        Path corpus = StoreFixture.copySeed(tmp.resolve("corpus"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("big.txt"), "mot ".repeat(5000).getBytes());
        CliRun run = CliRun.run("build", "--corpus", corpus.toString(), "--store", tmp.resolve("store").toString(),
                "--max-size", "8K");
        assertEquals(1, run.exit());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.contains("kg: " + corpus.resolve("big.txt").toAbsolutePath()
                + ": too large: 19.5 KB, over the limit of 8.0 KB (--max-size)"), run.err());
        assertTrue(lines.contains("kg: " + corpus.resolve("empty.txt").toAbsolutePath() + ": empty file"), run.err());
        assertTrue(run.out().startsWith("articles: 5 new,"), run.out());
        assertTrue(run.out().contains(" 2 failed;"), run.out());
    }

    @Test
    void missingCorpusFolder() {
        Path nowhere = tmp.resolve("nowhere");
        CliRun run = CliRun.run("build", "--corpus", nowhere.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(1, run.exit());
        assertEquals("kg: " + nowhere + ": no such corpus folder\n", run.err());
        assertTrue(Files.notExists(tmp.resolve("store")), "no store is created for nothing");
    }

    @Test
    void badFlagsAreUsageErrors() {
        CliRun run = CliRun.run("build", "--frobnicate");
        assertEquals(2, run.exit());
        assertEquals("kg: Unknown option: '--frobnicate'\nTry 'kg build --help' for more information.\n", run.err());
        CliRun size = CliRun.run("build", "--max-size", "huge");
        assertEquals(2, size.exit());
        assertTrue(size.err().contains("'huge' is not a size"), size.err());
        CliRun none = CliRun.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("kg: a command is required"), none.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("build", "query", "export", "validate")) {
            CliRun run = CliRun.run(command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().startsWith("Usage: kg " + command), run.out());
            assertTrue(run.out().contains("--store=DIR"), command);
        }
    }
}
