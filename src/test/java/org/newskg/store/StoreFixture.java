package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.article.ArticleReader;
import org.newskg.extract.ArticleExtractor;
import org.newskg.rdf.Iris;

/** Copies of the seed corpus and builds of them, for tests. */
public final class StoreFixture {

    public static final Path SEED = Path.of("corpus");
    private static ArticleExtractor extractor;

    private StoreFixture() {
    }

    public static synchronized ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = ArticleExtractor.load();
        }
        return extractor;
    }

    /** A copy of the seed articles in {@code dir}. */
    public static Path copySeed(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(SEED)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    public static BuildReport build(Path corpus, DatasetGraph store) throws IOException {
        return build(corpus, store, ArticleReader.DEFAULT_MAX_BYTES);
    }

    public static BuildReport build(Path corpus, DatasetGraph store, long maxBytes) throws IOException {
        return new Build(StoreFixture::extractor, Iris.defaults(), maxBytes).run(corpus, store, Progress.none());
    }

    /** In-memory copies of every named graph of the store, by graph IRI. */
    public static Map<String, Graph> graphs(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Map<String, Graph> graphs = new HashMap<>();
            store.listGraphNodes().forEachRemaining((Node g) -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.getGraph(g).find().forEachRemaining(copy::add);
                graphs.put(g.getURI(), copy);
            });
            return graphs;
        });
    }
}
