package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap of this JVM: a daemon thread samples the used heap every 100 ms and keeps the highest
 * value, so that a benchmark can report its peak without slowing down the work it measures.
 */
public final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MILLIS = 100;

    private final AtomicLong peak = new AtomicLong(used());
    private final Thread thread;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    public static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The highest used heap seen since the start, this moment included. */
    public long peak() {
        return peak.accumulateAndGet(used(), Math::max);
    }

    /** Heap in use now, garbage included. */
    public static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Heap each pool held right after its last collection: what stayed live, without the garbage that
     * {@link #used()} counts between collections. Zero before the first collection.
     */
    public static long usedAfterLastGc() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (usage != null) {
                total += usage.getUsed();
            }
        }
        return total;
    }

    /** Heap in use after a full collection that this call asks for. */
    public static long usedAfterGc() {
        System.gc();
        return used();
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
