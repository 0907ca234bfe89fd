package org.newskg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.atlas.io.IO;

/**
 * The folder a new store is built in, next to where it goes: the store appears at its place in one rename
 * once complete. A folder left by a build that was killed is deleted by the next one.
 */
final class NewStore implements AutoCloseable {

    private final Path dir;

    private NewStore(Path dir) {
        this.dir = dir;
    }

    /** An empty folder beside {@code storeDir}, on the same file system. */
    static NewStore beside(Path storeDir) throws IOException {
        Path target = storeDir.toAbsolutePath().normalize();
        Path dir = target.resolveSibling("." + target.getFileName() + ".building");
        deleteTree(dir);
        Files.createDirectories(dir);
        return new NewStore(dir);
    }

    /** Whether a new store can be moved to {@code storeDir}: nothing is there, or an empty folder. */
    static boolean canMoveTo(Path storeDir) {
        if (!Files.exists(storeDir)) {
            return true;
        }
        if (!Files.isDirectory(storeDir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(storeDir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    Path dir() {
        return dir;
    }

    /** Moves the store, which must be closed, to {@code storeDir}. */
    void moveTo(Path storeDir) throws IOException {
        Path target = storeDir.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes what is left of the folder when the store was not moved. */
    @Override
    public void close() {
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) {
        if (Files.exists(dir)) {
            IO.deleteAll(dir);
        }
    }
}
