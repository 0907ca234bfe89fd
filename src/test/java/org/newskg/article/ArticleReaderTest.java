package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final Path CORPUS = Path.of("corpus");
    private final ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);

    @TempDir
    Path dir;

    private static String content(String file) throws IOException {
        return Files.readString(CORPUS.resolve(file));
    }

    @Test
    void seedArticleWithoutHeaderIsTheWholeFile() throws Exception {
        Article a = reader.read(CORPUS.resolve("000_60e45256294c76ef.txt"));
        assertEquals(Optional.empty(), a.date());
        assertEquals(content("000_60e45256294c76ef.txt").strip(), a.text());
        assertTrue(a.text().startsWith("Lors de leur première conversation"));
        assertEquals("000_60e45256294c76ef", a.stem());
    }

    @Test
    void seedHeaderWithFurnitureOnlyGivesDateAndTheTextOfTheNextLines() throws Exception {
        Article a = reader.read(CORPUS.resolve("002_7c0963efd4a23422.txt"));
        String file = content("002_7c0963efd4a23422.txt");
        assertTrue(file.startsWith(" date 2022-07 Commentez cette histoire Commentaire\n"));
        assertEquals(Optional.of("2022-07"), a.date());
        assertEquals(file.substring(file.indexOf("Le secrétaire d’État")).strip(), a.text());
        assertFalse(a.text().contains("Commentez"));
    }

    @Test
    void seedHeaderFollowedByTextOnTheSameLine() throws Exception {
        Article a = reader.read(CORPUS.resolve("004_d76b93d86a0e74a5.txt"));
        String file = content("004_d76b93d86a0e74a5.txt");
        assertEquals(Optional.of("2023-03"), a.date());
        assertTrue(a.text().startsWith("Des agences de presse, citant des responsables américains"));
        assertEquals(file.substring(file.indexOf("Des agences")).strip(), a.text());
    }

    @Test
    void everySeedArticleReadsAndHashesItsBytes() throws Exception {
        try (var files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Article a = reader.read(f);
                assertEquals(sha256(Files.readAllBytes(f)), a.sha256(), f.toString());
                assertFalse(a.text().isBlank());
                assertFalse(a.text().startsWith(" date"), f.toString());
            }
        }
    }

    @Test
    void offsetsIntoTheTextFindWhatTheFileSaysAfterTheHeader() throws Exception {
        Article a = reader.read(CORPUS.resolve("004_d76b93d86a0e74a5.txt"));
        String file = content("004_d76b93d86a0e74a5.txt");
        int bodyStart = file.indexOf("Des agences");
        int inFile = file.indexOf("Maria Zakharova");
        int inText = inFile - bodyStart;
        assertEquals("Maria Zakharova", a.text().substring(inText, inText + "Maria Zakharova".length()));
    }

    @Test
    void byteOrderMarkAndCrlfAreNotText() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = " date 2022-07-29 Commentez cette histoire Commentaire\r\n\r\nPremière ligne.\r\nDeuxième ligne.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(body);
        Article a = ArticleReader.parse("x.txt", bytes.toByteArray());
        assertEquals(Optional.of("2022-07-29"), a.date());
        assertEquals("Première ligne.\nDeuxième ligne.", a.text());
        assertEquals(sha256(bytes.toByteArray()), a.sha256());
    }

    @Test
    void byteOrderMarkWithoutHeader() throws Exception {
        Article a = ArticleReader.parse("x.txt", "\uFEFFUn texte.\rSuite.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Un texte.\nSuite.", a.text());
        assertEquals(Optional.empty(), a.date());
    }

    @Test
    void furnitureThenTextOnTheDateLine() throws Exception {
        Article a = ArticleReader.parse("x.txt",
                "date 2021-01 Partager cet article Le ministre a parlé.\nEnsuite.".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of("2021-01"), a.date());
        assertEquals("Le ministre a parlé.\nEnsuite.", a.text());
    }

    @Test
    void aDateWordThatIsNotAHeaderStaysText() throws Exception {
        Article a = ArticleReader.parse("x.txt", "date limite dépassée.\nSuite.".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), a.date());
        assertEquals("date limite dépassée.\nSuite.", a.text());
    }

    @Test
    void emptyFile() {
        assertEquals("empty file", reason(new byte[0]));
        assertTrue(reason("  \n\n ".getBytes(StandardCharsets.UTF_8)).startsWith("empty file"));
    }

    @Test
    void headerWithoutText() {
        assertEquals("no article text after the date line",
                reason(" date 2022-07 Commentez cette histoire Commentaire\n\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryFile() {
        assertEquals("binary file (NUL byte at byte 3)", reason(new byte[] {'a', 'b', 'c', 0, 'd'}));
    }

    @Test
    void invalidUtf8NamesTheByte() {
        byte[] latin1 = "Le président".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("invalid UTF-8 at byte 5", reason(latin1)); // offsets count from 0, as in hexdump
        byte[] truncated = {'a', 'b', (byte) 0xE2, (byte) 0x80};
        assertEquals("invalid UTF-8 at byte 2", reason(truncated));
    }

    @Test
    void tooLarge() throws IOException {
        Path f = dir.resolve("big.txt");
        Files.write(f, "mot ".repeat(1000).getBytes(StandardCharsets.UTF_8));
        BadArticleException e = assertThrows(BadArticleException.class, () -> new ArticleReader(1000).read(f));
        assertTrue(e.getMessage().startsWith("too large"), e.getMessage());
        assertTrue(e.getMessage().contains("--max-size"), e.getMessage());
    }

    @Test
    void unreadableDirectoryNamedLikeAnArticle() throws IOException {
        Path d = Files.createDirectory(dir.resolve("x.txt"));
        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read(d));
        assertEquals("cannot read: is a directory", e.getMessage());
    }

    @Test
    void unreadableFile() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their mode");
        Path f = dir.resolve("secret.txt");
        Files.writeString(f, "Un texte.");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read(f));
        assertEquals("cannot read: permission denied", e.getMessage());
    }

    private static String reason(byte[] bytes) {
        return assertThrows(BadArticleException.class, () -> ArticleReader.parse("x.txt", bytes)).getMessage();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
