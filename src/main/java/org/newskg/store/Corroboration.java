package org.newskg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;
import org.newskg.resolve.StatementGroups.Report;
import org.newskg.resolve.StatementGroups;

/**
 * Links the quotations of the stored articles that report the same statement (same speaker, same words up to
 * small variations) into one kg:StatementGroup of the entities graph; each report keeps its own provenance.
 */
final class Corroboration {

    private Corroboration() {
    }

    /** Adds the groups of the quotations in {@code store} to {@code entities}; call inside a transaction. */
    static void addGroups(DatasetGraph store, Graph entities, Iris iris) {
        for (List<Report> group : StatementGroups.group(reports(store))) {
            Report longest = group.stream().max(Comparator.comparingInt(r -> r.text().length())).orElseThrow();
            Node node = NodeFactory.createURI(iris.statementGroup(id(group)));
            entities.add(node, RDF.type.asNode(), KG.StatementGroup);
            entities.add(node, KG.speaker, NodeFactory.createURI(longest.speakerIri()));
            entities.add(node, KG.text, NodeFactory.createLiteralString(longest.text()));
            entities.add(node, KG.reportCount,
                    NodeFactory.createLiteralDT(Integer.toString(group.size()), XSDDatatype.XSDnonNegativeInteger));
            group.forEach(r -> entities.add(node, KG.report, NodeFactory.createURI(r.iri())));
        }
    }

    /** Every quotation with a named speaker, from the article graphs. */
    private static List<Report> reports(DatasetGraph store) {
        List<Report> reports = new ArrayList<>();
        Iterator<Quad> quotes = store.find(Node.ANY, Node.ANY, RDF.type.asNode(), KG.Quotation);
        while (quotes.hasNext()) {
            Quad q = quotes.next();
            Node speaker = single(store, q.getGraph(), q.getSubject(), KG.speaker);
            Node text = single(store, q.getGraph(), q.getSubject(), KG.text);
            if (speaker != null && speaker.isURI() && text != null && text.isLiteral()) {
                reports.add(new Report(q.getSubject().getURI(), speaker.getURI(), text.getLiteralLexicalForm()));
            }
        }
        reports.sort(Comparator.comparing(Report::iri));
        return reports;
    }

    private static Node single(DatasetGraph store, Node graph, Node subject, Node property) {
        Iterator<Quad> it = store.find(graph, subject, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** A name for the group that stays the same while its reports do: a digest of their IRIs. */
    private static String id(List<Report> group) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            group.stream().map(Report::iri).sorted().forEach(i -> sha.update((i + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
