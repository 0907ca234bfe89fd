package org.newskg.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The sizes of the union of a TDB2 store's named graphs, counted on its quad indexes. Each index lists the
 * quads sorted on its own key (SPOG by subject, then predicate, ...) as tuples of node ids, so distinct
 * values are counted where they change along one scan: no set of values is held in memory, as SPARQL's
 * {@code COUNT(DISTINCT)} would, and no node is decoded but the classes. The store's graphs name every subject by
 * IRI ({@link QuadBatch} refuses a blank one; only the VoID graph, not counted, has blank nodes), so the distinct
 * subjects are the entities: telling them apart took decoding each subject, most of the time the count took.
 *
 * @param triples    distinct triples: a triple in several graphs counts once
 * @param subjects   distinct subjects, all IRIs: VoID's entities
 * @param classes    for each class (object of rdf:type), its distinct instances
 */
record UnionStatistics(long triples, long subjects, long properties, long objects, Map<Node, Long> classes) {

    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    /** @param store a TDB2 store, in a transaction */
    static UnionStatistics of(DatasetGraph store) {
        DatasetGraphTDB tdb = TDBInternal.requireStorage(store);
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        long triples = 0;
        long subjects = 0;
        Tuple<NodeId> previous = null;
        for (Iterator<Tuple<NodeId>> it = TDBInternal.findIndex(store, "SPOG").all(); it.hasNext(); ) {
            Tuple<NodeId> quad = it.next();
            boolean newSubject = previous == null || !quad.get(S).equals(previous.get(S));
            if (newSubject) {
                subjects++;
            }
            if (newSubject || !quad.get(P).equals(previous.get(P)) || !quad.get(O).equals(previous.get(O))) {
                triples++;
            }
            previous = quad;
        }
        long properties = changes(TDBInternal.findIndex(store, "POSG").all(), P);
        long objects = changes(TDBInternal.findIndex(store, "OSPG").all(), O);
        return new UnionStatistics(triples, subjects, properties, objects, classes(store, nodes));
    }

    /** Scanning rdf:type quads on POSG: by class, then instance. */
    private static Map<Node, Long> classes(DatasetGraph store, NodeTable nodes) {
        Map<Node, Long> classes = new LinkedHashMap<>();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        if (NodeId.isDoesNotExist(type)) {
            return classes;
        }
        Tuple<NodeId> pattern = TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, type, NodeId.NodeIdAny);
        Tuple<NodeId> previous = null;
        Node current = null;
        for (Iterator<Tuple<NodeId>> it = TDBInternal.findIndex(store, "POSG").find(pattern); it.hasNext(); ) {
            Tuple<NodeId> quad = it.next();
            if (previous == null || !quad.get(O).equals(previous.get(O))) {
                current = nodes.getNodeForNodeId(quad.get(O));
                classes.put(current, 1L);
            } else if (!quad.get(S).equals(previous.get(S))) {
                classes.merge(current, 1L, Long::sum);
            }
            previous = quad;
        }
        return classes;
    }

    /** How many distinct values {@code slot} takes along tuples sorted on it first. */
    private static long changes(Iterator<Tuple<NodeId>> sorted, int slot) {
        long count = 0;
        NodeId previous = null;
        while (sorted.hasNext()) {
            NodeId id = sorted.next().get(slot);
            if (!id.equals(previous)) {
                count++;
            }
            previous = id;
        }
        return count;
    }
}
