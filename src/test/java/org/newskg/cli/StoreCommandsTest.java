package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.store.StoreFixture;

/** query, export and validate on one store built from the seed corpus. */
class StoreCommandsTest {

    private static final String ARTICLES =
            "SELECT ?a ?d { ?a a kg:NewsArticle OPTIONAL { ?a kg:published ?d } } ORDER BY ?a";

    @TempDir
    static Path tmp;
    static String store;
    static DatasetGraph dsg;

    @BeforeAll
    static void build() throws IOException {
        Path storeDir = tmp.resolve("store");
        dsg = KgStore.open(storeDir);
        StoreFixture.build(StoreFixture.copySeed(tmp.resolve("corpus")), dsg);
        store = storeDir.toString();
    }

    @Test
    void csvHasAHeaderLineAndOneRowPerArticle() {
        CliRun run = CliRun.run("query", "--store", store, "--format", "csv", "--query", ARTICLES);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("a,d", lines.get(0));
        assertEquals(6, lines.size());
        assertTrue(lines.get(3).endsWith("/article/002_7c0963efd4a23422,2022-07"), lines.get(3));
    }

    @Test
    void jsonAndXmlResultsParse() {
        for (String format : List.of("json", "xml", "tsv")) {
            CliRun run = CliRun.run("query", "--store", store, "--format", format, "--query", ARTICLES);
            assertEquals(0, run.exit(), run.err());
            Lang lang = switch (format) {
                case "json" -> ResultSetLang.RS_JSON;
                case "xml" -> ResultSetLang.RS_XML;
                default -> ResultSetLang.RS_TSV;
            };
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), lang);
            assertEquals(List.of("a", "d"), rs.getResultVars());
            assertEquals(5, ResultSetFormatter.consume(rs), format);
        }
    }

    @Test
    void textTableAndAsk() {
        CliRun table = CliRun.run("query", "--store", store, "--query", ARTICLES);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("\"2023-03\"^^xsd:gYearMonth"), table.out());
        CliRun ask = CliRun.run("query", "--store", store, "--format", "json", "--query", "ASK { ?a kg:published ?d }");
        assertTrue(ask.out().contains("\"boolean\" : true"), ask.out());
    }

    @Test
    void queryFromAFileAndConstructAsTurtle() throws IOException {
        Path rq = tmp.resolve("dates.rq");
        Files.writeString(rq, "PREFIX kg: <https://w3id.org/newskg/ns#>\n"
                + "CONSTRUCT { ?a kg:published ?d } WHERE { ?a kg:published ?d }\n");
        CliRun run = CliRun.run("query", "--store", store, rq.toString());
        assertEquals(0, run.exit(), run.err());
        Graph g = RDFParser.fromString(run.out(), Lang.TURTLE).toGraph();
        assertEquals(2, g.size());
    }

    @Test
    void syntaxErrorIsAUsageError() {
        CliRun run = CliRun.run("query", "--store", store, "--query", "SELECT ?x WHERE { ?x }");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("kg: SPARQL syntax error: "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void queryNeedsAStoreAndOneQuery() {
        CliRun noStore = CliRun.run("query", "--store", tmp.resolve("nothing").toString(), "--query", "ASK {}");
        assertEquals(1, noStore.exit());
        assertTrue(noStore.err().contains("no store here"), noStore.err());
        assertTrue(Files.notExists(tmp.resolve("nothing")));
        assertEquals(2, CliRun.run("query", "--store", store).exit());
        assertEquals(2, CliRun.run("query", "--store", store, "--query", "ASK {}", "x.rq").exit());
        CliRun noFile = CliRun.run("query", "--store", store, tmp.resolve("missing.rq").toString());
        assertEquals(1, noFile.exit());
        assertTrue(noFile.err().contains("missing.rq: cannot read the query"), noFile.err());
    }

    @Test
    void turtleAndJsonLdExportsAreTheUnionGraph() {
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getUnionGraph().find().forEachRemaining(union::add));
        for (String format : List.of("ttl", "jsonld")) {
            CliRun run = CliRun.run("export", "--store", store, "--format", format);
            assertEquals(0, run.exit(), run.err());
            Graph parsed = RDFParser.fromString(run.out(), format.equals("ttl") ? Lang.TURTLE : Lang.JSONLD).toGraph();
            assertTrue(union.isIsomorphicWith(parsed), format);
        }
    }

    @Test
    void trigAndNQuadsExportsKeepTheNamedGraphs() throws IOException {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
        for (String format : List.of("trig", "nq")) {
            Path out = tmp.resolve("export." + format);
            CliRun run = CliRun.run("export", "--store", store, "--format", format, "--out", out.toString());
            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.out());
            DatasetGraph parsed = RDFParser.source(out).toDatasetGraph();
            // graph by graph: Jena's graph matcher handles the VoID's blank nodes in any order, IsoMatcher does not
            assertEquals(Iter.toSet(copy.listGraphNodes()), Iter.toSet(parsed.listGraphNodes()), format);
            copy.listGraphNodes().forEachRemaining(g ->
                    assertTrue(copy.getGraph(g).isIsomorphicWith(parsed.getGraph(g)), format + " " + g));
        }
    }

    @Test
    void jsonLdUsesTheProjectContextWhenThereIsOne() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home/ontology"));
        Files.writeString(home.resolve("context.jsonld"),
                "{\"@context\": {\"@version\": 1.1, \"kg\": \"https://w3id.org/newskg/ns#\","
                        + " \"file\": \"https://w3id.org/newskg/ns#sourceFile\"}}");
        String previous = System.getProperty("newskg.home");
        System.setProperty("newskg.home", home.getParent().toString());
        try {
            CliRun run = CliRun.run("export", "--store", store, "--format", "jsonld");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().startsWith("{\n    \"@context\": {"), run.out());
            assertTrue(run.out().contains("\"file\": \"000_60e45256294c76ef.txt\""), run.out());
        } finally {
            if (previous == null) {
                System.clearProperty("newskg.home");
            } else {
                System.setProperty("newskg.home", previous);
            }
        }
    }

    @Test
    void exportNeedsAFormat() {
        CliRun run = CliRun.run("export", "--store", store);
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void validateConforms() {
        CliRun run = CliRun.run("validate", "--store", store, "--shapes", shapes("articles-conforming.ttl"));
        assertEquals(0, run.exit(), run.err());
        assertEquals("conforms\n", run.out());
    }

    @Test
    void validateReportsEachViolationAndExitsOne() {
        CliRun run = CliRun.run("validate", "--store", store, "--shapes", shapes("articles-dated.ttl"));
        assertEquals(1, run.exit());
        assertEquals(List.of(
                "Violation article:000_60e45256294c76ef kg:published: an article needs its publication date",
                "Violation article:001_9f2e92d670fe1bac kg:published: an article needs its publication date",
                "Violation article:003_0217356731568e3d kg:published: an article needs its publication date",
                "does not conform: 3 violation(s), 0 other result(s)"), run.out().lines().toList());
    }

    @Test
    void validateNeedsShapes() {
        CliRun run = CliRun.run("validate", "--store", store, "--shapes", tmp.resolve("none.ttl").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().endsWith("none.ttl: no such shapes file\n"), run.err());
    }

    private static String shapes(String name) {
        return Path.of("src/test/resources/org/newskg/validate", name).toString();
    }
}
