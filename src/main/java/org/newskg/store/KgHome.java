package org.newskg.store;

import java.nio.file.Path;

/**
 * Where the project's files are: the {@code newskg.home} system property (the {@code kg} launcher sets it
 * to the repository root), else the working directory.
 */
public final class KgHome {

    private KgHome() {
    }

    public static Path home() {
        String home = System.getProperty("newskg.home");
        return Path.of(home == null || home.isBlank() ? "" : home).toAbsolutePath();
    }

    public static Path defaultStore() {
        return home().resolve("data");
    }

    public static Path defaultCorpus() {
        return home().resolve("corpus");
    }

    /** A file of the ontology folder ({@code shapes.ttl}, {@code context.jsonld}, ...). */
    public static Path ontology(String fileName) {
        return home().resolve("ontology").resolve(fileName);
    }

    /** A path as the user reads it best: relative to the working directory when it lies below it. */
    public static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
