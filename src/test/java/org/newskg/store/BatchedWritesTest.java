package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.BatchedWrites.Change;

class BatchedWritesTest {

    private static final Node A = uri("a");
    private static final Node B = uri("b");
    private static final Node C = uri("c");
    private static final Node P = uri("p");
    private static final Node OLD = NodeFactory.createLiteralString("old");
    private static final Node NEW = NodeFactory.createLiteralString("new");

    @TempDir
    Path tmp;
    DatasetGraph store;

    @BeforeEach
    void setUp() {
        store = KgStore.open(tmp);
        Txn.executeWrite(store, () -> {
            store.add(A, A, P, OLD);
            store.add(B, B, P, OLD);
        });
    }

    @Test
    void aFailingChangeLeavesItsArticleAsItWasAndTheOthersLand() {
        Change failing = new Change("b.txt", s -> {
            replace(s.store(), B);
            throw new IllegalStateException("disk full");
        });
        Map<String, String> failures = BatchedWrites.write(store,
                List.of(new Change("a.txt", s -> replace(s.store(), A)), failing, new Change("c.txt", s -> replace(s.store(), C))),
                SortedInserts.INSTANCE);

        assertEquals(Map.of("b.txt", "could not be stored: java.lang.IllegalStateException: disk full"), failures);
        Txn.executeRead(store, () -> {
            assertTrue(store.contains(A, A, P, NEW) && !store.contains(A, A, P, OLD));
            assertTrue(store.contains(C, C, P, NEW));
            assertTrue(store.contains(B, B, P, OLD), "b keeps what it had");
            assertFalse(store.contains(B, B, P, NEW), "nothing of b's failed change is left");
        });
    }

    /** The change of one article: its graph replaced. */
    private static void replace(DatasetGraph s, Node graph) {
        s.removeGraph(graph);
        s.add(graph, graph, P, NEW);
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }
}
