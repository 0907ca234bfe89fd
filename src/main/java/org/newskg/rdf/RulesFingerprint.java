package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the classes and data files that turn an article into its facts and their RDF, from reading the
 * file to writing the graph. It goes into the extractor's version, so that the build after an upgrade that
 * changed any of them extracts every article again, rather than keeping the facts older rules made for
 * articles whose text did not change. The server, the store and the command line are left out: changing them
 * changes no fact.
 */
final class RulesFingerprint {

    /** The packages, as paths inside the jar or the classes folder, whose files make the facts. */
    static final List<String> PACKAGES = List.of("org/newskg/article/", "org/newskg/text/", "org/newskg/nlp/",
            "org/newskg/lexicon/", "org/newskg/mention/", "org/newskg/extract/", "org/newskg/rdf/");
    private static final int HEX_DIGITS = 12;

    private RulesFingerprint() {
    }

    /** The fingerprint of the code this class was loaded from, or "" when its location cannot be read. */
    static String ofRunningCode() {
        try {
            CodeSource source = RulesFingerprint.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? "" : of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | UncheckedIOException e) {
            return "";
        }
    }

    /**
     * The fingerprint of the files of {@link #PACKAGES} in a classes folder or a jar: the first hex digits of the
     * SHA-256 of their names and contents, in name order, so a folder and the jar made from it agree.
     */
    static String of(Path codeSource) {
        Map<String, byte[]> files = Files.isDirectory(codeSource) ? fromFolder(codeSource) : fromJar(codeSource);
        MessageDigest digest = sha256();
        files.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
        });
        return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }

    private static Map<String, byte[]> fromFolder(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (inPackages(name)) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Map<String, byte[]> fromJar(Path jar) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().filter(e -> !e.isDirectory() && inPackages(e.getName())).toList()) {
                try (InputStream in = zip.getInputStream(e)) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static boolean inPackages(String name) {
        return PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
