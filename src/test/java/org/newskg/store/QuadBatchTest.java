package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.BatchedWrites.Change;

class QuadBatchTest {

    private static final Node P = NodeFactory.createURI("http://example.org/p");

    @TempDir
    Path tmp;
    DatasetGraph store;

    @AfterEach
    void close() {
        TDBInternal.expel(store);
    }

    @Test
    void aGraphWithABlankSubjectIsRefusedAndTheOthersOfTheBatchLand() {
        store = KgStore.open(tmp);
        Node a = NodeFactory.createURI("http://example.org/a");
        Node b = NodeFactory.createURI("http://example.org/b");
        Node blank = NodeFactory.createBlankNode();
        Graph withBlank = GraphFactory.createDefaultGraph();
        withBlank.add(b, P, b);
        withBlank.add(blank, P, b);
        Graph plain = GraphFactory.createDefaultGraph();
        plain.add(a, P, a);

        Map<String, String> failed = BatchedWrites.write(store, List.of(
                new Change("a.txt", batch -> batch.addGraph(a, plain)),
                new Change("b.txt", batch -> batch.addGraph(b, withBlank))), SortedInserts.INSTANCE);

        assertEquals(List.of("b.txt"), List.copyOf(failed.keySet()));
        assertTrue(failed.get("b.txt").contains("blank node as subject"), failed.get("b.txt"));
        Txn.executeRead(store, () -> {
            assertTrue(store.contains(a, a, P, a));
            assertFalse(store.containsGraph(b));
        });
    }
}
