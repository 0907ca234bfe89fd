package org.newskg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The TDB2 store: one named graph per article, the entities graph and the VoID graph. Its default graph, for
 * queries, is the union of the named graphs.
 */
public final class KgStore {

    private KgStore() {
    }

    /** Connects to the store in {@code dir}, creating an empty one if there is none. */
    public static DatasetGraph open(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toAbsolutePath().toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Connects to the store in {@code dir}, which must exist: reading commands never create one. */
    public static DatasetGraph openExisting(Path dir) throws NoSuchFileException {
        if (!exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no store here (run kg build first)");
        }
        return open(dir);
    }

    /** Whether {@code dir} holds a TDB2 database (a {@code Data-NNNN} generation folder). */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> generations = Files.newDirectoryStream(dir, "Data-*")) {
            return generations.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
