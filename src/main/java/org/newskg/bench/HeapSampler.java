package org.newskg.bench;

import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the heap of this JVM while a benchmark runs: a daemon thread samples it every 100 ms, so that the
 * peak and the course of the heap can be reported without slowing down the work measured.
 */
public final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MILLIS = 100;

    /**
     * @param nanos time since the sampler started
     * @param used  heap in use, garbage included
     * @param live  heap in use right after the latest collection: what stayed live then
     */
    public record Sample(long nanos, long used, long live) {}

    private final long start = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;

    private HeapSampler() {
        thread = new Thread(this::run, "heap-sampler");
        thread.setDaemon(true);
    }

    public static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.sample();
        sampler.thread.start();
        return sampler;
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(PERIOD_MILLIS);
                sample();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes a sample now; the sampler thread calls it every period, a caller may at points of interest. */
    public synchronized Sample sample() {
        Sample s = new Sample(System.nanoTime() - start, used(), live());
        samples.add(s);
        return s;
    }

    /** Takes a sample right after a full collection: its used and live heap are the live heap, exactly. */
    public synchronized Sample sampleAfterFullGc() {
        long used = usedAfterGc();
        Sample s = new Sample(System.nanoTime() - start, used, used);
        samples.add(s);
        return s;
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The highest used heap sampled. */
    public synchronized long peak() {
        return samples.stream().mapToLong(Sample::used).max().orElse(0);
    }

    /** The last sample taken at or before {@code nanos}. */
    public synchronized Sample at(long nanos) {
        Sample last = samples.get(0);
        for (Sample s : samples) {
            if (s.nanos() > nanos) {
                break;
            }
            last = s;
        }
        return last;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }

    /** Heap in use after a full collection that this call asks for. */
    public static long usedAfterGc() {
        System.gc();
        return used();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Heap in use right after the latest collection, by any collector; 0 before the first. */
    private static long live() {
        GcInfo latest = null;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            GcInfo info = gc instanceof com.sun.management.GarbageCollectorMXBean hotspot ? hotspot.getLastGcInfo() : null;
            if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
                latest = info;
            }
        }
        if (latest == null) {
            return 0;
        }
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = latest.getMemoryUsageAfterGc().get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && after != null) {
                total += after.getUsed();
            }
        }
        return total;
    }
}
