package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keys come back in the order a B+tree compares their bytes, however many sorted runs they went through. */
class SortedKeysTest {

    private static final int[] IN_ORDER = {0, 1, 2, 3};

    @Test
    void keysComeBackInUnsignedOrderFromMemoryAndFromRunsOnDisk() {
        for (int inMemory : new int[] {100_000, 1000, 7, 1}) {  // no run on disk, then more and more runs
            List<long[]> added = randomKeys(20_000, new Random(inMemory));
            try (SortedKeys keys = new SortedKeys(inMemory)) {
                added.forEach(k -> keys.add(k, IN_ORDER));
                List<long[]> expected = new ArrayList<>(added);
                expected.sort(Arrays::compareUnsigned);
                assertSame(expected, keys.iterator(), "in memory: " + inMemory);
                assertSame(expected, keys.iterator(), "read again, in memory: " + inMemory);
            }
        }
    }

    @Test
    void aKeyTakesTheQuadsNodeIdsInTheIndexsSlotOrder() {
        try (SortedKeys keys = new SortedKeys(4)) {
            keys.add(new long[] {10, 20, 30, 40}, new int[] {1, 2, 3, 0});  // SPOG from graph, subject, ...
            assertArrayEquals(new long[] {20, 30, 40, 10}, keys.iterator().next());
        }
    }

    @Test
    void manyEqualKeysSortInPlace() {
        long[] keys = new long[50_000 * SortedKeys.WIDTH];  // all zero but a few
        keys[4 * 1234] = -1;
        keys[4 * 17 + 3] = 5;
        SortedKeys.sort(keys, 0, 50_000);
        assertEquals(5, keys[4 * 49_998 + 3]);
        assertEquals(-1, keys[4 * 49_999], "unsigned: the largest");
    }

    private static void assertSame(List<long[]> expected, Iterator<long[]> actual, String what) {
        for (long[] key : expected) {
            assertTrue(actual.hasNext(), what);
            assertArrayEquals(key, actual.next(), what);
        }
        assertFalse(actual.hasNext(), what);
    }

    /** Node-id-like keys: few graphs and predicates, many equal prefixes, some with the top bit set (inline values). */
    private static List<long[]> randomKeys(int n, Random random) {
        List<long[]> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long object = random.nextInt(4) == 0 ? Long.MIN_VALUE | random.nextInt(1000) : random.nextInt(5000);
            keys.add(new long[] {random.nextInt(20), random.nextInt(300), random.nextInt(12), object});
        }
        keys.add(keys.get(0).clone());  // a duplicate is kept
        return keys;
    }
}
