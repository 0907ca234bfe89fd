package org.newskg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.FactsToRdf;
import org.newskg.rdf.Iris;
import org.newskg.resolve.ResolvedPerson;
import org.newskg.resolve.StatementGroups.Report;
import org.newskg.store.StoredArticle.PersonLink;

/**
 * Brings one stored article graph in line with a person resolution that moved some of its names, without
 * extracting the article again: inside the graph, each person node that moved is renamed to its new IRI, and
 * the persons get their new labels. {@link FactsToRdf} mints person nodes from the resolution alone, so this
 * gives the graph it would write now, unless two names that shared a node now go to different persons: the
 * node cannot be split, and the article must be extracted again ({@link #splits()}).
 */
final class Relink {

    private final StoredArticle article;
    private final StoredArticle relinked;
    private final Map<Node, Node> renames;
    private final Map<Node, Set<Node>> labels;
    private final boolean splits;

    private Relink(StoredArticle article, StoredArticle relinked, Map<Node, Node> renames,
            Map<Node, Set<Node>> labels, boolean splits) {
        this.article = article;
        this.relinked = relinked;
        this.renames = renames;
        this.labels = labels;
        this.splits = splits;
    }

    /** What {@code article} needs to link its names as {@code persons} does; empty when its links hold. */
    static Optional<Relink> of(StoredArticle article, Map<String, ResolvedPerson> persons, Iris iris) {
        Map<Node, Node> renames = new HashMap<>();
        Map<Node, Set<Node>> labels = new HashMap<>();
        Set<PersonLink> links = new HashSet<>();
        boolean holds = true;
        boolean splits = false;
        for (PersonLink link : article.persons()) {
            ResolvedPerson p = persons.get(link.name());
            Node before = NodeFactory.createURI(link.person());
            Node now = NodeFactory.createURI(iris.person(p.slug()));
            links.add(new PersonLink(link.name(), now.getURI(), p.label()));
            holds &= before.equals(now) && p.label().equals(link.label());
            Node other = renames.putIfAbsent(before, now);
            splits |= other != null && !other.equals(now);
            labels.computeIfAbsent(now, n -> new HashSet<>()).add(NodeFactory.createLiteralString(p.label()));
        }
        StoredArticle relinked = new StoredArticle(article.graph(), article.fileName(), article.sha256(),
                article.extractor(), Set.copyOf(links));
        return holds ? Optional.empty() : Optional.of(new Relink(article, relinked, renames, labels, splits));
    }

    StoredArticle article() {
        return article;
    }

    /** What the store holds about the article once relinked. */
    StoredArticle relinked() {
        return relinked;
    }

    /** Each person node of the graph and the node it becomes (the same one when it stays). */
    Map<Node, Node> renames() {
        return renames;
    }

    /** The labels of the persons the graph links to, once relinked. */
    Map<Node, Set<Node>> labels() {
        return labels;
    }

    /** Whether a person node of the graph must become several: renaming cannot do it. */
    boolean splits() {
        return splits;
    }

    /** Renames the person nodes and replaces their labels; call inside a write transaction. */
    void apply(DatasetGraph store) {
        Node graph = NodeFactory.createURI(article.graph());
        Set<Quad> moved = new HashSet<>();
        renames.forEach((before, now) -> {
            if (!before.equals(now)) {
                store.find(graph, before, Node.ANY, Node.ANY).forEachRemaining(moved::add);
                store.find(graph, Node.ANY, Node.ANY, before).forEachRemaining(moved::add);
            }
        });
        moved.forEach(store::delete);
        moved.forEach(q -> store.add(graph, renamed(q.getSubject()), q.getPredicate(), renamed(q.getObject())));
        labels.forEach((person, names) -> {
            store.deleteAny(graph, person, RDFS.label.asNode(), Node.ANY);
            names.forEach(label -> store.add(graph, person, RDFS.label.asNode(), label));
        });
    }

    /** {@code quotation}, one of the article's, with its speaker as the graph names it once relinked. */
    Report relinked(Report quotation) {
        Node speaker = renamed(NodeFactory.createURI(quotation.speakerIri()));
        return new Report(quotation.iri(), speaker.getURI(), quotation.text());
    }

    private Node renamed(Node n) {
        return renames.getOrDefault(n, n);
    }
}
