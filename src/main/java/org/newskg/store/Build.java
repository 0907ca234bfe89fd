package org.newskg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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
 * <li>extract the new and changed articles on all cores, and store them as they come, in batches
 * ({@link ArticleWriter}); their persons get the IRIs a resolution over the names known so far gives;</li>
 * <li>resolve persons over the names of every article the store now holds;</li>
 * <li>relink the stored articles whose names this final resolution moved: rename their person nodes in place
 * ({@link Relink}), or extract them again where a node must split;</li>
 * <li>rewrite the entities graph and the VoID description in one transaction.</li>
 * </ol>
 * Each article's change is made within one transaction, batched with others' ({@link BatchedWrites}), so the
 * store is never half-written: an article that fails keeps the graph it had, and the others land. At most a
 * batch or two of articles is in memory at a time, whatever the size of the corpus.
 */
public final class Build {

    public static final String LANGUAGE = "fr";

    private final ArticleReader reader;
    private final ParallelExtraction extraction;
    private final Iris iris;

    /** @param extractor loaded on first use: a build with nothing to extract does not load the models */
    public Build(Supplier<ArticleExtractor> extractor, Iris iris, long maxBytes) {
        this.reader = new ArticleReader(maxBytes);
        this.extraction = new ParallelExtraction(extractor, reader, ArticleWriter.MAX_CHARS);
        this.iris = iris;
    }

    /** @throws IOException when the corpus folder cannot be listed; nothing is written then */
    public BuildReport run(Path corpusDir, DatasetGraph store, Progress progress) throws IOException {
        long start = System.nanoTime();
        CorpusScan scan = CorpusScan.of(corpusDir, reader);
        CorpusChanges changes = CorpusChanges.of(corpusDir, scan, StoredArticle.readAll(store), iris);
        Problems problems = new Problems(corpusDir);
        scan.failures().forEach(problems::fail);
        changes.clashes().forEach(problems::fail);
        HeldArticles held = new HeldArticles(changes.stored().values());

        int removed = remove(store, changes.removed(), held, problems);
        List<ArticleFile> toExtract = new ArrayList<>(changes.added());
        toExtract.addAll(changes.changed());
        ArticleWriter writer = new ArticleWriter(store, iris, held, held::resolveWith, problems, progress);
        extract(corpusDir, toExtract, writer, progress, "extracting and storing");

        Map<String, ResolvedPerson> persons = held.resolve();
        Set<String> extractable = new HashSet<>(writer.written());
        changes.unchanged().forEach(a -> extractable.add(a.fileName()));
        Set<String> relinked = relink(corpusDir, store, held, persons, extractable, problems, progress);

        Graph description = writeCorpusGraphs(store, new LinkedHashSet<>(persons.values()));
        int relinkedUnchanged = count(changes.unchanged(), relinked);
        return new BuildReport(count(changes.added(), writer.written()), count(changes.changed(), writer.written()),
                relinkedUnchanged, changes.unchanged().size() - relinkedUnchanged, removed, problems.skipped(),
                problems.failures(), VoidDescription.triples(description, iris), (System.nanoTime() - start) / 1e9);
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

    /** Extracts {@code articles} and hands them to {@code writer}, which stores them. */
    private void extract(Path corpusDir, List<ArticleFile> articles, ArticleWriter writer, Progress progress,
                         String phase) {
        if (articles.isEmpty()) {
            return;
        }
        progress.start(phase, articles.size());
        extraction.run(corpusDir, articles, writer);
        writer.flush();
        progress.finish();
    }

    /** Drops the graphs of deleted files; returns how many were dropped. */
    private static int remove(DatasetGraph store, List<StoredArticle> gone, HeldArticles held, Problems problems) {
        List<Change> changes = gone.stream().map(a -> new Change(a.fileName(),
                s -> s.removeGraph(NodeFactory.createURI(a.graph())))).toList();
        Map<String, String> failed = BatchedWrites.write(store, changes);
        failed.forEach(problems::fail);
        gone.stream().filter(a -> !failed.containsKey(a.fileName())).forEach(a -> held.remove(a.fileName()));
        return gone.size() - failed.size();
    }

    /**
     * Links the names of every stored article as {@code persons} does: renames person nodes in place, in
     * batches, or extracts again an article whose nodes must split (if its file can be extracted: not one
     * that failed to read or extract in this build). Returns the files relinked.
     */
    private Set<String> relink(Path corpusDir, DatasetGraph store, HeldArticles held,
                               Map<String, ResolvedPerson> persons, Set<String> extractable, Problems problems,
                               Progress progress) {
        List<Relink> relinks = held.all().stream().map(a -> Relink.of(a, persons, iris)).flatMap(Optional::stream)
                .toList();
        List<Change> renames = relinks.stream().filter(r -> !r.splits())
                .map(r -> new Change(r.article().fileName(), r::apply)).toList();
        Set<String> relinked = new HashSet<>();
        progress.start("relinking", renames.size());
        for (int i = 0; i < renames.size(); i += ArticleWriter.MAX_ARTICLES) {
            List<Change> batch = renames.subList(i, Math.min(renames.size(), i + ArticleWriter.MAX_ARTICLES));
            Map<String, String> failed = BatchedWrites.write(store, batch);
            failed.forEach(problems::fail);
            batch.stream().map(Change::fileName).filter(f -> !failed.containsKey(f)).forEach(relinked::add);
            batch.forEach(c -> progress.step());
        }
        progress.finish();
        List<ArticleFile> splits = relinks.stream().filter(Relink::splits).map(Relink::article)
                .filter(a -> extractable.contains(a.fileName()))
                .map(a -> new ArticleFile(a.fileName(), a.sha256())).toList();
        ArticleWriter writer = new ArticleWriter(store, iris, held, names -> persons, problems, progress);
        extract(corpusDir, splits, writer, progress, "extracting again");
        relinked.addAll(writer.written());
        return relinked;
    }

    private static int count(List<ArticleFile> articles, Set<String> files) {
        return (int) articles.stream().filter(a -> files.contains(a.fileName())).count();
    }

    /** Rewrites the entities graph, the prefixes and the VoID description in one transaction. */
    private Graph writeCorpusGraphs(DatasetGraph store, Collection<ResolvedPerson> persons) {
        Node entities = NodeFactory.createURI(iris.entitiesGraph());
        Node voidGraph = NodeFactory.createURI(VoidDescription.graphName(iris));
        return Txn.calculateWrite(store, () -> {
            store.removeGraph(voidGraph);
            store.removeGraph(entities);
            Graph entityGraph = EntitiesGraph.of(persons, iris);
            Corroboration.addGroups(store, entityGraph, iris);
            store.addGraph(entities, entityGraph);
            store.prefixes().putAll(KgPrefixes.of(iris));
            Graph description = VoidDescription.of(store, iris);
            store.addGraph(voidGraph, description);
            return description;
        });
    }
}
