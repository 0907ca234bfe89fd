package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.StoreFixture.copySeed;
import static org.newskg.store.StoreFixture.graphs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.ArticleReader;
import org.newskg.extract.ArticleExtractor;
import org.newskg.rdf.Iris;
import org.newskg.store.BatchedWrites.Change;

/** A new store, built aside with its indexes written bottom-up ({@link IndexBuild}), then moved into place. */
class NewStoreBuildTest {

    @TempDir
    Path tmp;

    @Test
    void aNewStoreHoldsWhatStoringArticleByArticleHolds() throws IOException {
        Path corpus = copySeed(tmp.resolve("corpus"));
        DatasetGraph inserted = KgStore.open(tmp.resolve("inserted"));  // open: an existing store, built in place
        StoreFixture.build(corpus, inserted);

        Path storeDir = tmp.resolve("new");
        BuildReport report = build(corpus, storeDir);

        assertEquals(5, report.added());
        assertSameGraphs(inserted, KgStore.open(storeDir));
    }

    @Test
    void aNewStoreRelinksWhileItsIndexesAreBuilt() throws IOException {
        // Stored one article at a time, article 000 ("Lavrov" alone) gets a person of its own until a later
        // article gives his first name: the final resolution relinks it, here in the rows of the new indexes.
        Path corpus = copySeed(tmp.resolve("corpus"));
        DatasetGraph oneBatch = KgStore.open(tmp.resolve("one-batch"));
        StoreFixture.build(corpus, oneBatch);
        List<String> phases = new ArrayList<>();
        Progress progress = Progress.to((phase, done, total) -> {
            if (done == 0) {
                phases.add(phase);
            }
        });

        Path storeDir = tmp.resolve("new");
        new Build(StoreFixture::extractor, Iris.defaults(), ArticleReader.DEFAULT_MAX_BYTES, 1).run(corpus, storeDir, progress);

        assertEquals(List.of("extracting and storing", "building indexes"), phases);
        assertSameGraphs(oneBatch, KgStore.open(storeDir));
    }

    @Test
    void aNewStoreLoadsTheExtractorOnceAndOnAnotherThreadWhileItReadsTheCorpus() throws IOException {
        List<Thread> loadedOn = Collections.synchronizedList(new ArrayList<>());
        Supplier<ArticleExtractor> load = () -> {
            loadedOn.add(Thread.currentThread());
            return StoreFixture.extractor();
        };

        new Build(load, Iris.defaults(), ArticleReader.DEFAULT_MAX_BYTES).run(copySeed(tmp.resolve("corpus")),
                tmp.resolve("store"), Progress.none());

        assertEquals(1, loadedOn.size());
        assertNotSame(Thread.currentThread(), loadedOn.get(0));
    }

    @Test
    void anExtractorThatCannotLoadFailsTheBuildWithItsOwnErrorAndNoStore() throws IOException {
        Path corpus = copySeed(tmp.resolve("corpus"));
        Path storeDir = tmp.resolve("store");
        Supplier<ArticleExtractor> load = () -> {
            throw new IllegalStateException("no POS model");
        };

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Build(load, Iris.defaults(), ArticleReader.DEFAULT_MAX_BYTES).run(corpus, storeDir,
                        Progress.none()));

        assertEquals("no POS model", e.getMessage());
        assertFalse(Files.exists(storeDir));
    }

    @Test
    void theStoreAppearsOnlyOnceCompleteAndNothingIsLeftBeside() throws IOException {
        Path corpus = copySeed(tmp.resolve("corpus"));
        Path storeDir = tmp.resolve("store");
        Path leftover = tmp.resolve(".store.building");
        Files.createDirectories(leftover.resolve("Data-0001"));  // from a build that was killed

        build(corpus, storeDir);

        assertTrue(KgStore.exists(storeDir));
        assertFalse(Files.exists(leftover));
        try (var entries = Files.list(tmp)) {
            assertEquals(Set.of("corpus", "store"), entries.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void aStoreBuiltWithSmallNodeCachesIsOpenedAgainWithTdbsOwn() throws IOException {
        Path storeDir = tmp.resolve("store");
        build(copySeed(tmp.resolve("corpus")), storeDir);

        StoreParams used = TDBInternal.getDatasetGraphTDB(KgStore.open(storeDir)).getStoreParams();
        StoreParams tdb = StoreParams.getDftStoreParams();
        assertEquals(tdb.getNode2NodeIdCacheSize(), used.getNode2NodeIdCacheSize());
        assertEquals(tdb.getNodeId2NodeCacheSize(), used.getNodeId2NodeCacheSize());
        StoreParams recorded = StoreParamsCodec.read(Location.create(storeDir.toAbsolutePath()));
        assertEquals(tdb.getNode2NodeIdCacheSize(), recorded.getNode2NodeIdCacheSize());
        assertEquals(tdb.getNodeId2NodeCacheSize(), recorded.getNodeId2NodeCacheSize());
        assertEquals(List.of("GSPO", "SPOG", "POSG", "OSPG"), List.of(recorded.getQuadIndexes()));
    }

    @Test
    void aBuildThatCannotReadItsCorpusCreatesNoStore() {
        Path storeDir = tmp.resolve("store");
        assertThrows(NoSuchFileException.class, () -> build(tmp.resolve("nowhere"), storeDir));
        assertFalse(Files.exists(storeDir));
    }

    @Test
    void aSecondBuildOfTheSameFolderIsIncremental() throws IOException {
        Path corpus = copySeed(tmp.resolve("corpus"));
        Path storeDir = tmp.resolve("store");
        build(corpus, storeDir);

        BuildReport again = build(corpus, storeDir);

        assertEquals(0, again.added());
        assertEquals(5, again.unchanged());
    }

    @Test
    void theQuadsOfAnAbortedTransactionNeverReachTheIndexes() {
        Path dir = tmp.resolve("store");
        Node a = NodeFactory.createURI("http://example.org/a");
        Node b = NodeFactory.createURI("http://example.org/b");
        Node p = NodeFactory.createURI("http://example.org/p");
        DatasetGraph nodes = KgStore.open(dir);
        try (IndexBuild indexes = new IndexBuild()) {
            Change failing = new Change("b.txt", batch -> {
                batch.addGraph(b, graph(b, p, b));
                batch.finish();  // its rows handed over, then the transaction fails
                throw new IllegalStateException("disk full");
            });
            Map<String, String> failed = BatchedWrites.write(nodes,
                    List.of(new Change("a.txt", batch -> batch.addGraph(a, graph(a, p, a))), failing), indexes);
            TDBInternal.expel(nodes);
            indexes.build(dir, PackedRelinks.NONE, Progress.none());

            assertEquals(Set.of("b.txt"), failed.keySet());
            assertEquals(1, indexes.quads());
        }
        DatasetGraph store = KgStore.open(dir);
        Txn.executeRead(store, () -> {
            assertTrue(store.contains(a, a, p, a));
            assertFalse(store.contains(b, b, p, b));
        });
        assertEveryIndexFindsEveryQuad(store);
    }

    @Test
    void rowsSpilledToSortedRunsOnDiskReachEveryIndex() {
        Path dir = tmp.resolve("store");
        Node p = NodeFactory.createURI("http://example.org/p");
        Random random = new Random(7);
        List<Change> articles = new ArrayList<>();
        Set<Quad> quads = new HashSet<>();
        for (int a = 0; a < 6; a++) {
            Node g = NodeFactory.createURI("http://example.org/g" + a);
            Graph graph = GraphFactory.createDefaultGraph();
            for (int i = 0; i < 40; i++) {  // subjects and objects shared across graphs, in no order
                Node s = NodeFactory.createURI("http://example.org/s" + random.nextInt(30));
                Node o = NodeFactory.createLiteralString("o" + random.nextInt(30));
                graph.add(s, p, o);
                quads.add(Quad.create(g, s, p, o));
            }
            articles.add(new Change(a + ".txt", batch -> batch.addGraph(g, graph)));
        }
        DatasetGraph nodes = KgStore.open(dir);
        try (IndexBuild indexes = new IndexBuild(16)) {  // 16 rows per index in memory: many runs on disk
            for (Change article : articles) {
                assertTrue(BatchedWrites.write(nodes, List.of(article), indexes).isEmpty());
            }
            TDBInternal.expel(nodes);
            indexes.build(dir, PackedRelinks.NONE, Progress.none());
        }
        DatasetGraph store = KgStore.open(dir);
        assertEquals(quads, Txn.calculateRead(store, () -> new HashSet<>(Iter.toList(store.find()))));
        assertEveryIndexFindsEveryQuad(store);
    }

    private BuildReport build(Path corpus, Path storeDir) throws IOException {
        return new Build(StoreFixture::extractor, Iris.defaults(), ArticleReader.DEFAULT_MAX_BYTES)
                .run(corpus, storeDir, Progress.none());
    }

    private static Graph graph(Node s, Node p, Node o) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(s, p, o);
        return g;
    }

    /** {@code built} holds the graphs {@code expected} holds, and finds each of its quads through every index. */
    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph built) {
        Map<String, Graph> want = graphs(expected);
        Map<String, Graph> got = graphs(built);
        assertEquals(want.keySet(), got.keySet());
        want.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(got.get(g)), "graph differs: " + g));
        assertEveryIndexFindsEveryQuad(built);
    }

    /**
     * Every quad is found again through each quad index: by its graph (GSPO), subject (SPOG), predicate (POSG)
     * and object (OSPG). A B+tree whose records were out of order would miss some in these range scans.
     */
    private static void assertEveryIndexFindsEveryQuad(DatasetGraph store) {
        Txn.executeRead(store, () -> {
            Set<Quad> all = new HashSet<>(Iter.toList(store.find()));
            assertFalse(all.isEmpty());
            List<Function<Node, List<Quad>>> byIndex = List.of(
                    g -> Iter.toList(store.find(g, Node.ANY, Node.ANY, Node.ANY)),
                    s -> Iter.toList(store.find(Node.ANY, s, Node.ANY, Node.ANY)),
                    p -> Iter.toList(store.find(Node.ANY, Node.ANY, p, Node.ANY)),
                    o -> Iter.toList(store.find(Node.ANY, Node.ANY, Node.ANY, o)));
            List<Function<Quad, Node>> slot = List.of(Quad::getGraph, Quad::getSubject, Quad::getPredicate, Quad::getObject);
            for (int i = 0; i < byIndex.size(); i++) {
                Set<Quad> found = new HashSet<>();
                Function<Quad, Node> key = slot.get(i);
                Function<Node, List<Quad>> find = byIndex.get(i);
                all.stream().map(key).distinct().forEach(n -> found.addAll(find.apply(n)));
                assertEquals(all, found, "index " + i);
            }
        });
    }
}
