package org.newskg.store;

import java.util.List;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;

/**
 * How the quads a write transaction adds reach the store's quad indexes: inserted at once
 * ({@link SortedInserts}), or kept until a new store's indexes are built bottom-up ({@link IndexBuild}).
 */
interface IndexWrites {

    /** Called once per write transaction, before it commits, with the rows of the quads it added. */
    void write(TupleTable quads, List<QuadBatch.Row> rows);

    /** The transaction of the last {@link #write} committed. */
    default void committed() {
    }

    /**
     * The slots of a quad, in the order {@code index} keeps them: the first is the slot compared first. Its
     * records hold the node ids in this order.
     */
    static int[] slots(TupleIndex index) {
        TupleMap mapping = index.getMapping();
        int[] slots = new int[mapping.length()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = mapping.getSlotIdx(i);
        }
        return slots;
    }
}
