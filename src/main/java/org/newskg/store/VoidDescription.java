package org.newskg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
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
 * graph ({@link UnionStatistics}), so it must be computed while the VoID graph itself is absent.
 */
final class VoidDescription {

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
        UnionStatistics union = UnionStatistics.of(store);
        g.add(ds, VOID.triples.asNode(), integer(union.triples()));
        g.add(ds, VOID.entities.asNode(), integer(union.subjects()));
        g.add(ds, VOID.distinctSubjects.asNode(), integer(union.subjects()));
        g.add(ds, VOID.properties.asNode(), integer(union.properties()));
        g.add(ds, VOID.distinctObjects.asNode(), integer(union.objects()));
        g.add(ds, VOID.classes.asNode(), integer(union.classes().size()));
        union.classes().forEach((c, instances) -> {
            Node partition = NodeFactory.createBlankNode();
            g.add(ds, VOID.classPartition.asNode(), partition);
            g.add(partition, VOID._class.asNode(), c);
            g.add(partition, VOID.entities.asNode(), integer(instances));
        });
        addDateRange(store, g, ds);
        return g;
    }

    /** dct:temporal with DCAT's start and end dates, from the articles' kg:published (ISO dates sort as text). */
    private static void addDateRange(DatasetGraph store, Graph g, Node ds) {
        Node first = firstDate(store, "ASC");
        if (first == null) {
            return;
        }
        Node period = NodeFactory.createBlankNode();
        g.add(ds, DCTerms.temporal.asNode(), period);
        g.add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
        g.add(period, DCAT.startDate.asNode(), first);
        g.add(period, DCAT.endDate.asNode(), firstDate(store, "DESC"));
    }

    /** The first publication date in {@code order}, or null; ARQ keeps only the best row of a LIMIT 1 sort. */
    private static Node firstDate(DatasetGraph store, String order) {
        String query = "PREFIX kg: <" + KG.NS + ">\n"
                + "SELECT ?d { ?a a kg:NewsArticle ; kg:published ?d } ORDER BY " + order + "(STR(?d)) LIMIT 1";
        try (QueryExec qe = QueryExec.dataset(store).query(query).build()) {
            RowSet rows = qe.select();
            return rows.hasNext() ? rows.next().get("d") : null;
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The number of triples a description made by {@link #of} gives. */
    static long triples(Graph description, Iris iris) {
        Node n = description.find(NodeFactory.createURI(datasetIri(iris)), VOID.triples.asNode(), Node.ANY)
                .next().getObject();
        return ((Number) n.getLiteralValue()).longValue();
    }
}
