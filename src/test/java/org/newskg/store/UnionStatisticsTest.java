package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnionStatisticsTest {

    private static final Node TYPE = NodeFactory.createURI(RDF.uri + "type");  // RDF.type would load Jena too early
    private static final Node A = uri("a");
    private static final Node C = uri("c");
    private static final Node P = uri("p");
    private static final Node Q = uri("q");
    private static final Node CLASS1 = uri("Class1");
    private static final Node CLASS2 = uri("Class2");

    @TempDir
    Path tmp;
    DatasetGraph store;

    @BeforeEach
    void setUp() {
        store = KgStore.open(tmp);
        Node g1 = uri("g1");
        Node g2 = uri("g2");
        Node b = uri("b");
        Txn.executeWrite(store, () -> {
            store.add(g1, A, TYPE, CLASS1);
            store.add(g1, A, P, NodeFactory.createLiteralString("x"));
            store.add(g1, b, P, A);
            store.add(g2, A, TYPE, CLASS1);  // the same triple in another graph
            store.add(g2, C, TYPE, CLASS1);
            store.add(g2, C, TYPE, CLASS2);
            store.add(g2, C, Q, A);
        });
    }

    @Test
    void countsTheUnionOfTheNamedGraphs() {
        UnionStatistics s = Txn.calculateRead(store, () -> UnionStatistics.of(store));
        assertEquals(6, s.triples());
        assertEquals(3, s.subjects());
        assertEquals(3, s.properties());
        assertEquals(4, s.objects());
        assertEquals(Map.of(CLASS1, 2L, CLASS2, 1L), s.classes());
    }

    @Test
    void agreesWithSparqlOverTheUnionGraph() {
        Txn.executeRead(store, () -> {
            UnionStatistics s = UnionStatistics.of(store);
            assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), s.triples());
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"), s.subjects());
            assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"), s.properties());
            assertEquals(count("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"), s.objects());
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + CLASS1.getURI() + "> }"),
                    s.classes().get(CLASS1));
        });
    }

    private long count(String query) {
        try (QueryExec qe = QueryExec.dataset(store).query(query).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }
}
