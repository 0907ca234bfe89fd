package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Builds the quad indexes of a new store bottom-up, as TDB2's own bulk loader (xloader) does: the quads of
 * every committed transaction are kept, sorted in each index's order (in memory up to a bound, then in sorted
 * runs on disk, merged at the end), and each B+tree is written once, its pages packed, by
 * {@link BPlusTreeRewriter}. Inserting them into the B+trees instead made the build of a new store spend most of
 * its time descending and copying index pages. Only the node table is written in the build's transactions; the
 * indexes stay empty until {@link #build}, which writes them side by side, one per core, each in a transaction of
 * its own on that index alone (as TDB2's parallel loader does).
 */
final class IndexBuild implements IndexWrites, AutoCloseable {

    /** Node ids in a quad's key: graph, subject, predicate, object. */
    private static final int QUAD = SortedKeys.WIDTH;
    /** Rows per index held in memory before a sorted run goes to disk: 8 MB per index. */
    private static final int ROWS_IN_MEMORY = 1 << 18;

    /** One index's rows: its slot order, and its records so far as node-id keys in that order. */
    private record Sorted(int[] slots, SortedKeys keys) {
    }

    private final int rowsInMemory;
    private final Map<String, Sorted> byIndex = new LinkedHashMap<>();
    private final List<long[]> pending = new ArrayList<>();
    /** Sorts committed rows into the runs while the build goes on writing the node table. */
    private final ExecutorService sorter = Executors.newSingleThreadExecutor();
    private Future<?> sorting = CompletableFuture.completedFuture(null);
    private long quads;

    IndexBuild() {
        this(ROWS_IN_MEMORY);
    }

    /** @param rowsInMemory rows per index held in memory before a sorted run goes to disk */
    IndexBuild(int rowsInMemory) {
        this.rowsInMemory = rowsInMemory;
    }

    @Override
    public void write(TupleTable table, List<QuadBatch.Row> rows) {
        if (byIndex.isEmpty()) {
            for (TupleIndex index : table.getIndexes()) {
                byIndex.put(index.getName(), new Sorted(IndexWrites.slots(index),
                        new SortedKeys(rowsInMemory)));
            }
        }
        pending.clear();  // the rows of a transaction that was aborted
        rows.forEach(r -> pending.add(r.keys()));
    }

    /**
     * The rows of the last {@link #write} are in the store's node table for good: they go to the indexes, on
     * the sorter's thread. One batch is sorted at a time, so that at most two wait in memory.
     */
    @Override
    public void committed() {
        List<long[]> rows = List.copyOf(pending);
        pending.clear();
        awaitSorting();
        quads += rows.size();
        sorting = sorter.submit(() -> byIndex.values().forEach(index -> {
            for (long[] quad : rows) {
                index.keys().add(quad, index.slots());
            }
        }));
    }

    private void awaitSorting() {
        await(sorting, "sorting quads");
    }

    /** Waits for {@code task}, and throws what it threw. */
    private static void await(Future<?> task, String doing) {
        try {
            task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        }
    }

    /** How many quads the indexes will hold. */
    long quads() {
        return quads;
    }

    /**
     * Writes every index of the store in {@code dir}, which must hold no quads yet and must not be open
     * elsewhere, with the rows {@code relinks} renames as it renames them. The store is closed when this returns.
     */
    void build(Path dir, PackedRelinks relinks, Progress progress) {
        awaitSorting();
        if (!relinks.isEmpty() && !byIndex.isEmpty()) {
            Sorted any = byIndex.values().iterator().next();
            relinks.scan(Iter.iter(any.keys().iterator()).map(key -> quad(key, any.slots())));
        }
        DatasetGraph store = KgStore.openForBuild(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        progress.start("building indexes", byIndex.size());
        try {
            List<Future<?>> packed = new ArrayList<>();
            byIndex.forEach((name, sorted) -> packed.add(pool.submit(() -> {
                pack(TDBInternal.findIndex(store, name), relinks.isEmpty() ? sorted.keys().iterator() : relinked(sorted, relinks));
                progress.step();
            })));
            packed.forEach(index -> await(index, "building the indexes"));
            progress.finish();
        } finally {
            pool.shutdownNow();
            TDBInternal.expel(store);
        }
    }

    /** A quad (graph, subject, predicate, object) as a key in an index's slot order. */
    private static long[] key(long[] quad, int[] slots) {
        long[] key = new long[QUAD];
        for (int i = 0; i < QUAD; i++) {
            key[i] = quad[slots[i]];
        }
        return key;
    }

    /** A key in an index's slot order, as a quad: the inverse of {@link #key}. */
    private static long[] quad(long[] key, int[] slots) {
        long[] quad = new long[QUAD];
        for (int i = 0; i < QUAD; i++) {
            quad[slots[i]] = key[i];
        }
        return quad;
    }

    /** The keys of {@code sorted}, those {@code relinks} drop left out and those it adds merged in, in order. */
    private static Iterator<long[]> relinked(Sorted sorted, PackedRelinks relinks) {
        int[] at = new int[QUAD];  // where each slot of a quad is in a key
        for (int i = 0; i < QUAD; i++) {
            at[sorted.slots()[i]] = i;
        }
        Iterator<long[]> kept = Iter.iter(sorted.keys().iterator())
                .filter(k -> !relinks.drops(k[at[0]], k[at[1]], k[at[2]], k[at[3]]));
        Iterator<long[]> added = relinks.added().stream().map(quad -> key(quad, sorted.slots()))
                .sorted(Arrays::compareUnsigned).iterator();
        return Iter.onClose(merge(kept, added), () -> Iter.close(kept));
    }

    /** Two iterators of keys in ascending order, as one. */
    private static Iterator<long[]> merge(Iterator<long[]> a, Iterator<long[]> b) {
        return new Iterator<>() {
            private long[] nextA = a.hasNext() ? a.next() : null;
            private long[] nextB = b.hasNext() ? b.next() : null;

            @Override
            public boolean hasNext() {
                return nextA != null || nextB != null;
            }

            @Override
            public long[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                boolean takeA = nextB == null || (nextA != null && Arrays.compareUnsigned(nextA, nextB) <= 0);
                long[] key = takeA ? nextA : nextB;
                if (takeA) {
                    nextA = a.hasNext() ? a.next() : null;
                } else {
                    nextB = b.hasNext() ? b.next() : null;
                }
                return key;
            }
        };
    }

    private static void pack(TupleIndex index, Iterator<long[]> keys) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        // a B+tree holds each record once
        Iterator<Record> sorted = Iter.iter(keys).map(key -> {
            byte[] bytes = new byte[key.length * Long.BYTES];
            for (int i = 0; i < key.length; i++) {
                Bytes.setLong(key[i], bytes, i * Long.BYTES);
            }
            return records.create(bytes);
        }).distinctAdjacent();
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(sorted, tree.getParams(), records,
                tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                tree.getRecordsMgr().getBlockMgr()));
        Iter.close(keys);
    }

    /** Deletes the sorted runs on disk. */
    @Override
    public void close() {
        sorter.shutdownNow();
        try {
            sorter.awaitTermination(1, TimeUnit.MINUTES);  // a batch being sorted still writes to the runs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byIndex.values().forEach(s -> s.keys().close());
    }
}
