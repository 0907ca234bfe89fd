package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;

/** Statement groups as the store's article graphs give them: named speakers' quotations only, graph by graph. */
class CorroborationTest {

    private static final String SAID = "nous ne céderons jamais sur ce point";
    private static final Node A = uri("person/a");
    private static final Node B = uri("person/b");

    @TempDir
    Path tmp;

    @Test
    void groupsTheQuotationsOfOneNamedSpeakerAcrossArticles() {
        DatasetGraph store = KgStore.open(tmp);
        Txn.executeWrite(store, () -> {
            statement(store, "g1", "q1", KG.Quotation, A, SAID);
            statement(store, "g2", "q2", KG.Quotation, A, SAID + " précis");
            statement(store, "g3", "q3", KG.Quotation, NodeFactory.createBlankNode(), SAID);  // unnamed source
            statement(store, "g3", "q4", KG.Quotation, B, SAID);                             // another speaker
            statement(store, "g4", "q5", KG.IndirectStatement, A, SAID);                     // not a quotation
            // the same subject in other graphs, without its type there: their speakers are not q6's
            store.add(uri("g5"), uri("q6"), KG.speaker, A);
            statement(store, "g6", "q6", KG.Quotation, B, SAID);
            store.add(uri("g7"), uri("q6"), KG.speaker, uri("person/c"));
        });
        Graph groups = GraphFactory.createDefaultGraph();
        Txn.executeRead(store, () -> Corroboration.addGroups(store, groups, Iris.defaults()));

        List<Node> nodes = groups.find(Node.ANY, RDF.type.asNode(), KG.StatementGroup).mapWith(Triple::getSubject).toList();
        assertEquals(2, nodes.size(), "A's two quotations, and B's two");
        Set<Set<String>> reports = nodes.stream().map(g -> groups.find(g, KG.report, Node.ANY)
                .mapWith(t -> t.getObject().getLocalName()).toSet()).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("q1", "q2"), Set.of("q4", "q6")), reports);
        Node ofA = nodes.stream().filter(g -> groups.contains(g, KG.speaker, A)).findFirst().orElseThrow();
        assertEquals(SAID + " précis", groups.find(ofA, KG.text, Node.ANY).next().getObject().getLiteralLexicalForm(),
                "the longest report's words");
    }

    private static void statement(DatasetGraph store, String graph, String id, Node type, Node speaker, String text) {
        Node g = uri(graph);
        Node s = uri(id);
        store.add(g, s, RDF.type.asNode(), type);
        store.add(g, s, KG.speaker, speaker);
        store.add(g, s, KG.text, NodeFactory.createLiteralString(text));
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }
}
