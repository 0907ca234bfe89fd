package org.newskg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.article.ArticleFile;
import org.newskg.article.ArticleReader;
import org.newskg.article.CorpusScan;
import org.newskg.extract.ArticleExtractor;
import org.newskg.rdf.Iris;
import org.newskg.resolve.ResolvedPerson;
import org.newskg.store.BatchedWrites.Change;

/**
 * Brings the store in line with a corpus folder, incrementally:
 * <ol>
 * <li>read and hash every article file (keeping no text);</li>
 * <li>drop the graphs of deleted files;</li>
 * <li>extract the new and changed articles on all cores, and store them as they come ({@link ArticleWriter});
 * their persons get the IRIs that a resolution over the names known so far gives;</li>
 * <li>resolve persons over the names of every article the store now holds;</li>
 * <li>relink the stored articles whose names this final resolution moved: rename their person nodes in place
 * ({@link Relink}), or extract them again where a node must split;</li>
 * <li>rewrite the entities graph and the VoID description in one transaction.</li>
 * </ol>
 * Each article's change is made within one transaction, batched with other articles' ({@link BatchedWrites}),
 * so the store is never half-written: an article that fails keeps the graph it had, and the others land. At
 * most a few batches of articles are in memory at a time, whatever the size of the corpus.
 */
public final class Build {

    public static final String LANGUAGE = "fr";

    private final ArticleReader reader;
    private final ParallelExtraction extraction;
    private final Iris iris;
    private final int batchArticles;

    /** @param extractor loaded on first use: a build with nothing to extract does not load the models */
    public Build(Supplier<ArticleExtractor> extractor, Iris iris, long maxBytes) {
        this(extractor, iris, maxBytes, ArticleWriter.MAX_ARTICLES);
    }

    /** @param batchArticles at most so many articles per write transaction */
    Build(Supplier<ArticleExtractor> extractor, Iris iris, long maxBytes, int batchArticles) {
        this.reader = new ArticleReader(maxBytes);
        // two batches ahead: the next batch is extracted while the writer stores the previous one
        this.extraction = new ParallelExtraction(extractor, reader, 2L * ArticleWriter.MAX_CHARS);
        this.iris = iris;
        this.batchArticles = batchArticles;
    }

    /**
     * Builds the store in {@code storeDir}: brings an existing store in line with the corpus, as
     * {@link #run(Path, DatasetGraph, Progress)} does, or makes a new one. A new store is built aside, in a
     * folder next to it, with its quad indexes written bottom-up ({@link IndexBuild}), and moved into place
     * once complete: until then there is no store at {@code storeDir}, never half of one.
     *
     * @throws IOException when the corpus folder cannot be listed, or the new store cannot be moved into place;
     *                     nothing is written then
     */
    public BuildReport run(Path corpusDir, Path storeDir, Progress progress) throws IOException {
        if (KgStore.exists(storeDir) || !NewStore.canMoveTo(storeDir)) {
            DatasetGraph store = KgStore.open(storeDir);
            try {
                return run(corpusDir, store, progress);
            } finally {
                TDBInternal.expel(store);
            }
        }
        long start = System.nanoTime();
        extraction.loadAhead();  // while the corpus is read: a new store extracts every article
        CorpusScan scan = CorpusScan.of(corpusDir, reader);
        try (NewStore fresh = NewStore.beside(storeDir); IndexBuild indexes = new IndexBuild();
                QuotationSpill quotations = new QuotationSpill()) {
            CorpusChanges changes = CorpusChanges.of(corpusDir, scan, Map.of(), iris);
            HeldArticles held = new HeldArticles(List.of());
            BuildLog log = log(corpusDir, progress, scan, changes);
            DatasetGraph nodes = KgStore.openForBuild(fresh.dir());
            KnownLengthFile.install(nodes);
            ArticleWriter writer;
            EntitiesWritten entities;
            PackedRelinks relinks;
            try {
                Run storing = new Run(corpusDir, nodes, held, log, indexes, Optional.empty());
                writer = storing.store(changes.added(), Optional.of(quotations));
                Map<String, ResolvedPerson> persons = held.resolve();
                List<Relink> moved = storing.relinks(persons);
                entities = storing.writeEntities(persons, moved, quotations);
                relinks = storing.relinksToPack(moved);
            } finally {
                TDBInternal.expel(nodes);
            }
            indexes.build(fresh.dir(), relinks, log.progress());
            DatasetGraph store = KgStore.openForBuild(fresh.dir());
            BuildReport report;
            try {
                report = new Run(corpusDir, store, held, log, SortedInserts.INSTANCE, Optional.of(entities))
                        .finish(changes, writer, 0, start);
            } finally {
                TDBInternal.expel(store);
            }
            KgStore.endBuild(fresh.dir());
            fresh.moveTo(storeDir);
            return report;
        }
    }

    /**
     * Brings {@code store} in line with the corpus: drops the graphs of deleted files, stores the new and changed
     * articles, and relinks and describes the whole.
     *
     * @throws IOException when the corpus folder cannot be listed; nothing is written then
     */
    public BuildReport run(Path corpusDir, DatasetGraph store, Progress progress) throws IOException {
        long start = System.nanoTime();
        CorpusScan scan = CorpusScan.of(corpusDir, reader);
        CorpusChanges changes = CorpusChanges.of(corpusDir, scan, StoredArticle.readAll(store), iris);
        HeldArticles held = new HeldArticles(changes.stored().values());
        Run run = new Run(corpusDir, store, held, log(corpusDir, progress, scan, changes), SortedInserts.INSTANCE,
                Optional.empty());
        int removed = run.remove(changes.removed());
        List<ArticleFile> toStore = new ArrayList<>(changes.added());
        toStore.addAll(changes.changed());
        return run.finish(changes, run.store(toStore, Optional.empty()), removed, start);
    }

    private static BuildLog log(Path corpusDir, Progress progress, CorpusScan scan, CorpusChanges changes) {
        BuildLog log = new BuildLog(corpusDir, progress);
        scan.failures().forEach(log::fail);
        changes.clashes().forEach(log::fail);
        return log;
    }

    /** Whether a build would change the store: it is missing, or an article is new, changed or deleted. */
    public static boolean isStale(Path corpusDir, Path storeDir) throws IOException {
        if (!KgStore.exists(storeDir)) {
            return true;
        }
        Iris iris = Iris.defaults();
        DatasetGraph store = KgStore.open(storeDir);
        if (!Txn.calculateRead(store, () -> store.containsGraph(NodeFactory.createURI(VoidDescription.graphName(iris))))) {
            return true;
        }
        CorpusScan scan = CorpusScan.of(corpusDir, new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES));
        return !CorpusChanges.of(corpusDir, scan, StoredArticle.readAll(store), iris).isEmpty();
    }

    private static int count(List<ArticleFile> articles, Set<String> files) {
        return (int) articles.stream().filter(a -> files.contains(a.fileName())).count();
    }

    /**
     * What a new store's entities graph holds before its indexes are built: the persons of {@code persons}, and
     * the statement groups if {@code groups}.
     */
    private record EntitiesWritten(Map<String, ResolvedPerson> persons, boolean groups) {
    }

    /** The steps of one build, on one store. */
    private final class Run {

        private final Path corpusDir;
        private final DatasetGraph store;
        private final HeldArticles held;
        private final BuildLog log;
        private final IndexWrites indexes;
        /** What the entities graph holds already, if anything. */
        private final Optional<EntitiesWritten> entitiesWritten;

        Run(Path corpusDir, DatasetGraph store, HeldArticles held, BuildLog log, IndexWrites indexes,
                Optional<EntitiesWritten> entitiesWritten) {
            this.corpusDir = corpusDir;
            this.store = store;
            this.held = held;
            this.log = log;
            this.indexes = indexes;
            this.entitiesWritten = entitiesWritten;
        }

        /**
         * Extracts and stores {@code articles}; their persons get the IRIs the names known so far give. The
         * writer keeps their quotations in {@code quotations}, if given.
         */
        ArticleWriter store(List<ArticleFile> articles, Optional<QuotationSpill> quotations) {
            ArticleWriter writer = writer(held::resolveWith);
            quotations.ifPresent(writer::keepQuotations);
            extract(articles, writer, "extracting and storing");
            return writer;
        }

        /**
         * Writes the entities graph of {@code persons}, the resolution of every stored article's names. A new
         * store does it before its indexes are built, so that these quads go into the indexes with the articles'
         * ones: inserted into the packed B+trees afterwards, they took about 2 s of a 20 MB build, and reading
         * the quotations back from the store for the statement groups 1 s more. The groups come from the
         * {@code quotations} the articles were stored with, their speakers renamed as {@code relinks} rename
         * them; unless an article must be extracted again (a person node splits), which may change its
         * quotations: then {@link #finish} adds the groups.
         */
        EntitiesWritten writeEntities(Map<String, ResolvedPerson> persons, List<Relink> relinks,
                QuotationSpill quotations) {
            Graph entities = EntitiesGraph.of(new LinkedHashSet<>(persons.values()), iris);
            boolean groups = relinks.stream().noneMatch(Relink::splits);
            if (groups) {
                Map<String, Relink> byFile = new HashMap<>();
                relinks.forEach(r -> byFile.put(r.article().fileName(), r));
                quotations.forEachBucket((file, q) -> byFile.containsKey(file) ? byFile.get(file).relinked(q) : q,
                        reports -> Corroboration.addGroups(reports, entities, iris));
            }
            Node name = NodeFactory.createURI(iris.entitiesGraph());
            Txn.executeWrite(store, () -> {
                QuadBatch batch = new QuadBatch(store, indexes);
                batch.addGraph(name, entities);
                batch.finish();
            });
            indexes.committed();
            return new EntitiesWritten(persons, groups);
        }

        /**
         * The relinks a new store makes while its indexes are built: those of the articles whose person nodes
         * only need renaming (the articles whose nodes must split are extracted again by {@link #finish}).
         * The articles are held relinked from now on.
         */
        PackedRelinks relinksToPack(List<Relink> relinks) {
            List<Relink> renames = relinks.stream().filter(r -> !r.splits()).toList();
            PackedRelinks packed = PackedRelinks.of(store, renames);
            renames.forEach(r -> held.put(r.relinked()));
            return packed;
        }

        /**
         * Resolves persons over the names of every stored article, relinks the articles this moves, and
         * rewrites the corpus graphs; reports the build that {@code writer} stored the articles of.
         */
        BuildReport finish(CorpusChanges changes, ArticleWriter writer, int removed, long start) {
            Map<String, ResolvedPerson> persons = held.resolve();
            Set<String> extractable = new HashSet<>(writer.written());
            changes.unchanged().forEach(a -> extractable.add(a.fileName()));
            Set<String> relinked = relink(persons, extractable);

            Graph description = writeCorpusGraphs(persons, relinked.isEmpty());
            int relinkedUnchanged = count(changes.unchanged(), relinked);
            return new BuildReport(count(changes.added(), writer.written()), count(changes.changed(), writer.written()),
                    relinkedUnchanged, changes.unchanged().size() - relinkedUnchanged, removed, log.skipped(),
                    log.failures(), VoidDescription.triples(description, iris), (System.nanoTime() - start) / 1e9);
        }

        ArticleWriter writer(Function<Collection<Set<String>>, Map<String, ResolvedPerson>> resolution) {
            return new ArticleWriter(store, iris, held, resolution, log, batchArticles, indexes);
        }

        /** Extracts {@code articles} and hands them to {@code writer}, which stores them. */
        void extract(List<ArticleFile> articles, ArticleWriter writer, String phase) {
            if (articles.isEmpty()) {
                return;
            }
            log.progress().start(phase, articles.size());
            extraction.run(corpusDir, articles, writer);
            writer.flush();
            log.progress().finish();
        }

        /** Drops the graphs of deleted files; returns how many were dropped. */
        int remove(List<StoredArticle> gone) {
            Set<String> removed = write("removing", gone.stream()
                    .map(a -> new Change(a.fileName(), s -> s.store().removeGraph(NodeFactory.createURI(a.graph())))).toList());
            removed.forEach(held::remove);
            return removed.size();
        }

        /** What each held article whose links {@code persons} moves needs to follow it. */
        List<Relink> relinks(Map<String, ResolvedPerson> persons) {
            return held.all().stream().map(a -> Relink.of(a, persons, iris)).flatMap(Optional::stream).toList();
        }

        /**
         * Links the names of every stored article as {@code persons} does: renames person nodes in place, or
         * extracts again an article whose nodes must split, if it is {@code extractable} (not one whose file
         * failed to read or extract in this build). Returns the files relinked.
         */
        Set<String> relink(Map<String, ResolvedPerson> persons, Set<String> extractable) {
            List<Relink> relinks = relinks(persons);
            Set<String> relinked = write("relinking", relinks.stream().filter(r -> !r.splits())
                    .map(r -> new Change(r.article().fileName(), s -> r.apply(s.store()))).toList());
            List<ArticleFile> splits = relinks.stream().filter(Relink::splits).map(Relink::article)
                    .filter(a -> extractable.contains(a.fileName()))
                    .map(a -> new ArticleFile(a.fileName(), a.sha256())).toList();
            ArticleWriter writer = writer(names -> persons);
            extract(splits, writer, "extracting again");
            relinked.addAll(writer.written());
            return relinked;
        }

        /** Makes {@code changes}, {@link #batchArticles} per transaction; returns the files changed. */
        private Set<String> write(String phase, List<Change> changes) {
            Set<String> done = new HashSet<>();
            if (changes.isEmpty()) {
                return done;
            }
            log.progress().start(phase, changes.size());
            for (int i = 0; i < changes.size(); i += batchArticles) {
                List<Change> batch = changes.subList(i, Math.min(changes.size(), i + batchArticles));
                Map<String, String> failed = BatchedWrites.write(store, batch, indexes);
                failed.forEach(log::fail);
                batch.stream().map(Change::fileName).filter(f -> !failed.containsKey(f)).forEach(done::add);
                batch.forEach(c -> log.progress().step());
            }
            log.progress().finish();
            return done;
        }

        /**
         * Rewrites the entities graph, the prefixes and the VoID description in one transaction. Keeps what the
         * entities graph holds when it is about these {@code persons}: adds the statement groups if it has none,
         * or if it has them but the articles changed since ({@code articlesAsWritten} false).
         */
        Graph writeCorpusGraphs(Map<String, ResolvedPerson> persons, boolean articlesAsWritten) {
            Node entities = NodeFactory.createURI(iris.entitiesGraph());
            Node voidGraph = NodeFactory.createURI(VoidDescription.graphName(iris));
            Optional<EntitiesWritten> kept = entitiesWritten.filter(e -> e.persons().equals(persons))
                    .filter(e -> !e.groups() || articlesAsWritten);
            return Txn.calculateWrite(store, () -> {
                store.removeGraph(voidGraph);
                if (kept.isEmpty()) {
                    store.removeGraph(entities);
                }
                Graph added = kept.isPresent() ? GraphFactory.createDefaultGraph()
                        : EntitiesGraph.of(new LinkedHashSet<>(persons.values()), iris);
                if (!kept.map(EntitiesWritten::groups).orElse(false)) {
                    Corroboration.addGroups(store, added, iris);
                }
                added.find().forEachRemaining(t -> store.add(entities, t.getSubject(), t.getPredicate(), t.getObject()));
                store.prefixes().putAll(KgPrefixes.of(iris));
                Graph description = VoidDescription.of(store, iris);
                store.addGraph(voidGraph, description);
                return description;
            });
        }
    }
}
