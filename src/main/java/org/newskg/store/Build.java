package org.newskg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.article.Article;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.CorpusScan;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.PersonMention;
import org.newskg.rdf.FactsToRdf;
import org.newskg.rdf.Iris;
import org.newskg.resolve.PersonResolver;
import org.newskg.resolve.ResolvedPerson;

/**
 * Brings the store in line with a corpus folder, incrementally:
 * <ol>
 * <li>read and hash every article file;</li>
 * <li>extract the new and changed articles, in parallel;</li>
 * <li>gather the person names of every article: extracted ones from their facts, unchanged ones from the
 * store;</li>
 * <li>resolve persons across the corpus;</li>
 * <li>re-extract the unchanged articles whose names the resolution now links to other persons;</li>
 * <li>write each extracted article's graph in its own transaction (old graph out, new graph in), and drop the
 * graphs of deleted files;</li>
 * <li>rewrite the entities graph and the VoID description in one transaction.</li>
 * </ol>
 * Every transaction commits or aborts, so the store is never half-written: an article that fails keeps the
 * graph it had.
 */
public final class Build {

    public static final String LANGUAGE = "fr";

    private final ArticleReader reader;
    private final ParallelExtraction extraction;
    private final FactsToRdf toRdf;
    private final Iris iris;

    /** @param extractor loaded on first use: a build with nothing to extract does not load the models */
    public Build(Supplier<ArticleExtractor> extractor, Iris iris, long maxBytes) {
        this.reader = new ArticleReader(maxBytes);
        this.extraction = new ParallelExtraction(extractor);
        this.toRdf = new FactsToRdf(iris);
        this.iris = iris;
    }

    /** @throws IOException when the corpus folder cannot be listed; nothing is written then */
    public BuildReport run(Path corpusDir, DatasetGraph store, Progress progress) throws IOException {
        long start = System.nanoTime();
        CorpusScan scan = CorpusScan.of(corpusDir, reader);
        CorpusChanges changes = CorpusChanges.of(corpusDir, scan, StoredArticle.readAll(store), iris);
        List<ArticleProblem> failures = new ArrayList<>(scan.failures());
        failures.addAll(changes.clashes());
        List<ArticleProblem> skipped = new ArrayList<>();

        List<Article> toExtract = new ArrayList<>(changes.added());
        toExtract.addAll(changes.changed());
        Map<String, ArticleFacts> facts = extract(corpusDir, toExtract, progress, failures, skipped);

        Map<String, ResolvedPerson> persons = PersonResolver.resolveArticles(namesPerArticle(changes, facts));

        List<Article> relink = changes.unchanged().stream()
                .filter(a -> !linksHold(changes.stored().get(a.fileName()), persons)).toList();
        facts.putAll(extract(corpusDir, relink, progress, failures, skipped));

        Set<String> written = writeArticles(corpusDir, store, facts, changes.stored(), persons, progress, failures);
        changes.removed().forEach(gone -> replaceGraph(store, gone.graph(), null, null));
        Graph description = writeCorpusGraphs(store, new LinkedHashSet<>(persons.values()));
        return new BuildReport(count(changes.added(), written), count(changes.changed(), written),
                count(relink, written), changes.unchanged().size() - relink.size(), changes.removed().size(),
                skipped, failures, VoidDescription.triples(description, iris), (System.nanoTime() - start) / 1e9);
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

    /** Extracts, and keeps only the article itself of those not in French. */
    private Map<String, ArticleFacts> extract(Path corpusDir, List<Article> articles, Progress progress,
                                              List<ArticleProblem> failures, List<ArticleProblem> skipped) {
        ParallelExtraction.Outcome outcome = extraction.run(articles, progress);
        outcome.failures().forEach((file, reason) -> failures.add(new ArticleProblem(corpusDir.resolve(file), reason)));
        Map<String, ArticleFacts> facts = new LinkedHashMap<>();
        outcome.facts().forEach((file, f) -> {
            if (LANGUAGE.equals(f.language())) {
                facts.put(file, f);
            } else {
                skipped.add(new ArticleProblem(corpusDir.resolve(file),
                        "language is " + f.language() + ", not French: no facts extracted"));
                facts.put(file, new ArticleFacts(f.article(), f.language(), List.of(), List.of(), List.of(),
                        List.of(), List.of()));
            }
        });
        return facts;
    }

    /**
     * The person names of every article the store will hold: from the facts just extracted, else from the
     * store (unchanged articles, and those whose file or extraction failed and keep their stored graph).
     */
    private static List<Set<String>> namesPerArticle(CorpusChanges changes, Map<String, ArticleFacts> facts) {
        List<Set<String>> names = new ArrayList<>();
        facts.values().forEach(f -> names.add(f.persons().stream().map(PersonMention::name).collect(Collectors.toSet())));
        changes.unchanged().forEach(a -> names.add(changes.stored().get(a.fileName()).names()));
        changes.kept().forEach(s -> names.add(s.names()));
        changes.changed().stream().filter(a -> !facts.containsKey(a.fileName()))
                .forEach(a -> names.add(changes.stored().get(a.fileName()).names()));
        return names;
    }

    /** Writes each article's graph in its own transaction; returns the files written. */
    private Set<String> writeArticles(Path corpusDir, DatasetGraph store, Map<String, ArticleFacts> facts,
                                      Map<String, StoredArticle> stored, Map<String, ResolvedPerson> persons,
                                      Progress progress, List<ArticleProblem> failures) {
        Set<String> written = new HashSet<>();
        progress.start("writing", facts.size());
        facts.forEach((file, f) -> {
            StoredArticle old = stored.get(file);
            try {
                Graph graph = toRdf.toGraph(f, persons::get);
                replaceGraph(store, old == null ? null : old.graph(), iris.article(f.article().stem()), graph);
                written.add(file);
            } catch (RuntimeException e) {
                failures.add(new ArticleProblem(corpusDir.resolve(file), "could not be stored: " + e));
            }
            progress.step();
        });
        progress.finish();
        return written;
    }

    private static int count(List<Article> articles, Set<String> written) {
        return (int) articles.stream().filter(a -> written.contains(a.fileName())).count();
    }

    /** Whether each name of a stored article still goes to the person IRI and label it was given. */
    private boolean linksHold(StoredArticle stored, Map<String, ResolvedPerson> persons) {
        return stored.persons().stream().allMatch(link -> {
            ResolvedPerson p = persons.get(link.name());
            return p != null && iris.person(p.slug()).equals(link.person()) && p.label().equals(link.label());
        });
    }

    /** In one transaction: drops {@code oldGraph} if any, then stores {@code content} as {@code newGraph} if any. */
    private static void replaceGraph(DatasetGraph store, String oldGraph, String newGraph, Graph content) {
        Txn.executeWrite(store, () -> {
            if (oldGraph != null) {
                store.removeGraph(NodeFactory.createURI(oldGraph));
            }
            if (newGraph != null) {
                store.addGraph(NodeFactory.createURI(newGraph), content);
            }
        });
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
