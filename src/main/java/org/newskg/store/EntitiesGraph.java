package org.newskg.store;

import java.util.Collection;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;
import org.newskg.resolve.ResolvedPerson;

/**
 * The corpus-wide graph of persons: each resolved person with its preferred label and, as alternative labels,
 * every other name the articles give it.
 */
final class EntitiesGraph {

    private EntitiesGraph() {
    }

    static Graph of(Collection<ResolvedPerson> persons, Iris iris) {
        Graph g = GraphFactory.createDefaultGraph();
        for (ResolvedPerson p : persons) {
            Node person = NodeFactory.createURI(iris.person(p.slug()));
            g.add(person, RDF.type.asNode(), KG.Person);
            g.add(person, RDFS.label.asNode(), NodeFactory.createLiteralString(p.label()));
            g.add(person, KG.foafName, NodeFactory.createLiteralString(p.label()));
            p.forms().stream().filter(f -> !f.equals(p.label()))
                    .forEach(f -> g.add(person, KG.skosAltLabel, NodeFactory.createLiteralString(f)));
        }
        return g;
    }
}
