package org.newskg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;

/**
 * {@link Relink}s made on the quads of a new store while its indexes are built ({@link IndexBuild}), instead of
 * on its B+trees afterwards: there each renamed quad was deleted from and inserted into four packed indexes,
 * which took longer the larger the store (2 s on a 20 MB build, 8 s on a 60 MB one). Here a quad is a row of
 * node-id keys in graph, subject, predicate, object order: {@link #scan} reads every row once and finds those
 * to drop and those to add, and each index then leaves the first out and takes the second in its own order.
 * The rows come out as {@link Relink#apply} leaves the graph: person nodes renamed, their labels replaced.
 */
final class PackedRelinks {

    private static final int G = 0;
    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    /** One relinked graph's changes, as node-id keys. */
    private record GraphRelink(Map<Long, Long> renames, Set<Long> relabeled) {
    }

    /** No relinks: the indexes take the rows as they are. */
    static final PackedRelinks NONE = new PackedRelinks();

    private final Map<Long, GraphRelink> byGraph = new HashMap<>();
    /** The keys of {@link #byGraph}, sorted. */
    private final long[] graphs;
    private final long label;
    private final List<long[]> labels = new ArrayList<>();
    private final Set<List<Long>> dropped = new HashSet<>();
    private final List<long[]> added = new ArrayList<>();

    private PackedRelinks() {
        this.graphs = new long[0];
        this.label = 0;
    }

    /**
     * Gives node ids to what {@code relinks} name, in a write transaction on {@code store}; a node new to the
     * store (a person IRI or label not written yet) is added to its node table.
     */
    static PackedRelinks of(DatasetGraph store, List<Relink> relinks) {
        return relinks.isEmpty() ? NONE : new PackedRelinks(store, relinks);
    }

    private PackedRelinks(DatasetGraph store, List<Relink> relinks) {
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(store).getQuadTable().getNodeTupleTable().getNodeTable();
        this.label = Txn.calculateWrite(store, () -> {
            for (Relink r : relinks) {
                long graph = key(nodes, NodeFactory.createURI(r.article().graph()));
                Map<Long, Long> renames = new HashMap<>();
                r.renames().forEach((before, now) -> {
                    if (!before.equals(now)) {
                        renames.put(key(nodes, before), key(nodes, now));
                    }
                });
                Set<Long> relabeled = new HashSet<>();
                r.labels().forEach((person, names) -> {
                    long p = key(nodes, person);
                    relabeled.add(p);
                    names.forEach(name -> labels.add(new long[] {graph, p, key(nodes, RDFS.label.asNode()), key(nodes, name)}));
                });
                byGraph.put(graph, new GraphRelink(renames, relabeled));
            }
            return key(nodes, RDFS.label.asNode());
        });
        this.graphs = byGraph.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long key(NodeTable nodes, Node n) {
        return QuadBatch.key(nodes.getAllocateNodeId(n));
    }

    boolean isEmpty() {
        return byGraph.isEmpty();
    }

    /**
     * Reads every row of the store once, in any order, and notes those of relinked graphs that change: a row
     * that names a renamed node is dropped and added renamed; the label rows of a relabeled person are dropped,
     * and its new labels added.
     */
    void scan(Iterator<long[]> rows) {
        rows.forEachRemaining(row -> {
            GraphRelink relink = byGraph.get(row[G]);
            if (relink == null) {
                return;
            }
            long[] now = {row[G], renamed(relink, row[S]), row[P], renamed(relink, row[O])};
            boolean relabeled = now[P] == label && relink.relabeled().contains(now[S]);
            if (relabeled || !Arrays.equals(now, row)) {
                dropped.add(List.of(row[G], row[S], row[P], row[O]));
                if (!relabeled) {
                    added.add(now);
                }
            }
        });
        added.addAll(labels);
    }

    private static long renamed(GraphRelink relink, long node) {
        return relink.renames().getOrDefault(node, node);
    }

    /**
     * Whether {@link #scan} found that the row {@code g s p o} goes. Asked of every row of every index: the
     * graph is looked up among the relinked ones first, without boxing it.
     */
    boolean drops(long g, long s, long p, long o) {
        return Arrays.binarySearch(graphs, g) >= 0 && dropped.contains(List.of(g, s, p, o));
    }

    /** The rows to add, in graph, subject, predicate, object order; some may already be in the store. */
    List<long[]> added() {
        return added;
    }
}
