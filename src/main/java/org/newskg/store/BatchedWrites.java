package org.newskg.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Makes the changes of many articles in one write transaction. A TDB2 commit costs tens of milliseconds (it
 * syncs the journal and every index file to disk) whatever its size, far more than storing one article's
 * triples, so one transaction per article made the build slow. Each article's change still lies wholly within
 * one transaction: the store never holds half of it. When a change fails, the batch's transaction is aborted
 * and its changes are made again one transaction each, so that the failing article keeps what the store had
 * for it and the others land. The graphs the changes add are inserted together at the end ({@link QuadBatch}).
 */
final class BatchedWrites {

    /** One article's change, all of which is made in the same transaction. */
    record Change(String fileName, Consumer<QuadBatch> apply) {
    }

    private BatchedWrites() {
    }

    /** @return the reason each change that could not be made failed, by file name */
    static Map<String, String> write(DatasetGraph store, List<Change> changes, IndexWrites indexes) {
        if (changes.isEmpty()) {
            return Map.of();
        }
        try {
            Txn.executeWrite(store, () -> {
                QuadBatch batch = new QuadBatch(store, indexes);
                changes.forEach(c -> c.apply().accept(batch));
                batch.finish();
            });
            indexes.committed();
            return Map.of();
        } catch (RuntimeException e) {
            if (changes.size() == 1) {
                return Map.of(changes.get(0).fileName(), "could not be stored: " + e);
            }
            Map<String, String> failures = new LinkedHashMap<>();
            changes.forEach(c -> failures.putAll(write(store, List.of(c), indexes)));
            return failures;
        }
    }
}
