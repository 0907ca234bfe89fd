package org.newskg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;

/**
 * The TDB2 store: one named graph per article, the entities graph and the VoID graph. Its default graph, for
 * queries, is the union of the named graphs.
 */
public final class KgStore {

    private KgStore() {
    }

    /**
     * The quad indexes of a new store: GSPO for the quads of one graph, and the three graph-last ones for the union
     * default graph, which queries read. TDB2's default adds GPOS and GOSP, which only serve a pattern with a
     * bound graph and an unbound subject: within one article's graph (a few hundred quads) GSPO serves it as
     * well, and each index costs a sixth of the build's writes. A store keeps the indexes it was created with.
     */
    private static final StoreParams PARAMS = StoreParams.builder("newskg")
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"})
            .node2NodeIdCacheSize(StoreParams.getDftStoreParams().getNode2NodeIdCacheSize())
            .nodeId2NodeCacheSize(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize()).build();

    /**
     * A store being built aside has no node caches. The build looks each node up once per batch ({@link QuadBatch}
     * keeps a batch's nodes), and most nodes are new (sentence literals, statement IRIs) and never come back: the
     * caches missed, and putting each new node in them, with their evictions, took a tenth of the storing
     * thread (TDB2's own caches, of 200,000 and 1,000,000 nodes, also filled the old generation). A store written
     * with these is opened again with {@link #PARAMS}, which set the caches explicitly, and its {@code tdb.cfg}
     * gets them ({@link #endBuild}).
     */
    private static final StoreParams BUILD_PARAMS = StoreParams.builder("newskg-build", PARAMS)
            .node2NodeIdCacheSize(0).nodeId2NodeCacheSize(0).build();

    /** Connects to the store in {@code dir}, creating an empty one if there is none. */
    public static DatasetGraph open(Path dir) {
        return connect(dir, PARAMS);
    }

    private static DatasetGraph connect(Path dir, StoreParams params) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toAbsolutePath().toString(), params);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Connects to a store being built aside, in a {@link NewStore} folder, with the build's small node caches. */
    static DatasetGraph openForBuild(Path dir) {
        return connect(dir, BUILD_PARAMS);
    }

    /**
     * Records the usual parameters in the {@code tdb.cfg} of the store built in {@code dir}, which must be closed:
     * TDB2 wrote the build's small caches there, and other TDB2 tools would open the store with them.
     */
    static void endBuild(Path dir) {
        StoreParamsCodec.write(Location.create(dir.toAbsolutePath()), PARAMS);
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
