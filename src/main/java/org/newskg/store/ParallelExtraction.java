package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newskg.article.ArticleFile;
import org.newskg.article.ArticleReader;
import org.newskg.article.BadArticleException;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ArticleFacts;

/**
 * Reads and extracts articles on all cores, and hands each one's outcome over on the calling thread, in the
 * articles' order. Only so much text is read ahead of what was handed over, so that memory stays flat
 * whatever the number of articles, while the next articles are extracted as the caller stores the previous
 * ones. The extractor is pure and thread-safe; an article that cannot be read or extracted is handed over
 * with the reason, and the others go on.
 */
final class ParallelExtraction {

    /** One article's facts, or why there are none ({@code facts} null). */
    record Extracted(String fileName, ArticleFacts facts, String failure) {
    }

    /** A task under way and the size of its file. */
    private record InFlight(String fileName, Future<Extracted> outcome, long bytes) {
    }

    private final Supplier<ArticleExtractor> load;
    private final ArticleReader reader;
    private final long maxBytesAhead;
    private CompletableFuture<ArticleExtractor> extractor;

    /** @param maxBytesAhead how many bytes of article files may be read and not yet handed over */
    ParallelExtraction(Supplier<ArticleExtractor> load, ArticleReader reader, long maxBytesAhead) {
        this.load = load;
        this.reader = reader;
        this.maxBytesAhead = maxBytesAhead;
    }

    /**
     * Starts loading the extractor (its models and lexicons: some 1.5 s of one core) on another thread, for a
     * caller that will surely extract and has other work to do first, such as reading the corpus.
     */
    synchronized void loadAhead() {
        if (extractor == null) {
            extractor = CompletableFuture.supplyAsync(load);
        }
    }

    private ArticleExtractor extractor() {
        synchronized (this) {
            if (extractor == null) {
                extractor = CompletableFuture.completedFuture(load.get());
            }
        }
        try {
            return extractor.join();
        } catch (CompletionException e) {  // what loading threw, as a load on this thread throws it
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    void run(Path corpusDir, List<ArticleFile> articles, Consumer<Extracted> sink) {
        if (articles.isEmpty()) {
            return;
        }
        ArticleExtractor extractor = extractor();
        int threads = Math.min(articles.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<InFlight> inFlight = new ArrayDeque<>();
        long bytesAhead = 0;
        Iterator<ArticleFile> next = articles.iterator();
        try {
            while (next.hasNext() || !inFlight.isEmpty()) {
                // every core busy, and more ahead as long as the text read ahead stays under the bound
                while (next.hasNext() && (inFlight.size() < threads || bytesAhead < maxBytesAhead)) {
                    Path file = corpusDir.resolve(next.next().fileName());
                    InFlight task = new InFlight(file.getFileName().toString(),
                            pool.submit(() -> extract(extractor, file)), size(file));
                    inFlight.add(task);
                    bytesAhead += task.bytes();
                }
                InFlight done = inFlight.remove();
                bytesAhead -= done.bytes();
                sink.accept(outcome(done));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Extracted extract(ArticleExtractor extractor, Path file) {
        String name = file.getFileName().toString();
        try {
            return new Extracted(name, extractor.extract(reader.read(file)), null);
        } catch (BadArticleException e) {
            return new Extracted(name, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Extracted(name, null, "extraction failed: " + e);
        }
    }

    private static Extracted outcome(InFlight task) {
        try {
            return task.outcome().get();
        } catch (ExecutionException e) {  // an Error, such as a stack overflow on a pathological text
            return new Extracted(task.fileName(), null, "extraction failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;  // reading it fails too, and says why
        }
    }
}
