package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFingerprintTest {

    @TempDir
    Path tmp;

    /**
     * A classes folder and the jar made from it agree; a changed rule file changes the fingerprint, a changed
     * server file does not.
     */
    @Test
    void followsTheRuleFilesWhereverTheyAreRead() throws IOException {
        Path classes = tmp.resolve("classes");
        write(classes, "org/newskg/extract/speech.txt", "déclarer");
        write(classes, "org/newskg/lexicon/roles.tsv", "avocat\tavocate");
        write(classes, "org/newskg/server/page.html", "<html>");
        String folder = RulesFingerprint.of(classes);
        assertEquals(folder, RulesFingerprint.of(jar(classes, tmp.resolve("kg.jar"))));

        write(classes, "org/newskg/server/page.html", "<html lang=fr>");
        assertEquals(folder, RulesFingerprint.of(classes));

        write(classes, "org/newskg/lexicon/roles.tsv", "avocat\tavocate\njuge\tjuge");
        assertNotEquals(folder, RulesFingerprint.of(classes));
    }

    /** The code the tests run is read too: its fingerprint is the version's suffix. */
    @Test
    void theExtractorVersionEndsWithTheRunningCodesFingerprint() {
        String fingerprint = RulesFingerprint.ofRunningCode();
        assertEquals(12, fingerprint.length(), fingerprint);
        assertEquals("0.1.0-" + fingerprint, FactsToRdf.EXTRACTOR_VERSION);
    }

    private static void write(Path root, String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Path jar(Path root, Path jar) throws IOException {
        List<Path> files;
        try (var all = Files.walk(root)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(root.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
