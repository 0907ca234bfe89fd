package org.newskg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The writes of one TDB2 write transaction: the graphs it adds, as rows of node ids, which reach the quad
 * indexes at {@link #finish()} by way of {@link IndexWrites} (inserted in each index's order, or kept for an
 * index built bottom-up). Nodes get their ids at once, in the node table. The rows of a batch of
 * {@link ArticleWriter#MAX_CHARS} take some 35 MB until the commit.
 * <p>
 * The transaction calls {@link #finish()} before it commits; changes through {@link #store()} (removing a graph)
 * take effect at once. Each article's graph has its own name, so the order between one article's removal and
 * another's addition does not matter.
 */
final class QuadBatch {

    /** A quad as the node ids of its graph, subject, predicate and object, with their sort keys. */
    record Row(Tuple<NodeId> ids, long[] keys) {
    }

    private final DatasetGraph store;
    private final IndexWrites indexes;
    private final NodeTable nodes;
    private final TupleTable quads;
    /** Each node of the batch once: most nodes (predicates, classes, the article) recur in every graph. */
    private final Map<Node, NodeId> ids = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** @param store a TDB2 store, in a write transaction */
    QuadBatch(DatasetGraph store, IndexWrites indexes) {
        this.store = store;
        this.indexes = indexes;
        var table = TDBInternal.getDatasetGraphTDB(store).getQuadTable().getNodeTupleTable();
        this.nodes = table.getNodeTable();
        this.quads = table.getTupleTable();
    }

    /** The store itself, for the changes that are not additions of graphs. */
    DatasetGraph store() {
        return store;
    }

    /**
     * Adds the triples of {@code graph} to the named graph {@code name}, as {@link DatasetGraph#addGraph} does.
     *
     * @throws IllegalArgumentException if a subject is a blank node: every subject of the store is an IRI, an
     *                                  entity of its VoID description ({@link UnionStatistics})
     */
    void addGraph(Node name, Graph graph) {
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            if (t.getSubject().isBlank()) {
                throw new IllegalArgumentException("a blank node as subject in " + name + ": " + t);
            }
            NodeId[] quad = {id(name), id(t.getSubject()), id(t.getPredicate()), id(t.getObject())};
            long[] keys = new long[quad.length];
            for (int i = 0; i < quad.length; i++) {
                keys[i] = key(quad[i]);
            }
            rows.add(new Row(TupleFactory.create(quad), keys));
        }
    }

    /** Hands the added quads to the indexes; call once, before the transaction commits. */
    void finish() {
        indexes.write(quads, rows);
        rows.clear();
    }

    private NodeId id(Node n) {
        return ids.computeIfAbsent(n, nodes::getAllocateNodeId);
    }

    /** The bytes of {@code id} in an index record, as one number. */
    static long key(NodeId id) {
        byte[] bytes = new byte[NodeId.SIZE];
        NodeIdFactory.set(id, bytes);
        return Bytes.getLong(bytes);
    }
}
