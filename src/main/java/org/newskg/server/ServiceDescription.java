package org.newskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: a GET without query string that accepts RDF is
 * answered here; every other request goes on to Fuseki.
 */
final class ServiceDescription implements Filter {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle,
            WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples, WebContent.contentTypeRDFXML);
    private static final MediaType TURTLE = MediaType.create(WebContent.contentTypeTurtle);

    private final DatasetGraph dsg;

    ServiceDescription(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String accept = req.getHeader("Accept");
        MediaType type = accept == null ? TURTLE : AcceptList.match(new AcceptList(accept), OFFER);
        if (!req.getMethod().equals("GET") || req.getQueryString() != null || type == null) {
            chain.doFilter(request, response);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        Graph description = dsg.calculateRead(() -> describe(req.getRequestURL().toString()));
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Vary", "Accept");
        RDFDataMgr.write(resp.getOutputStream(), description, lang);
    }

    private Graph describe(String endpoint) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("rdfs", RDFS.uri);
        Node service = NodeFactory.createBlankNode();
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), NodeFactory.createURI(endpoint));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        RESULT_FORMATS.forEach(f -> g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f)));

        Node dataset = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), sd("Dataset"));
        List<Node> names = Iter.toList(dsg.listGraphNodes());
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(dataset, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        g.add(defaultGraph, RDFS.comment.asNode(),
                NodeFactory.createLiteralString("Union of the named graphs (" + names.size() + ")"));
        for (Node name : names) {
            Node named = NodeFactory.createBlankNode();
            g.add(dataset, sd("namedGraph"), named);
            g.add(named, RDF.type.asNode(), sd("NamedGraph"));
            g.add(named, sd("name"), name);
        }
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
