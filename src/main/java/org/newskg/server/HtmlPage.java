package org.newskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.KG;

/**
 * Renders the HTML page of a resource from the graph around it: a person's names, roles, statements,
 * detentions and related entities, then for every resource the table of its properties and of what points
 * to it. Links to resources under the IRI base go to their {@code /id/} pages on this server.
 */
final class HtmlPage {

    private static final String TEMPLATE = resource("page.html");
    private static final String PERSON_QUERY = resource("person.rq");
    private static final String RESOURCE_QUERY = resource("resource.rq");
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Set<Node> ENTITY_TYPES = Set.of(KG.Person, KG.Organization, KG.Country, KG.Place);

    private final String base;
    private final String root;
    private final String dataset;

    /**
     * @param base    the IRI base
     * @param root    the server's root path, ending in "/"
     * @param dataset the Fuseki dataset name
     */
    HtmlPage(String base, String root, String dataset) {
        this.base = base;
        this.root = root;
        this.dataset = dataset;
    }

    String render(Node subject, Graph g) {
        boolean person = g.contains(subject, RDF.type.asNode(), KG.Person);
        StringBuilder content = new StringBuilder();
        if (person) {
            personSections(subject, g, content);
        }
        propertyTable(subject, g, content);
        referencesTable(subject, g, content);
        ParameterizedSparqlString query = new ParameterizedSparqlString(person ? PERSON_QUERY : RESOURCE_QUERY);
        query.setIri("this", subject.getURI());
        String consoleLink = root + "#/dataset/" + dataset + "/query?query="
                + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8).replace("+", "%20");
        return fill(Map.of(
                "title", escape(label(g, subject)),
                "iri", escape(subject.getURI()),
                "root", escape(root),
                "query", escape(consoleLink),
                "content", content.toString()));
    }

    private void personSections(Node person, Graph g, StringBuilder out) {
        List<String> aliases = objects(g, person, KG.skosAltLabel).stream()
                .map(Node::getLiteralLexicalForm).sorted().map(HtmlPage::escape).toList();
        if (!aliases.isEmpty()) {
            out.append("<p>Also named: ").append(String.join(", ", aliases)).append("</p>\n");
        }

        List<Node> roles = objects(g, person, KG.holds);
        if (!roles.isEmpty()) {
            out.append("<h2>Roles</h2>\n<ul>\n");
            for (Node role : roles) {
                out.append("<li>").append(values(g, role, KG.roleLabel));
                appendIfAny(out, ", ", values(g, role, KG.organization));
                appendIfAny(out, ", ", values(g, role, KG.country));
                appendIfAny(out, " — in ", values(g, role, KG.inArticle));
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }

        List<Node> statements = objects(g, person, KG.said);
        if (!statements.isEmpty()) {
            out.append("<h2>Statements</h2>\n<ul>\n");
            statements.sort(Comparator.comparing((Node s) -> values(g, s, KG.inArticle))
                    .thenComparingInt(s -> number(g, s, KG.sentenceIndex))
                    .thenComparingInt(s -> number(g, s, KG.beginIndex)));
            for (Node statement : statements) {
                String kind = g.contains(statement, RDF.type.asNode(), KG.Quotation) ? "quotation" : "reported";
                out.append("<li><q>").append(values(g, statement, KG.text)).append("</q> <span class=\"kind\">")
                        .append(link(statement, kind)).append("</span>");
                appendIfAny(out, " — in ", values(g, statement, KG.inArticle));
                appendIfAny(out, "<blockquote>", values(g, statement, KG.sentence));
                out.append(g.contains(statement, KG.sentence, Node.ANY) ? "</blockquote></li>\n" : "</li>\n");
            }
            out.append("</ul>\n");
        }

        List<Node> detentions = g.find(Node.ANY, KG.detainee, person).mapWith(Triple::getSubject)
                .filterKeep(d -> g.contains(d, RDF.type.asNode(), KG.Detention)).toList();
        if (!detentions.isEmpty() || g.contains(person, KG.detainedIn, Node.ANY)) {
            out.append("<h2>Detentions</h2>\n");
            appendIfAny(out, "<p>Detained in ", values(g, person, KG.detainedIn));
            out.append(g.contains(person, KG.detainedIn, Node.ANY) ? "</p>\n<ul>\n" : "<ul>\n");
            for (Node detention : detentions) {
                out.append("<li>").append(link(detention, "detention")).append(": ")
                        .append(values(g, detention, KG.country));
                appendIfAny(out, ", ", values(g, detention, KG.place));
                appendIfAny(out, ", sentence: ", values(g, detention, KG.sentenceLength));
                appendIfAny(out, " — in ", values(g, detention, KG.inArticle));
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }

        List<Node> related = g.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> ENTITY_TYPES.contains(t.getObject()) && !t.getSubject().equals(person))
                .mapWith(Triple::getSubject).toSet().stream()
                .sorted(Comparator.comparing(n -> label(g, n))).toList();
        if (!related.isEmpty()) {
            out.append("<h2>Related</h2>\n<ul>\n");
            related.forEach(n -> out.append("<li>").append(link(g, n)).append("</li>\n"));
            out.append("</ul>\n");
        }
    }

    private void propertyTable(Node subject, Graph g, StringBuilder out) {
        List<Triple> triples = g.find(subject, Node.ANY, Node.ANY).toList();
        triples.sort(Comparator.comparing((Triple t) -> shortName(g, t.getPredicate()))
                .thenComparing(t -> t.getObject().toString()));
        out.append("<h2>Properties</h2>\n<table>\n");
        for (Triple t : triples) {
            out.append("<tr><td>").append(escape(shortName(g, t.getPredicate()))).append("</td><td>")
                    .append(value(g, t.getObject())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void referencesTable(Node subject, Graph g, StringBuilder out) {
        List<Triple> triples = g.find(Node.ANY, Node.ANY, subject).toList();
        if (triples.isEmpty()) {
            return;
        }
        triples.sort(Comparator.comparing((Triple t) -> shortName(g, t.getPredicate()))
                .thenComparing(t -> t.getSubject().toString()));
        out.append("<h2>Referenced by</h2>\n<table>\n");
        for (Triple t : triples) {
            out.append("<tr><td>").append(escape(shortName(g, t.getPredicate()))).append(" of</td><td>")
                    .append(value(g, t.getSubject())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** The values of a property as HTML, comma-separated. */
    private String values(Graph g, Node subject, Node property) {
        return objects(g, subject, property).stream().map(o -> value(g, o)).sorted()
                .collect(Collectors.joining(", "));
    }

    private String value(Graph g, Node node) {
        if (node.isURI()) {
            return link(g, node);
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return escape(node.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <small>@" + escape(lang) + "</small>");
        }
        return escape(node.toString());
    }

    private String link(Graph g, Node node) {
        return link(node, label(g, node));
    }

    /** A link to the node's page here when it is under the IRI base, to the IRI itself when it is on the web. */
    private String link(Node node, String text) {
        String iri = node.getURI();
        String href = iri.startsWith(base) ? root + LinkedDataServlet.PATH.substring(1) + iri.substring(base.length())
                : iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
        return href == null ? escape(text) : "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** The node's rdfs:label, else its IRI relative to the base or its prefixed name. */
    private String label(Graph g, Node node) {
        List<Node> labels = objects(g, node, RDFS.label.asNode());
        if (!labels.isEmpty()) {
            return labels.stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElseThrow();
        }
        if (node.isURI() && node.getURI().startsWith(base)) {
            return node.getURI().substring(base.length());
        }
        return shortName(g, node);
    }

    private static String shortName(Graph g, Node node) {
        return node.isURI() ? g.getPrefixMapping().shortForm(node.getURI()) : node.toString();
    }

    private static List<Node> objects(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static int number(Graph g, Node subject, Node property) {
        return objects(g, subject, property).stream().filter(Node::isLiteral)
                .mapToInt(n -> Integer.parseInt(n.getLiteralLexicalForm())).findFirst().orElse(0);
    }

    private static void appendIfAny(StringBuilder out, String prefix, String html) {
        if (!html.isEmpty()) {
            out.append(prefix).append(html);
        }
    }

    /** Fills every slot of the template in one pass, so that no value is read as a slot. */
    private static String fill(Map<String, String> values) {
        Matcher m = SLOT.matcher(TEMPLATE);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
