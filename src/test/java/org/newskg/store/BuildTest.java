package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.StoreFixture.build;
import static org.newskg.store.StoreFixture.copySeed;
import static org.newskg.store.StoreFixture.graphs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;

class BuildTest {

    private static final Iris IRIS = Iris.defaults();
    private static final String A0 = "000_60e45256294c76ef";
    private static final String A1 = "001_9f2e92d670fe1bac";
    private static final String A4 = "004_d76b93d86a0e74a5";

    @TempDir
    Path tmp;
    Path corpus;
    Path storeDir;
    DatasetGraph store;

    @BeforeEach
    void setUp() throws IOException {
        corpus = copySeed(tmp.resolve("corpus"));
        storeDir = tmp.resolve("store");
        store = KgStore.open(storeDir);
    }

    @Test
    void firstBuildStoresEveryArticleInItsOwnGraph() throws IOException {
        BuildReport r = build(corpus, store);
        assertEquals(5, r.added());
        assertTrue(r.failures().isEmpty(), r.failures().toString());
        Map<String, Graph> graphs = graphs(store);
        for (String stem : List.of(A0, A1, "002_7c0963efd4a23422", "003_0217356731568e3d", A4)) {
            Graph g = graphs.get(IRIS.article(stem));
            Node article = NodeFactory.createURI(IRIS.article(stem));
            assertTrue(g.contains(article, KG.sourceFile, NodeFactory.createLiteralString(stem + ".txt")));
            assertTrue(g.contains(article, KG.contentHash, Node.ANY));
            assertTrue(g.contains(article, KG.text, Node.ANY));
        }
        assertTrue(graphs.containsKey(VoidDescription.graphName(IRIS)));
    }

    @Test
    void anArticleNotInFrenchIsReportedAndSkippedWhileTheOthersLand() throws IOException {
        Files.writeString(corpus.resolve("english.txt"), "The Secretary of State said on Friday that the United "
                + "States would keep pressing for the release of two Americans held in Russia, and that talks "
                + "with Moscow would continue through the channels both presidents had agreed.", StandardCharsets.UTF_8);
        BuildReport r = build(corpus, store);
        assertEquals(List.of("english.txt"), r.skipped().stream().map(p -> p.file().getFileName().toString()).toList());
        assertTrue(r.skipped().get(0).reason().contains("en"), r.skipped().get(0).reason());
        assertEquals(5, graphs(store).keySet().stream().filter(g -> g.contains("/article/0")).count());
        Graph english = graphs(store).get(IRIS.article("english"));
        assertFalse(english != null && english.contains(Node.ANY, RDF.type.asNode(), KG.Quotation),
                "nothing is extracted from an article that is not in French");
    }

    @Test
    void theDefaultGraphOfQueriesIsTheUnionOfTheNamedGraphs() throws IOException {
        build(corpus, store);
        long articles = Txn.calculateRead(store, () -> {
            try (QueryExec qe = QueryExec.dataset(store)
                    .query("SELECT (COUNT(*) AS ?n) { ?a a <" + KG.NewsArticle.getURI() + "> }").build()) {
                return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
            }
        });
        assertEquals(5, articles);
    }

    @Test
    void rebuildingAnUnchangedCorpusChangesNothing() throws IOException {
        build(corpus, store);
        Map<String, Graph> before = graphs(store);
        BuildReport r = build(corpus, store);
        assertEquals(0, r.added() + r.changed() + r.relinked() + r.removed());
        assertEquals(5, r.unchanged());
        assertSameGraphs(before, graphs(store));
    }

    @Test
    void aChangedArticleReplacesOnlyItsGraph() throws IOException {
        build(corpus, store);
        Map<String, Graph> before = graphs(store);
        Path a1 = corpus.resolve(A1 + ".txt");
        Files.writeString(a1, Files.readString(a1) + "\n\nFin de la dépêche.\n");
        BuildReport r = build(corpus, store);
        assertEquals(1, r.changed());
        assertEquals(4, r.unchanged() + r.relinked());
        Map<String, Graph> after = graphs(store);
        assertEquals(before.keySet(), after.keySet());
        Set<String> changed = changedArticleGraphs(before, after);
        assertTrue(changed.contains(IRIS.article(A1)));
        // the others change only if the corpus-wide person resolution moved one of their names
        assertEquals(1 + r.relinked(), changed.size());
        Node article = NodeFactory.createURI(IRIS.article(A1));
        String text = after.get(IRIS.article(A1)).find(article, KG.text, Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(text.endsWith("Fin de la dépêche."));
    }

    @Test
    void aDeletedArticleLosesItsGraph() throws IOException {
        build(corpus, store);
        Map<String, Graph> before = graphs(store);
        Files.delete(corpus.resolve(A4 + ".txt"));
        BuildReport r = build(corpus, store);
        assertEquals(1, r.removed());
        assertEquals(4, r.unchanged() + r.relinked());
        Map<String, Graph> after = graphs(store);
        assertFalse(after.containsKey(IRIS.article(A4)));
        assertEquals(r.relinked(), changedArticleGraphs(before, after).size());
    }

    @Test
    void badFilesAreReportedAndTheOthersStillLand() throws IOException {
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.write(corpus.resolve("latin1.txt"), "Le président a parlé.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("big.txt"), "mot ".repeat(5000).getBytes(StandardCharsets.UTF_8));
        Files.createDirectory(corpus.resolve("folder.txt"));
        BuildReport r = build(corpus, store, 10 * 1024);
        assertEquals(5, r.added());
        assertEquals(Map.of(
                "empty.txt", "empty file",
                "binary.txt", "binary file (NUL byte at byte 4)",
                "latin1.txt", "invalid UTF-8 at byte 5",
                "big.txt", "too large: 19.5 KB, over the limit of 10.0 KB (--max-size)",
                "folder.txt", "cannot read: is a directory"), reasons(r.failures()));
        assertEquals(5, graphs(store).keySet().stream().filter(g -> g.startsWith(IRIS.base() + "article/")).count());
    }

    @Test
    void anArticleThatTurnsBadKeepsItsStoredGraph() throws IOException {
        build(corpus, store);
        Map<String, Graph> before = graphs(store);
        Files.write(corpus.resolve(A1 + ".txt"), "Le président a parlé.".getBytes(StandardCharsets.ISO_8859_1));
        BuildReport r = build(corpus, store);
        assertEquals(Map.of(A1 + ".txt", "invalid UTF-8 at byte 5"), reasons(r.failures()));
        assertEquals(0, r.removed());
        Map<String, Graph> after = graphs(store);
        assertEquals(before.keySet(), after.keySet());
        assertTrue(before.get(IRIS.article(A1)).isIsomorphicWith(after.get(IRIS.article(A1))));
    }

    @Test
    void aMissingCorpusFolderWritesNothing() throws IOException {
        build(corpus, store);
        Map<String, Graph> before = graphs(store);
        assertThrows(NoSuchFileException.class, () -> build(tmp.resolve("nowhere"), store));
        assertSameGraphs(before, graphs(store));
    }

    @Test
    void anUnchangedArticleWhosePersonsMovedIsRelinkedInPlace() throws IOException {
        build(corpus, store);
        Graph original = graphs(store).get(IRIS.article(A0));
        Node lavrov = personOf(original, "Lavrov");
        // As if an earlier resolution had linked a name of article 000 to another person.
        Node mention = NodeFactory.createURI(IRIS.fact(A0, "mention", 99));
        Node stale = NodeFactory.createURI(IRIS.person("someone-else"));
        inject(A0, mention, "Sergueï Lavrov", stale);
        Txn.executeWrite(store, () -> store.add(NodeFactory.createURI(IRIS.article(A0)), stale, RDFS.label.asNode(),
                NodeFactory.createLiteralString("Someone Else")));

        BuildReport r = build(corpus, store);

        assertEquals(1, r.relinked());
        assertEquals(4, r.unchanged());
        Graph expected = copy(original);
        expected.add(mention, RDF.type.asNode(), KG.Mention);
        expected.add(mention, KG.form, NodeFactory.createLiteralString("Sergueï Lavrov"));
        expected.add(mention, KG.mentionOf, lavrov);
        assertTrue(expected.isIsomorphicWith(graphs(store).get(IRIS.article(A0))),
                "the stale person node is renamed to Lavrov's, its label dropped, the rest of the graph kept");
    }

    @Test
    void anArticleWhosePersonNodeMustSplitIsExtractedAgain() throws IOException {
        build(corpus, store);
        Graph original = graphs(store).get(IRIS.article(A0));
        // Two names of article 000, of two persons, on one node: renaming cannot tell their triples apart.
        Node stale = NodeFactory.createURI(IRIS.person("two-persons"));
        inject(A0, NodeFactory.createURI(IRIS.fact(A0, "mention", 98)), "Paul Whelan", stale);
        inject(A0, NodeFactory.createURI(IRIS.fact(A0, "mention", 99)), "Joe Biden", stale);

        BuildReport r = build(corpus, store);

        assertEquals(1, r.relinked());
        assertTrue(original.isIsomorphicWith(graphs(store).get(IRIS.article(A0))));
    }

    @Test
    void storingOneArticleAtATimeEndsWithTheGraphsOfOneBatch() throws IOException {
        // Article 000 names "Lavrov" alone: stored first, he gets a person of his own, until a later article
        // gives his first name and the final resolution relinks article 000.
        List<String> phases = new ArrayList<>();
        Progress progress = Progress.to((phase, done, total) -> {
            if (done == 0) {
                phases.add(phase);
            }
        });
        DatasetGraph oneAtATime = KgStore.open(tmp.resolve("one-at-a-time"));
        new Build(StoreFixture::extractor, IRIS, ArticleReader.DEFAULT_MAX_BYTES, 1).run(corpus, oneAtATime, progress);
        build(corpus, store);

        assertEquals(List.of("extracting and storing", "relinking"), phases);
        assertSameGraphs(graphs(store), graphs(oneAtATime));
    }

    @Test
    void voidDescribesTheUnionOfTheOtherGraphs() throws IOException {
        build(corpus, store);
        Map<String, Graph> graphs = graphs(store);
        Graph description = graphs.remove(VoidDescription.graphName(IRIS));
        Set<Triple> union = new HashSet<>();
        graphs.values().forEach(g -> g.find().forEachRemaining(union::add));
        assertEquals(union.size(), VoidDescription.triples(description, IRIS));
        Node dataset = NodeFactory.createURI(VoidDescription.datasetIri(IRIS));
        Node articles = description.find(Node.ANY, VOID._class.asNode(), KG.NewsArticle).next().getSubject();
        assertTrue(description.contains(dataset, VOID.classPartition.asNode(), articles));
        assertEquals(5, ((Number) description.find(articles, VOID.entities.asNode(), Node.ANY).next().getObject()
                .getLiteralValue()).intValue());
        List<String> dates = description.find(Node.ANY, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> t.getPredicate().getURI().startsWith("http://www.w3.org/ns/dcat#"))
                .map(t -> t.getPredicate().getLocalName() + "=" + t.getObject().getLiteralLexicalForm()).sorted().toList();
        assertEquals(List.of("endDate=2023-03", "startDate=2022-07"), dates);
    }

    @Test
    void staleWhenTheStoreIsMissingOrTheCorpusChanged() throws IOException {
        Path other = tmp.resolve("other-store");
        assertTrue(Build.isStale(corpus, other));
        build(corpus, store);
        assertFalse(Build.isStale(corpus, storeDir));
        Files.writeString(corpus.resolve("new.txt"), "Un nouvel article.");
        assertTrue(Build.isStale(corpus, storeDir));
        build(corpus, store);
        assertFalse(Build.isStale(corpus, storeDir));
        Files.delete(corpus.resolve("new.txt"));
        assertTrue(Build.isStale(corpus, storeDir));
    }

    /** Adds to an article's graph a mention of {@code name} linked to {@code person}. */
    private void inject(String article, Node mention, String name, Node person) {
        Node graph = NodeFactory.createURI(IRIS.article(article));
        Txn.executeWrite(store, () -> {
            store.add(graph, mention, RDF.type.asNode(), KG.Mention);
            store.add(graph, mention, KG.form, NodeFactory.createLiteralString(name));
            store.add(graph, mention, KG.mentionOf, person);
        });
    }

    /** The person the mention of {@code name} in {@code graph} is linked to. */
    private static Node personOf(Graph graph, String name) {
        Node mention = graph.find(Node.ANY, KG.form, NodeFactory.createLiteralString(name)).next().getSubject();
        return graph.find(mention, KG.mentionOf, Node.ANY).next().getObject();
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }

    private static Map<String, String> reasons(List<ArticleProblem> problems) {
        Map<String, String> reasons = new HashMap<>();
        problems.forEach(p -> reasons.put(p.file().getFileName().toString(), p.reason()));
        return reasons;
    }

    /** Same graph names, and every graph isomorphic to its old self. */
    private static void assertSameGraphs(Map<String, Graph> before, Map<String, Graph> after) {
        assertEquals(before.keySet(), after.keySet());
        before.keySet().forEach(g -> assertTrue(before.get(g).isIsomorphicWith(after.get(g)), "graph changed: " + g));
    }

    /** The article graphs present before and after whose content differs. */
    private static Set<String> changedArticleGraphs(Map<String, Graph> before, Map<String, Graph> after) {
        Set<String> changed = new HashSet<>();
        for (String g : before.keySet()) {
            if (g.startsWith(IRIS.base() + "article/") && after.containsKey(g)
                    && !before.get(g).isIsomorphicWith(after.get(g))) {
                changed.add(g);
            }
        }
        return changed;
    }
}
