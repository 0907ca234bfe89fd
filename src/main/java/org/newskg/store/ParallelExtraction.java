package org.newskg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.newskg.article.Article;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ArticleFacts;

/**
 * Runs the extractor over articles on all cores. The extractor is pure and thread-safe; an article it fails
 * on is reported, and the others go on.
 */
final class ParallelExtraction {

    /**
     * @param facts    by file name, in the articles' order
     * @param failures the reason for each article that failed, by file name
     */
    record Outcome(Map<String, ArticleFacts> facts, Map<String, String> failures) {
    }

    private final Supplier<ArticleExtractor> load;
    private ArticleExtractor extractor;

    ParallelExtraction(Supplier<ArticleExtractor> load) {
        this.load = load;
    }

    private synchronized ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = load.get();
        }
        return extractor;
    }

    Outcome run(List<Article> articles, Progress progress) {
        Map<String, ArticleFacts> facts = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return new Outcome(facts, failures);
        }
        ArticleExtractor extractor = extractor();
        progress.start("extracting", articles.size());
        int threads = Math.min(articles.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleFacts>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    try {
                        return extractor.extract(a);
                    } finally {
                        progress.step();
                    }
                }));
            }
            for (int i = 0; i < articles.size(); i++) {
                String file = articles.get(i).fileName();
                try {
                    facts.put(file, futures.get(i).get());
                } catch (ExecutionException e) {
                    failures.put(file, "extraction failed: " + e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new Outcome(facts, failures);
    }
}
