package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes the store's content in one transaction: Turtle and JSON-LD give the union of all graphs as one graph,
 * TriG and N-Quads the named graphs (one per article, entities, VoID).
 */
public final class Export {

    private Export() {
    }

    /** @param jsonLdContext the JSON-LD context file to compact with, if it exists */
    public static void write(DatasetGraph store, ExportFormat format, OutputStream out, Path jsonLdContext)
            throws IOException {
        IOException[] failure = new IOException[1];
        Txn.executeRead(store, () -> {
            PrefixMap prefixes = PrefixMapFactory.create(store.prefixes());
            switch (format) {
                case TTL -> writeGraph(store.getUnionGraph(), RDFFormat.TURTLE_BLOCKS, prefixes, out);
                case TRIG -> writeDataset(store, RDFFormat.TRIG_BLOCKS, prefixes, out);
                case NQ -> writeDataset(store, RDFFormat.NQUADS, prefixes, out);
                case JSONLD -> {
                    Graph union = GraphFactory.createDefaultGraph();
                    store.getUnionGraph().find().forEachRemaining(union::add);
                    try {
                        JsonLdExport.write(union, prefixes, jsonLdContext, out);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        out.flush();
    }

    private static void writeGraph(Graph graph, RDFFormat format, PrefixMap prefixes, OutputStream out) {
        RDFWriterRegistry.getWriterGraphFactory(format).create(format).write(out, graph, prefixes, null, RIOT.getContext());
    }

    private static void writeDataset(DatasetGraph dsg, RDFFormat format, PrefixMap prefixes, OutputStream out) {
        RDFWriterRegistry.getWriterDatasetFactory(format).create(format).write(out, dsg, prefixes, null, RIOT.getContext());
    }
}
