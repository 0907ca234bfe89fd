package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;
import org.newskg.resolve.ResolvedPerson;

class EntitiesGraphTest {

    @Test
    void eachPersonWithItsLabelAndItsOtherNames() {
        Iris iris = new Iris("http://example.org/id/");
        Graph g = EntitiesGraph.of(List.of(
                new ResolvedPerson("serguei-lavrov", "Sergueï Lavrov", Set.of("Sergueï Lavrov", "Sergei Lavrov", "Lavrov")),
                new ResolvedPerson("paul-whelan", "Paul Whelan", Set.of("Paul Whelan"))), iris);
        Node lavrov = NodeFactory.createURI("http://example.org/id/person/serguei-lavrov");
        Node whelan = NodeFactory.createURI("http://example.org/id/person/paul-whelan");
        assertTrue(g.contains(lavrov, RDF.type.asNode(), KG.Person));
        assertTrue(g.contains(lavrov, RDFS.label.asNode(), NodeFactory.createLiteralString("Sergueï Lavrov")));
        assertTrue(g.contains(lavrov, KG.foafName, NodeFactory.createLiteralString("Sergueï Lavrov")));
        assertEquals(Set.of("Sergei Lavrov", "Lavrov"), g.find(lavrov, KG.skosAltLabel, Node.ANY).toSet().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
        assertTrue(g.contains(whelan, RDFS.label.asNode(), NodeFactory.createLiteralString("Paul Whelan")));
        assertEquals(0, g.find(whelan, KG.skosAltLabel, Node.ANY).toList().size());
        assertEquals(8, g.size(), "per person: type, label, foaf:name; and Lavrov's two other names");
    }
}
