package org.newskg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;

/**
 * The VoID description of the store's content ({@code <base>graph/void}): sizes, the number of instances of
 * each class (articles among them) and the range of the articles' publication dates. Made from the union
 * graph, so it must be computed while the VoID graph itself is absent.
 */
final class VoidDescription {

    private static final String PREFIXES = "PREFIX kg: <" + KG.NS + ">\n";

    private VoidDescription() {
    }

    static String graphName(Iris iris) {
        return iris.base() + "graph/void";
    }

    static String datasetIri(Iris iris) {
        return iris.base() + "dataset";
    }

    /** @param store in a transaction, without the VoID graph, its default graph the union */
    static Graph of(DatasetGraph store, Iris iris) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(datasetIri(iris));
        g.add(ds, RDF.type.asNode(), VOID.Dataset.asNode());
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("newskg: who said what in the news"));
        g.add(ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(iris.base()));
        g.add(ds, VOID.vocabulary.asNode(), NodeFactory.createURI(KG.NS));
        g.add(ds, VOID.triples.asNode(), count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        g.add(ds, VOID.entities.asNode(),
                count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER isIRI(?s) }"));
        g.add(ds, VOID.distinctSubjects.asNode(), count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"));
        g.add(ds, VOID.properties.asNode(), count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"));
        g.add(ds, VOID.distinctObjects.asNode(), count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"));
        g.add(ds, VOID.classes.asNode(), count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }"));
        for (Binding b : rows(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c")) {
            Node partition = NodeFactory.createBlankNode();
            g.add(ds, VOID.classPartition.asNode(), partition);
            g.add(partition, VOID._class.asNode(), b.get("c"));
            g.add(partition, VOID.entities.asNode(), b.get("n"));
        }
        addDateRange(store, g, ds);
        return g;
    }

    /** dct:temporal with DCAT's start and end dates, from the articles' kg:published (ISO dates sort as text). */
    private static void addDateRange(DatasetGraph store, Graph g, Node ds) {
        List<Binding> dates = rows(store,
                "SELECT ?d { ?a a kg:NewsArticle ; kg:published ?d } ORDER BY STR(?d)");
        if (dates.isEmpty()) {
            return;
        }
        Node period = NodeFactory.createBlankNode();
        g.add(ds, DCTerms.temporal.asNode(), period);
        g.add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
        g.add(period, DCAT.startDate.asNode(), dates.get(0).get("d"));
        g.add(period, DCAT.endDate.asNode(), dates.get(dates.size() - 1).get("d"));
    }

    /** The xsd:integer a COUNT query gives in ?n. */
    private static Node count(DatasetGraph store, String query) {
        return rows(store, query).get(0).get("n");
    }

    /** The number of triples a description made by {@link #of} gives. */
    static long triples(Graph description, Iris iris) {
        Node n = description.find(NodeFactory.createURI(datasetIri(iris)), VOID.triples.asNode(), Node.ANY)
                .next().getObject();
        return ((Number) n.getLiteralValue()).longValue();
    }

    private static List<Binding> rows(DatasetGraph store, String query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(store).query(PREFIXES + query).build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }
}
