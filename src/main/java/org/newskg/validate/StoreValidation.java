package org.newskg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** SHACL validation of the store's union graph. */
public final class StoreValidation {

    private StoreValidation() {
    }

    public static ValidationReport validate(DatasetGraph store, Graph shapes) {
        // Validated in memory: SHACL walks the data many times, and the store stays free for other readers.
        Graph data = GraphFactory.createDefaultGraph();
        Txn.executeRead(store, () -> store.getUnionGraph().find().forEachRemaining(data::add));
        return ShaclValidator.get().validate(Shapes.parse(shapes), data);
    }
}
