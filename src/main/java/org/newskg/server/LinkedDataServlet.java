package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;

/**
 * Dereferences the store's IRIs: {@code GET /id/REST} describes the resource {@code <base>REST}, as Turtle,
 * JSON-LD, N-Triples or RDF/XML (the triples it is the subject of, and the labels of the nodes it links to)
 * or, for browsers, as an {@link HtmlPage}. 404 when the store has no triple about it.
 */
public final class LinkedDataServlet extends HttpServlet {

    /** Where the servlet is mapped; the rest of the request path is appended to the IRI base. */
    public static final String PATH = "/id/";

    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle,
            WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples, WebContent.contentTypeRDFXML,
            WebContent.contentTypeHTML);
    private static final MediaType TURTLE = MediaType.create(WebContent.contentTypeTurtle);
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("rdf", RDF.uri).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("kg", KG.NS).setNsPrefix("skos", KG.SKOS).setNsPrefix("prov", KG.PROV)
            .setNsPrefix("foaf", KG.FOAF).setNsPrefix("schema", KG.SCHEMA).setNsPrefix("dct", KG.DCT)
            .lock();

    private final DatasetGraph dsg;
    private final String base;
    private final String dataset;

    /** @param dataset the Fuseki dataset name, for the console links of the HTML pages */
    public LinkedDataServlet(DatasetGraph dsg, String base, String dataset) {
        this.dsg = dsg;
        this.base = new Iris(base).base();
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String rest = RequestGuard.path(req).substring(PATH.length());
        if (rest.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Turtle when nothing offered is acceptable: a description beats a 406 for linked-data clients.
        MediaType type = ConNeg.chooseContentType(req, OFFER, TURTLE);
        Node iri = NodeFactory.createURI(base + rest);
        boolean html = type.getContentTypeStr().equals(WebContent.contentTypeHTML);
        Graph graph = dsg.calculateRead(() -> html ? neighbourhood(iri) : describe(iri));
        if (!graph.contains(iri, Node.ANY, Node.ANY)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        try (OutputStream out = resp.getOutputStream()) {
            if (html) {
                resp.setContentType(WebContent.contentTypeHTML + ";charset=utf-8");
                String root = req.getContextPath() + "/";
                out.write(new HtmlPage(base, root, dataset).render(iri, graph).getBytes(StandardCharsets.UTF_8));
            } else {
                Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
                resp.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
                RDFDataMgr.write(out, graph, lang);
            }
        }
    }

    /** The triples about {@code iri} in any graph, and the labels of the nodes it links to. */
    private Graph describe(Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        List<Node> linked = new ArrayList<>();
        dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> {
            g.add(q.asTriple());
            linked.add(q.getObject());
        });
        linked.forEach(node -> addAll(g, node, RDFS.label.asNode()));
        return g;
    }

    /**
     * What a page shows: the triples about {@code iri}, the triples that point to it, the triples about the
     * nodes at either end of those (a statement's text, a detention's place, a meeting's participants), and the
     * label and type of every node named.
     */
    private Graph neighbourhood(Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        List<Node> neighbours = new ArrayList<>();
        dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> {
            g.add(q.asTriple());
            if (!q.getPredicate().equals(RDF.type.asNode())) {
                neighbours.add(q.getObject());
            }
        });
        dsg.find(Node.ANY, Node.ANY, Node.ANY, iri).forEachRemaining(q -> {
            g.add(q.asTriple());
            neighbours.add(q.getSubject());
        });
        neighbours.stream().filter(n -> !n.isLiteral()).distinct().forEach(n -> addAll(g, n, Node.ANY));
        List<Node> named = g.find().mapWith(Triple::getObject).filterKeep(Node::isURI).toList();
        for (Node node : named) {
            addAll(g, node, RDFS.label.asNode());
            addAll(g, node, RDF.type.asNode());
        }
        return g;
    }

    private void addAll(Graph g, Node subject, Node predicate) {
        if (!subject.isLiteral()) {
            dsg.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        }
    }
}
