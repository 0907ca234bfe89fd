package org.newskg.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The keys of one quad index, four node ids each, collected in any order and read back in the index's order
 * (unsigned, as a B+tree compares their bytes); duplicates are kept. Up to a bound they wait in one array of
 * longs; then that array is sorted in place and written to disk as a sorted run, and reading merges the runs.
 * Jena's SortedDataBag did this with an object per key and TimSort: sorting took a core for the whole first
 * phase of a 20 MB build, three times what sorting the flat array takes. Not thread-safe: keys are added by one
 * thread, and read once they are all added.
 */
final class SortedKeys implements AutoCloseable {

    /** Node ids per key. */
    static final int WIDTH = 4;
    private static final int KEY_BYTES = WIDTH * Long.BYTES;
    private static final int BUFFER = 1 << 16;
    /** Below this many keys, insertion sort. */
    private static final int SMALL = 16;

    private final long[] memory;
    private int count;
    private boolean sorted;
    private final List<Path> runs = new ArrayList<>();

    /** @param keysInMemory keys held before a sorted run goes to disk */
    SortedKeys(int keysInMemory) {
        this.memory = new long[keysInMemory * WIDTH];
    }

    /** Adds the key made of {@code quad}'s node ids in the order of {@code slots}. */
    void add(long[] quad, int[] slots) {
        if (count * WIDTH == memory.length) {
            spill();
        }
        int at = count * WIDTH;
        for (int i = 0; i < WIDTH; i++) {
            memory[at + i] = quad[slots[i]];
        }
        count++;
        sorted = false;
    }

    /** Every key added, in ascending order; may be called again. */
    Iterator<long[]> iterator() {
        if (!sorted) {
            sort(memory, 0, count);
            sorted = true;
        }
        if (runs.isEmpty()) {
            return new InMemory(memory, count);
        }
        PriorityQueue<Source> sources =
                new PriorityQueue<>((a, b) -> Arrays.compareUnsigned(a.current(), b.current()));
        for (Path run : runs) {
            Source s = new Source(new RunReader(run));
            if (s.current() != null) {
                sources.add(s);
            }
        }
        Source inMemory = new Source(new InMemory(memory, count));
        if (inMemory.current() != null) {
            sources.add(inMemory);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !sources.isEmpty();
            }

            @Override
            public long[] next() {
                Source least = sources.poll();
                if (least == null) {
                    throw new NoSuchElementException();
                }
                long[] key = least.current();
                if (least.advance()) {
                    sources.add(least);
                }
                return key;
            }
        };
    }

    /** Deletes the sorted runs. */
    @Override
    public void close() {
        runs.forEach(run -> run.toFile().delete());
        runs.clear();
    }

    private void spill() {
        sort(memory, 0, count);
        try {
            Path run = Files.createTempFile("newskg-keys-", ".run");
            runs.add(run);
            try (FileChannel out = FileChannel.open(run, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
                for (int i = 0; i < count * WIDTH; i++) {
                    if (!buffer.hasRemaining()) {
                        write(out, buffer);
                    }
                    buffer.putLong(memory[i]);
                }
                write(out, buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sorted run of index keys", e);
        }
        count = 0;
    }

    private static void write(FileChannel out, ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
    }

    /** Sorts keys {@code from} (inclusive) to {@code to} (exclusive) of {@code keys} in place: quicksort. */
    static void sort(long[] keys, int from, int to) {
        int lo = from;
        int hi = to;
        while (hi - lo > SMALL) {
            int mid = (lo + hi) >>> 1;  // median of three as pivot, moved to lo
            if (compare(keys, mid, lo) < 0) {
                swap(keys, mid, lo);
            }
            if (compare(keys, hi - 1, lo) < 0) {
                swap(keys, hi - 1, lo);
            }
            if (compare(keys, hi - 1, mid) < 0) {
                swap(keys, hi - 1, mid);
            }
            swap(keys, mid, lo);
            int i = lo;
            int j = hi;
            while (true) {  // Hoare's partition: many equal keys still split evenly
                do {
                    i++;
                } while (i < hi && compare(keys, i, lo) < 0);
                do {
                    j--;
                } while (compare(keys, j, lo) > 0);
                if (i >= j) {
                    break;
                }
                swap(keys, i, j);
            }
            swap(keys, lo, j);
            if (j - lo < hi - j - 1) {  // recurse into the smaller part: the stack stays logarithmic
                sort(keys, lo, j);
                lo = j + 1;
            } else {
                sort(keys, j + 1, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && compare(keys, j, j - 1) < 0; j--) {
                swap(keys, j, j - 1);
            }
        }
    }

    private static int compare(long[] keys, int i, int j) {
        int a = i * WIDTH;
        int b = j * WIDTH;
        for (int k = 0; k < WIDTH; k++) {
            int c = Long.compareUnsigned(keys[a + k], keys[b + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void swap(long[] keys, int i, int j) {
        int a = i * WIDTH;
        int b = j * WIDTH;
        for (int k = 0; k < WIDTH; k++) {
            long t = keys[a + k];
            keys[a + k] = keys[b + k];
            keys[b + k] = t;
        }
    }

    /** One sorted sequence of keys being merged, and its least key not yet taken. */
    private static final class Source {
        private final Iterator<long[]> keys;
        private long[] current;

        Source(Iterator<long[]> keys) {
            this.keys = keys;
            advance();
        }

        long[] current() {
            return current;
        }

        /** Moves to the next key; false when there is none. */
        boolean advance() {
            current = keys.hasNext() ? keys.next() : null;
            return current != null;
        }
    }

    /** The first {@code count} keys of a sorted array, each as a new array. */
    private static final class InMemory implements Iterator<long[]> {
        private final long[] keys;
        private final int count;
        private int next;

        InMemory(long[] keys, int count) {
            this.keys = keys;
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public long[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            long[] key = new long[WIDTH];
            System.arraycopy(keys, next++ * WIDTH, key, 0, WIDTH);
            return key;
        }
    }

    /** A sorted run read back from disk; closes its file after the last key. */
    private static final class RunReader implements Iterator<long[]> {
        private final FileChannel in;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).flip();
        private long[] next;

        RunReader(Path run) {
            try {
                this.in = FileChannel.open(run, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a sorted run of index keys", e);
            }
            next = read();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public long[] next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            long[] key = next;
            next = read();
            return key;
        }

        /** The next key, or null after the last: a run that ends inside a key is an error. */
        private long[] read() {
            try {
                if (buffer.remaining() < KEY_BYTES) {
                    buffer.compact();
                    while (buffer.position() < KEY_BYTES) {
                        if (in.read(buffer) < 0) {
                            break;
                        }
                    }
                    buffer.flip();
                    if (!buffer.hasRemaining()) {
                        in.close();
                        return null;
                    }
                    if (buffer.remaining() < KEY_BYTES) {
                        in.close();
                        throw new EOFException("a sorted run of index keys ends inside a key");
                    }
                }
                long[] key = new long[WIDTH];
                for (int i = 0; i < WIDTH; i++) {
                    key[i] = buffer.getLong();
                }
                return key;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
