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

    /**
     * One relinked graph's changes, as node-id keys: the nodes renamed (sorted) and what each becomes, and the
     * persons whose labels are replaced (sorted). Arrays rather than maps: they are asked of every row of every
     * index, and a boxed key per question cost more than the rest of writing the indexes.
     */
    private record GraphRelink(long[] renamedFrom, long[] renamedTo, long[] relabeled) {

        static GraphRelink of(Map<Long, Long> renames, Set<Long> relabeled) {
            long[] from = renames.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            long[] to = Arrays.stream(from).map(renames::get).toArray();
            return new GraphRelink(from, to, relabeled.stream().mapToLong(Long::longValue).sorted().toArray());
        }

        long renamed(long node) {
            int i = Arrays.binarySearch(renamedFrom, node);
            return i >= 0 ? renamedTo[i] : node;
        }

        boolean relabels(long person) {
            return Arrays.binarySearch(relabeled, person) >= 0;
        }
    }

    /** No relinks: the indexes take the rows as they are. */
    static final PackedRelinks NONE = new PackedRelinks();

    /** The relinked graphs (sorted), and the changes of each. */
    private final long[] graphs;
    private final GraphRelink[] relinks;
    private final long label;
    private final List<long[]> labels = new ArrayList<>();
    private final List<long[]> added = new ArrayList<>();

    private PackedRelinks() {
        this.graphs = new long[0];
        this.relinks = new GraphRelink[0];
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
        Map<Long, GraphRelink> byGraph = new HashMap<>();
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
                byGraph.put(graph, GraphRelink.of(renames, relabeled));
            }
            return key(nodes, RDFS.label.asNode());
        });
        this.graphs = byGraph.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        this.relinks = Arrays.stream(graphs).mapToObj(byGraph::get).toArray(GraphRelink[]::new);
    }

    private static long key(NodeTable nodes, Node n) {
        return QuadBatch.key(nodes.getAllocateNodeId(n));
    }

    boolean isEmpty() {
        return graphs.length == 0;
    }

    /**
     * Reads every row of the store once, in any order, and notes the rows {@link #drops} leaves out as they
     * are after the relinks: a row that names a renamed node is added renamed; a relabeled person gets its new
     * labels.
     */
    void scan(Iterator<long[]> rows) {
        rows.forEachRemaining(row -> {
            GraphRelink relink = relink(row[G]);
            if (relink != null && changes(relink, row[S], row[P], row[O]) && !relabels(relink, row[S], row[P])) {
                added.add(new long[] {row[G], relink.renamed(row[S]), row[P], relink.renamed(row[O])});
            }
        });
        added.addAll(labels);
    }

    /**
     * Whether the row {@code g s p o} goes: it names a renamed node, or it is a label of a relabeled person.
     * Asked of every row of every index.
     */
    boolean drops(long g, long s, long p, long o) {
        GraphRelink relink = relink(g);
        return relink != null && changes(relink, s, p, o);
    }

    private GraphRelink relink(long graph) {
        int i = Arrays.binarySearch(graphs, graph);
        return i >= 0 ? relinks[i] : null;
    }

    private boolean changes(GraphRelink relink, long s, long p, long o) {
        return relink.renamed(s) != s || relink.renamed(o) != o || relabels(relink, s, p);
    }

    /** Whether the row is a label of a person whose labels are replaced (its subject as renamed). */
    private boolean relabels(GraphRelink relink, long s, long p) {
        return p == label && relink.relabels(relink.renamed(s));
    }

    /** The rows to add, in graph, subject, predicate, object order; some may already be in the store. */
    List<long[]> added() {
        return added;
    }
}
