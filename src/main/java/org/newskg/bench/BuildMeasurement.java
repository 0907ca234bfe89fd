package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.article.ArticleReader;
import org.newskg.extract.ArticleExtractor;
import org.newskg.rdf.Iris;
import org.newskg.store.Build;
import org.newskg.store.BuildReport;
import org.newskg.store.KgStore;
import org.newskg.store.Progress;

/**
 * One timed run of the build that {@code kg build} does (models loaded, articles read, extracted, resolved and
 * written to a new TDB2 store), with the heap watched throughout.
 *
 * @param seconds     wall-clock time of the build, end to end
 * @param peakHeap    the highest used heap sampled during the build
 * @param heapAfterGc used heap after a full collection once the build is over
 * @param quarters    the heap samples at 25, 50, 75 and 100 % of the build time
 */
public record BuildMeasurement(BuildReport report, double seconds, long peakHeap, long heapAfterGc,
                               List<HeapSampler.Sample> quarters) {

    public static BuildMeasurement run(Path corpus, Path storeDir) throws IOException {
        DatasetGraph store = KgStore.open(storeDir);
        try {
            BuildReport report;
            long nanos;
            HeapSampler heap;
            try (HeapSampler sampler = HeapSampler.start()) {
                heap = sampler;
                long start = System.nanoTime();
                report = new Build(ArticleExtractor::load, Iris.defaults(), ArticleReader.DEFAULT_MAX_BYTES)
                        .run(corpus, store, Progress.none());
                nanos = System.nanoTime() - start;
            }
            List<HeapSampler.Sample> quarters = IntStream.rangeClosed(1, 4)
                    .mapToObj(q -> heap.at(nanos * q / 4)).toList();
            return new BuildMeasurement(report, nanos / 1e9, heap.peak(), HeapSampler.usedAfterGc(), quarters);
        } finally {
            TDBInternal.expel(store);
        }
    }
}
