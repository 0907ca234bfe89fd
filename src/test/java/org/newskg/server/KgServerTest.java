package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.server.TestStore.IRIS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.KG;

/** A read-only server on a free port over a small TDB2 store, exercised over HTTP. */
class KgServerTest {

    private static final String PREFIX = "PREFIX kg: <" + KG.NS + ">\n";

    @TempDir
    static Path tmp;
    static DatasetGraph dsg;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        dsg = TestStore.create(tmp.resolve("store"));
        server = KgServer.start(dsg, new ServeOptions(0, IRIS.base(), 7, false, tmp.resolve("fuseki-run")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void queriesTheUnionOfTheArticleGraphsAsJson() throws Exception {
        String query = PREFIX + "SELECT ?person WHERE { ?person a kg:Person }";
        HttpResponse<byte[]> response = get(sparql(query), "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        Set<Node> persons = new HashSet<>();
        results.forEachRemaining(row -> persons.add(row.get("person").asNode()));
        assertEquals(Set.of(TestStore.PERSON_X, TestStore.PERSON_Y), persons);
    }

    @Test
    void answersCsv() throws Exception {
        String query = PREFIX + "SELECT ?text ?sentence WHERE { ?s kg:text ?text ; kg:sentence ?sentence }";
        HttpResponse<byte[]> response = get(sparql(query), "text/csv");
        assertEquals(200, response.statusCode());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_CSV);
        List<QuerySolution> rows = new java.util.ArrayList<>();
        results.forEachRemaining(rows::add);
        assertEquals(1, rows.size());
        assertEquals(TestStore.QUOTE_TEXT, rows.get(0).get("text").toString());
        assertEquals(TestStore.QUOTE_SENTENCE, rows.get(0).get("sentence").toString());
    }

    @Test
    void queryEndpointAnswersToo() throws Exception {
        String query = "ASK { ?s ?p ?o }";
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                url("kg/query?query=" + encode(query))).header("Accept", "application/sparql-results+json"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("true"), response.body());
    }

    @Test
    void graphStoreReadsAnArticleGraph() throws Exception {
        HttpResponse<byte[]> response = get(url("kg/get?graph=" + encode(TestStore.ARTICLE_2.getURI())), "application/n-triples");
        assertEquals(200, response.statusCode());
        Graph g = RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.NTRIPLES).toGraph();
        assertTrue(g.contains(TestStore.PERSON_Y, KG.detainedIn, TestStore.RUSSIA));
        assertFalse(g.contains(TestStore.QUOTE, Node.ANY, Node.ANY), "article 1's facts are not in article 2's graph");
    }

    @Test
    void corsHeaderOnCrossOriginRequests() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(sparql("ASK {}"))
                .header("Origin", "http://example.org").header("Accept", "application/sparql-results+json"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers().toString());
    }

    @Test
    void refusesUpdateAndUpload() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o> } }";
        for (String endpoint : List.of("kg/update", "kg")) {
            HttpResponse<String> response = sendOnNewConnection(HttpRequest.newBuilder(url(endpoint))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
            assertClientError(response, endpoint);
        }
        for (String endpoint : List.of("kg/data", "kg/upload", "kg")) {
            HttpResponse<String> response = sendOnNewConnection(HttpRequest.newBuilder(url(endpoint + "?graph=urn:g"))
                    .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> <urn:o> .")));
            assertClientError(response, endpoint);
        }
        assertFalse(dsg.calculateRead(() -> dsg.containsGraph(NodeFactory.createURI("urn:g"))));
    }

    @Test
    void servesTheConsole() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("")));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<title>Apache Jena Fuseki UI</title>"), response.body());
        assertTrue(response.body().contains("<script type=\"module\""), response.body());
    }

    @Test
    void adminEndpointsTheConsoleNeedsAnswerLoopback() throws Exception {
        assertEquals(200, send(HttpRequest.newBuilder(url("$/ping"))).statusCode());
        HttpResponse<String> server = send(HttpRequest.newBuilder(url("$/server")));
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("\"/kg\""), server.body());
        HttpResponse<String> datasets = send(HttpRequest.newBuilder(url("$/datasets")));
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("\"/kg\""), datasets.body());
        assertEquals(200, send(HttpRequest.newBuilder(url("$/stats"))).statusCode());
    }

    @Test
    void readOnlyAdminCannotRemoveTheDataset() throws Exception {
        HttpResponse<String> delete = send(HttpRequest.newBuilder(url("$/datasets/kg")).DELETE());
        assertEquals(403, delete.statusCode());
        assertEquals(200, get(sparql("ASK {}"), "application/sparql-results+json").statusCode());
    }

    @Test
    void consoleValidatorsStillWork() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("$/validate/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode("SELECT * { ?s ?p ?o }"))));
        assertEquals(200, response.statusCode());
    }

    @Test
    void personAsTurtle() throws Exception {
        HttpResponse<byte[]> response = get(idUrl(TestStore.PERSON_Y), "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Graph g = RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).toGraph();
        assertTrue(g.contains(TestStore.PERSON_Y, RDFS.label.asNode(), TestStore.lit(TestStore.Y_LABEL)));
        assertTrue(g.contains(TestStore.PERSON_Y, RDF.type.asNode(), KG.Person));
        assertTrue(g.contains(TestStore.PERSON_Y, KG.detainedIn, TestStore.RUSSIA));
        assertTrue(g.contains(TestStore.RUSSIA, RDFS.label.asNode(), TestStore.lit("Russie")), "label of a linked node");
        assertFalse(g.contains(TestStore.RUSSIA, KG.isoCode, Node.ANY), "only labels of linked nodes");
    }

    @Test
    void statementAsJsonLdAndNTriples() throws Exception {
        for (String type : List.of("application/ld+json", "application/n-triples")) {
            HttpResponse<byte[]> response = get(idUrl(TestStore.QUOTE), type);
            assertEquals(200, response.statusCode(), type);
            Graph g = RDFParser.source(new ByteArrayInputStream(response.body()))
                    .lang(type.contains("json") ? Lang.JSONLD : Lang.NTRIPLES).toGraph();
            assertTrue(g.contains(TestStore.QUOTE, KG.text, TestStore.lit(TestStore.QUOTE_TEXT)), type);
            assertTrue(g.contains(TestStore.QUOTE, KG.inArticle, TestStore.ARTICLE_1), type);
        }
    }

    @Test
    void personPageForBrowsers() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(idUrl(TestStore.PERSON_X))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String html = response.body();
        assertTrue(html.contains("<h1>" + TestStore.X_LABEL + "</h1>"), html);
        assertTrue(html.contains("X. Exemple"), "alias");
        assertTrue(html.contains("ministre des affaires étrangères"), "role");
        assertTrue(html.contains("<q>" + TestStore.QUOTE_TEXT + "</q>"), "statement");
        assertTrue(html.contains(TestStore.QUOTE_SENTENCE), "statement's sentence");
        assertTrue(html.contains("href=\"/id/person/yann-test\""), "related person met, linked to its page here");
        assertTrue(html.contains("href=\"/#/dataset/kg/query?query="), "console link");
    }

    @Test
    void pageEscapesHtml() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(idUrl(TestStore.PERSON_Y)).header("Accept", "text/html"));
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("Yann &lt;Test&gt; &amp; Co"), html);
        assertFalse(html.contains("<Test>"), html);
        assertTrue(html.contains("Detentions"), html);
        assertTrue(html.contains("href=\"/id/country/RU\">Russie</a>"), html);
    }

    @Test
    void genericPageForOtherResources() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(idUrl(TestStore.ARTICLE_2)).header("Accept", "text/html"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<td>rdf:type</td><td><a href=\"" + KG.NS + "NewsArticle\">kg:NewsArticle</a></td>"),
                response.body());
        assertTrue(response.body().contains("href=\"/id/article/a2/detention-1\""), "referenced by its facts");
    }

    @Test
    void unknownResourcesAreNotFound() throws Exception {
        assertEquals(404, get(url("id/person/nobody"), "text/turtle").statusCode());
        assertEquals(404, get(url("id/person/nobody"), "text/html").statusCode());
        assertEquals(404, get(url("id/"), "text/turtle").statusCode());
    }

    @Test
    void serviceDescription() throws Exception {
        HttpResponse<byte[]> response = get(url("kg/sparql"), "text/turtle");
        assertEquals(200, response.statusCode());
        Graph g = RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).toGraph();
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        Node service = g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(sd + "Service")).next().getSubject();
        assertTrue(g.contains(service, NodeFactory.createURI(sd + "endpoint"), NodeFactory.createURI(url("kg/sparql").toString())));
        assertTrue(g.contains(service, NodeFactory.createURI(sd + "feature"), NodeFactory.createURI(sd + "UnionDefaultGraph")));
        Set<Node> names = new HashSet<>();
        g.find(Node.ANY, NodeFactory.createURI(sd + "name"), Node.ANY).forEachRemaining(t -> names.add(t.getObject()));
        assertEquals(Set.of(TestStore.ARTICLE_1, TestStore.ARTICLE_2), names);
    }

    @Test
    void serviceDescriptionOnlyForRdfClients() throws Exception {
        HttpResponse<byte[]> response = get(url("kg/sparql"), "text/html");
        assertFalse(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void consoleQueriesGoToTheSparqlEndpoint() throws Exception {
        JsonObject datasets = JSON.parse(send(HttpRequest.newBuilder(url("$/datasets"))).body());
        JsonObject kg = datasets.get("datasets").getAsArray().get(0).getAsObject();
        assertEquals("/kg", kg.getString("ds.name"));
        JsonObject query = kg.get("ds.services").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(s -> s.getString("srv.type").equals("query")).findFirst().orElseThrow();
        // The console's query page uses the first endpoint listed.
        assertEquals("sparql", query.get("srv.endpoints").getAsArray().get(0).getAsString().value());
    }

    @Test
    void timeoutAndUnionReachTheDatasetContext() {
        Context context = server.fuseki().getDataAccessPointRegistry().get("/kg").getDataService().getDataset().getContext();
        assertEquals("7000", context.getAsString(ARQ.queryTimeout));
        assertTrue(context.isTrue(TDB2.symUnionDefaultGraph));
    }

    private static void assertClientError(HttpResponse<?> response, String endpoint) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, endpoint + " -> " + response.statusCode());
    }

    static URI url(String path) {
        return URI.create(server.consoleUrl() + path);
    }

    /** The address of a resource on this server: its IRI's path under the base, under /id/. */
    static URI idUrl(Node iri) {
        return url("id/" + iri.getURI().substring(IRIS.base().length()));
    }

    static URI sparql(String query) {
        return url("kg/sparql?query=" + encode(query));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<byte[]> get(URI uri, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Jetty closes the connection after refusing a request whose body it did not read; a pooled client could
     * send the next request on that closed connection and fail with "broken pipe" (seen once in CI).
     */
    static HttpResponse<String> sendOnNewConnection(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
