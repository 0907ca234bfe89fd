package org.newskg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
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
        addGroups(reports(store), entities, iris);
    }

    /** Adds the groups of {@code reports}, the quotations of every stored article, to {@code entities}. */
    static void addGroups(Collection<Report> reports, Graph entities, Iris iris) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(Report::iri));
        for (List<Report> group : StatementGroups.group(ordered)) {
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

    /**
     * The quotations with a named speaker of one article's graph, as {@link #reports(DatasetGraph)} reads them.
     * One pass over the graph, which has no indexes: a pattern per quotation scanned it whole each time.
     */
    static List<Report> reports(Graph article) {
        List<Node> quotations = new ArrayList<>();
        Map<Node, Node> speakers = new HashMap<>();
        Map<Node, Node> texts = new HashMap<>();
        article.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()) && t.getObject().equals(KG.Quotation)) {
                quotations.add(t.getSubject());
            } else if (p.equals(KG.speaker)) {
                speakers.putIfAbsent(t.getSubject(), t.getObject());
            } else if (p.equals(KG.text)) {
                texts.putIfAbsent(t.getSubject(), t.getObject());
            }
        });
        List<Report> reports = new ArrayList<>();
        for (Node q : quotations) {
            Node speaker = speakers.get(q);
            Node text = texts.get(q);
            if (speaker != null && speaker.isURI() && text != null && text.isLiteral()) {
                reports.add(new Report(q.getURI(), speaker.getURI(), text.getLiteralLexicalForm()));
            }
        }
        return reports;
    }

    /**
     * Every quotation with a named speaker, from the article graphs. Three scans on node ids (the quotations,
     * then every speaker and every text by graph and subject) and a node decoded once: finding each quotation's
     * speaker and text in turn, as quads, took 1.6 s for the 29,000 quotations of a 20 MB corpus.
     */
    static List<Report> reports(DatasetGraph store) {
        NodeTupleTable quads = TDBInternal.requireStorage(store).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        NodeId quotation = nodes.getNodeIdForNode(KG.Quotation);
        NodeId speaker = nodes.getNodeIdForNode(KG.speaker);
        NodeId text = nodes.getNodeIdForNode(KG.text);
        List<Report> reports = new ArrayList<>();
        if (Stream.of(type, quotation, speaker, text).anyMatch(NodeId::isDoesNotExist)) {
            return reports;
        }
        Map<List<NodeId>, NodeId> speakers = objects(quads, speaker);
        Map<List<NodeId>, NodeId> texts = objects(quads, text);
        Map<NodeId, Node> decoded = new HashMap<>();
        Iterator<Tuple<NodeId>> quotes = quads.find(pattern(type, quotation));
        while (quotes.hasNext()) {
            Tuple<NodeId> q = quotes.next();
            List<NodeId> graphSubject = List.of(q.get(0), q.get(1));
            NodeId speakerId = speakers.get(graphSubject);
            NodeId textId = texts.get(graphSubject);
            if (speakerId == null || textId == null) {
                continue;
            }
            Node who = decoded.computeIfAbsent(speakerId, nodes::getNodeForNodeId);
            Node words = decoded.computeIfAbsent(textId, nodes::getNodeForNodeId);
            if (who.isURI() && words.isLiteral()) {
                String iri = nodes.getNodeForNodeId(q.get(1)).getURI();
                reports.add(new Report(iri, who.getURI(), words.getLiteralLexicalForm()));
            }
        }
        return reports;
    }

    /** For each graph and subject with a {@code property}, the first of its values. */
    private static Map<List<NodeId>, NodeId> objects(NodeTupleTable quads, NodeId property) {
        Map<List<NodeId>, NodeId> objects = new HashMap<>();
        Iterator<Tuple<NodeId>> it = quads.find(pattern(property, NodeId.NodeIdAny));
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            objects.putIfAbsent(List.of(t.get(0), t.get(1)), t.get(3));
        }
        return objects;
    }

    /** The quads of every graph and subject with this predicate and object. */
    private static Tuple<NodeId> pattern(NodeId predicate, NodeId object) {
        return TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, predicate, object);
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
