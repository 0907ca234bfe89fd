package org.newskg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.article.ArticleReader;
import org.newskg.extract.ArticleExtractor;
import org.newskg.rdf.Iris;
import org.newskg.store.Build;
import org.newskg.store.BuildReport;
import org.newskg.store.Progress;

/**
 * One timed run of the build that {@code kg build} does (models loaded, articles read, extracted, resolved and
 * written to a new TDB2 store), with the heap watched throughout.
 *
 * @param seconds     wall-clock time of the build, end to end
 * @param cpuSeconds  CPU time of the whole JVM during the build: every thread, the JIT compilers and the
 *                    collector included (on a busy machine, steadier than the wall-clock time)
 * @param peakHeap    the highest used heap sampled during the build
 * @param heapAfterGc used heap after a full collection once the build is over
 * @param phases      the build's phases (extracting and storing, building the indexes of a new store, then
 *                    relinking if any), in order
 */
public record BuildMeasurement(BuildReport report, double seconds, double cpuSeconds, long peakHeap, long heapAfterGc,
        List<Phase> phases) {

    /**
     * @param steps    how many steps the phase goes through: articles, or indexes when it builds them
     * @param start    the heap when the phase started
     * @param quarters the heap when a quarter, half, three quarters and all of the articles were done
     */
    public record Phase(String name, int steps, HeapSampler.Sample start, List<HeapSampler.Sample> quarters) {

        public double seconds() {
            return (quarters.get(quarters.size() - 1).nanos() - start.nanos()) / 1e9;
        }
    }

    public static BuildMeasurement run(Path corpus, Path storeDir) throws IOException {
        return run(corpus, storeDir, false);
    }

    /**
     * @param liveHeap whether each quarter's sample follows a full collection, so that it gives the live heap
     *                 exactly; the collections slow the build down
     */
    public static BuildMeasurement run(Path corpus, Path storeDir, boolean liveHeap) throws IOException {
        try (HeapSampler heap = HeapSampler.start()) {
            PhaseWatch watch = new PhaseWatch(heap, liveHeap);
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            BuildReport report = new Build(ArticleExtractor::load, Iris.defaults(), ArticleReader.DEFAULT_MAX_BYTES)
                    .run(corpus, storeDir, Progress.to(watch::update));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            return new BuildMeasurement(report, seconds, cpuSeconds, heap.peak(), HeapSampler.usedAfterGc(),
                    watch.phases());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Samples the heap when a phase starts and as each quarter of its articles is done. */
    private static final class PhaseWatch {

        private final HeapSampler heap;
        private final boolean liveHeap;
        private final Map<String, Phase> phases = new LinkedHashMap<>();
        private Phase current;

        PhaseWatch(HeapSampler heap, boolean liveHeap) {
            this.heap = heap;
            this.liveHeap = liveHeap;
        }

        void update(String phase, int done, int total) {
            if (phase == null || total == 0) {
                return;
            }
            if (done == 0) {
                current = new Phase(phase, total, heap.sample(), new ArrayList<>());
                phases.putIfAbsent(phase, current);  // a second round of the same phase is not reported
            } else {
                while (current.quarters().size() < 4 && done * 4L >= total * (current.quarters().size() + 1L)) {
                    current.quarters().add(liveHeap ? heap.sampleAfterFullGc() : heap.sample());
                }
            }
        }

        List<Phase> phases() {
            return phases.values().stream()
                    .map(p -> new Phase(p.name(), p.steps(), p.start(), List.copyOf(p.quarters()))).toList();
        }
    }
}
