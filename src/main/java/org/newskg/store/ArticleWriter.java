package org.newskg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.PersonMention;
import org.newskg.rdf.FactsToRdf;
import org.newskg.rdf.Iris;
import org.newskg.resolve.ResolvedPerson;
import org.newskg.resolve.StatementGroups.Report;
import org.newskg.store.BatchedWrites.Change;
import org.newskg.store.ParallelExtraction.Extracted;

/**
 * Stores articles as they are extracted, a batch of up to {@link #MAX_ARTICLES} articles (by default) or
 * {@link #MAX_CHARS} characters of text per write transaction ({@link BatchedWrites}): each article's graph
 * replaces the one the store had for its file, and {@link HeldArticles} follows. An article not in French is
 * stored without facts, and reported as skipped.
 * <p>
 * Persons get the IRIs that {@code resolution} gives over the names of the batch. In the first pass of a build
 * it resolves them together with the names the store holds so far: the best known then, which later articles
 * may still change ({@link Relink} brings the graphs in line at the end).
 */
final class ArticleWriter implements Consumer<Extracted> {

    /** Some 130,000 triples: a commit (tens of milliseconds) then costs little next to writing them. */
    static final int MAX_ARTICLES = 256;
    /**
     * Bounds what waits in memory: the facts of 2 MB of text take some 12 MB, their quads in {@link QuadBatch}
     * some 35 MB, and a TDB2 write transaction keeps the nodes it adds in a cache of its own until it commits
     * (larger batches made the heap grow, not the build faster: 8 MB batches spent as much CPU on a 20 MB build).
     */
    static final int MAX_CHARS = 2 << 20;

    private final DatasetGraph store;
    private final Iris iris;
    private final FactsToRdf toRdf;
    private final HeldArticles held;
    private final Function<Collection<Set<String>>, Map<String, ResolvedPerson>> resolution;
    private final BuildLog log;
    private final int maxArticles;
    private final IndexWrites indexes;
    private final Set<String> written = new HashSet<>();
    /** Where the quotations of each file written go, if asked for. */
    private QuotationSpill quotations;
    private final List<ArticleFacts> batch = new ArrayList<>();
    private long batchChars;

    /** @param resolution the persons of the names of each article of a batch */
    ArticleWriter(DatasetGraph store, Iris iris, HeldArticles held,
                  Function<Collection<Set<String>>, Map<String, ResolvedPerson>> resolution, BuildLog log,
                  int maxArticles, IndexWrites indexes) {
        this.store = store;
        this.iris = iris;
        this.toRdf = new FactsToRdf(iris);
        this.held = held;
        this.resolution = resolution;
        this.log = log;
        this.maxArticles = maxArticles;
        this.indexes = indexes;
    }

    @Override
    public void accept(Extracted e) {
        if (e.facts() == null) {
            log.fail(e.fileName(), e.failure());
            log.progress().step();
            return;
        }
        batch.add(french(e.facts()));
        batchChars += e.facts().article().text().length();
        if (batch.size() >= maxArticles || batchChars >= MAX_CHARS) {
            flush();
        }
    }

    /** Stores the articles not stored yet. */
    void flush() {
        Map<String, ResolvedPerson> persons = resolution.apply(batch.stream().map(ArticleWriter::names).toList());
        List<Change> changes = new ArrayList<>();
        Map<String, StoredArticle> after = new HashMap<>();
        Map<String, List<Report>> quoted = new HashMap<>();
        for (ArticleFacts f : batch) {
            String file = f.article().fileName();
            try {
                StoredArticle before = held.get(file);
                StoredArticle now = StoredArticle.written(f, persons::get, iris);
                // the graph is made in the transaction, so that one article's graph at a time is in memory
                changes.add(new Change(file, s -> {
                    Graph graph = toRdf.toGraph(f, persons::get);
                    if (quotations != null) {
                        quoted.put(file, Corroboration.reports(graph));
                    }
                    replace(s, before, now, graph);
                }));
                after.put(file, now);
            } catch (RuntimeException e) {  // a name the resolution does not know: the file changed meanwhile
                log.fail(file, "could not be stored: " + e);
                log.progress().step();
            }
        }
        Map<String, String> failed = BatchedWrites.write(store, changes, indexes);
        for (Change c : changes) {
            if (failed.containsKey(c.fileName())) {
                log.fail(c.fileName(), failed.get(c.fileName()));
            } else {
                held.put(after.get(c.fileName()));
                written.add(c.fileName());
                if (quotations != null) {
                    quotations.add(c.fileName(), quoted.get(c.fileName()));
                }
            }
            log.progress().step();
        }
        batch.clear();
        batchChars = 0;
    }

    /** The files stored so far. */
    Set<String> written() {
        return written;
    }

    /** Keeps, from now on, the quotations with a named speaker of each file it writes in {@code spill}. */
    void keepQuotations(QuotationSpill spill) {
        quotations = spill;
    }

    private static void replace(QuadBatch batch, StoredArticle before, StoredArticle now, Graph graph) {
        if (before != null) {
            batch.store().removeGraph(NodeFactory.createURI(before.graph()));
        }
        batch.addGraph(NodeFactory.createURI(now.graph()), graph);
    }

    private ArticleFacts french(ArticleFacts f) {
        if (Build.LANGUAGE.equals(f.language())) {
            return f;
        }
        log.skip(f.article().fileName(), "language is " + f.language() + ", not French: no facts extracted");
        return new ArticleFacts(f.article(), f.language(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Set<String> names(ArticleFacts f) {
        return f.persons().stream().map(PersonMention::name).collect(Collectors.toSet());
    }
}
