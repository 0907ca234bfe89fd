package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownLengthFileTest {

    @TempDir
    Path tmp;

    @Test
    void nodesWrittenOverSeveralTransactionsReadBackAfterTheStoreIsOpenedAgain() throws Exception {
        Set<Quad> written = new HashSet<>();
        DatasetGraph building = KgStore.openForBuild(tmp);
        assertTrue(KnownLengthFile.install(building));
        try {
            for (int txn = 0; txn < 3; txn++) {
                int t = txn;
                Txn.executeWrite(building, () -> {
                    for (int i = 0; i < 500; i++) {
                        // literals of every length, some longer than TDB2's 128 KB write buffer
                        Node text = NodeFactory.createLiteralString("é".repeat(i * (i % 97 == 0 ? 700 : 3)) + t);
                        Quad q = Quad.create(NodeFactory.createURI("http://example.org/g" + t),
                                NodeFactory.createURI("http://example.org/s" + t + "-" + i),
                                NodeFactory.createURI("http://example.org/p"), text);
                        building.add(q);
                        written.add(q);
                    }
                });
            }
            var data = ((NodeTableTRDF) TDBInternal.getDatasetGraphTDB(building).getQuadTable().getNodeTupleTable()
                    .getNodeTable().baseNodeTable()).getData();
            long known = Txn.calculateWrite(building, data::length);
            assertTrue(known > 0);
            assertEquals(Files.size(tmp.resolve("Data-0001").resolve("nodes-data.obj")), known);
        } finally {
            TDBInternal.expel(building);
        }

        DatasetGraph reopened = KgStore.open(tmp);
        try {
            Set<Quad> read = new HashSet<>();
            Txn.executeRead(reopened, () -> reopened.find().forEachRemaining(read::add));
            assertEquals(written, read);
        } finally {
            TDBInternal.expel(reopened);
        }
    }
}
