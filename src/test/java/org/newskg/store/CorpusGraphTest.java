package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.ArticleReader;
import org.newskg.extract.ArticleExtractor;
import org.newskg.rdf.Iris;
import org.newskg.validate.StoreValidation;

/** The graph built from the project's own corpus/: valid, traceable to its text, and answering every query. */
class CorpusGraphTest {

    @TempDir
    static Path tmp;

    static DatasetGraph store;

    @BeforeAll
    static void build() throws IOException {
        store = KgStore.open(tmp.resolve("store"));
        BuildReport report = new Build(ArticleExtractor::load, Iris.defaults(), ArticleReader.DEFAULT_MAX_BYTES)
                .run(Path.of("corpus"), store, Progress.none());
        assertFalse(report.hasFailures(), report.summary());
    }

    @Test
    void conformsToTheProjectShapes() {
        ValidationReport report = StoreValidation.validate(store, RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void everyQuotationIsTheArticleTextAtItsOffsetsAndInsideItsSentence() {
        Txn.executeRead(store, this::quotationsMatchTheirText);
    }

    private void quotationsMatchTheirText() {
        List<String> wrong = new ArrayList<>();
        int[] count = {0};
        rows("""
                PREFIX kg: <https://w3id.org/newskg/ns#>
                SELECT ?q ?text ?sentence ?begin ?end ?article WHERE {
                  ?q a kg:Quotation ; kg:text ?text ; kg:sentence ?sentence ; kg:beginIndex ?begin ;
                     kg:endIndex ?end ; kg:inArticle ?a . ?a kg:text ?article }""").forEachRemaining(r -> {
            count[0]++;
            String article = r.getLiteral("article").getLexicalForm();
            String at = article.substring(intOf(r, "begin"), intOf(r, "end"));
            String sentence = r.getLiteral("sentence").getLexicalForm();
            if (!at.equals(r.getLiteral("text").getLexicalForm()) || !article.contains(sentence)) {
                wrong.add(r.get("q") + ": «" + at + "»");
            }
        });
        assertTrue(count[0] > 20, "the seed articles hold dozens of quotations, found " + count[0]);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyQueryOfTheLibraryParsesAndReturnsRows() throws IOException {
        Txn.executeRead(store, () -> {
            try {
                queriesReturnRows();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void queriesReturnRows() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 17, "the library has the scorer's queries and a dozen more");
        List<String> empty = new ArrayList<>();
        for (Path f : files) {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store)).query(Files.readString(f)).build()) {
                ResultSet rs = qe.execSelect();
                if (!rs.hasNext()) {
                    empty.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), empty, "queries without rows on corpus/");
    }

    private static int intOf(QuerySolution r, String var) {
        return Integer.parseInt(r.get(var).asLiteral().getLexicalForm());
    }

    private static ResultSet rows(String query) {
        return QueryExecution.dataset(DatasetFactory.wrap(store)).query(query).build().execSelect();
    }
}
