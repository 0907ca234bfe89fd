package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.article.ArticleFile;
import org.newskg.article.ArticleProblem;
import org.newskg.article.CorpusScan;
import org.newskg.rdf.FactsToRdf;
import org.newskg.rdf.Iris;

/**
 * How the corpus differs from the store. An article is unchanged when its file has the stored content hash
 * and its graph was made under the same graph name by the same extractor version; otherwise it is changed
 * (and re-extracted). A stored article whose file is gone is removed; one whose file is there but could not be
 * read is kept as it is.
 *
 * @param unchanged the stored state of each unchanged article, by file name
 * @param kept      stored articles whose files could not be read this time
 * @param clashes   articles whose graph name another article of the corpus already has
 */
public record CorpusChanges(List<ArticleFile> added, List<ArticleFile> changed, List<ArticleFile> unchanged,
                            Map<String, StoredArticle> stored, List<StoredArticle> removed,
                            List<StoredArticle> kept, List<ArticleProblem> clashes) {

    public static CorpusChanges of(Path corpusDir, CorpusScan scan, Map<String, StoredArticle> stored, Iris iris) {
        List<ArticleFile> added = new ArrayList<>();
        List<ArticleFile> changed = new ArrayList<>();
        List<ArticleFile> unchanged = new ArrayList<>();
        List<ArticleProblem> clashes = new ArrayList<>();
        Map<String, String> fileOfGraph = new HashMap<>();
        for (ArticleFile a : scan.articles()) {
            String graph = iris.article(a.stem());
            String other = fileOfGraph.putIfAbsent(graph, a.fileName());
            if (other != null) {
                clashes.add(new ArticleProblem(corpusDir.resolve(a.fileName()),
                        "same article IRI as " + other + " (" + graph + "): rename one of them"));
                continue;
            }
            StoredArticle s = stored.get(a.fileName());
            if (s == null) {
                added.add(a);
            } else if (isUnchanged(a, s, iris)) {
                unchanged.add(a);
            } else {
                changed.add(a);
            }
        }
        Set<String> present = new HashSet<>();
        scan.files().forEach(f -> present.add(f.getFileName().toString()));
        Set<String> failed = new HashSet<>();
        scan.failures().forEach(p -> failed.add(p.file().getFileName().toString()));
        List<StoredArticle> removed = new ArrayList<>();
        List<StoredArticle> kept = new ArrayList<>();
        for (StoredArticle s : stored.values()) {
            if (!present.contains(s.fileName())) {
                removed.add(s);
            } else if (failed.contains(s.fileName())) {
                kept.add(s);
            }
        }
        return new CorpusChanges(added, changed, unchanged, stored, removed, kept, clashes);
    }

    static boolean isUnchanged(ArticleFile a, StoredArticle s, Iris iris) {
        return a.sha256().equals(s.sha256()) && iris.article(a.stem()).equals(s.graph())
                && extractorIri(iris).equals(s.extractor());
    }

    /** The IRI {@link FactsToRdf} gives the extractor that makes the graphs now. */
    static String extractorIri(Iris iris) {
        return iris.extractor(FactsToRdf.EXTRACTOR + "-" + FactsToRdf.EXTRACTOR_VERSION);
    }

    /** Whether the store already holds what the corpus gives: nothing to add, re-extract or remove. */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
