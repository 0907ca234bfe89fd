package org.newskg.cli;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.rdf.Iris;
import org.newskg.server.KgServer;
import org.newskg.server.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the knowledge graph: SPARQL endpoint, Fuseki console and linked-data pages.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--store", defaultValue = "store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--corpus", defaultValue = "corpus",
            description = "Article directory the store is built from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE,
            description = "IRI base of the graph, served under /id/ (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--timeout", defaultValue = "30",
            description = "Query timeout in seconds, 0 for none (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--allow-update",
            description = "Accept SPARQL update and upload, from this machine (loopback) only.")
    boolean allowUpdate;

    @Override
    public Integer call() {
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 0 or more");
        }
        prepareStore();
        Path runArea = store.toAbsolutePath().getParent().resolve("fuseki-run");
        ServeOptions options = new ServeOptions(port, base, timeoutSeconds, allowUpdate, runArea);
        try (KgServer server = KgServer.start(openStore(store), options)) {
            spec.commandLine().getOut().printf("Fuseki console: %s  SPARQL: %s%n", server.consoleUrl(), server.sparqlUrl());
            spec.commandLine().getOut().flush();
            server.join();
        } catch (FusekiException e) {
            if (!portInUse(e)) {
                throw e;
            }
            spec.commandLine().getErr().printf("kg serve: port %d is in use (--port to choose another)%n", port);
            return 1;
        }
        return 0;
    }

    /**
     * Where building before serving belongs: the store's build makes or refreshes the store from
     * {@link #corpus} when it is missing or stale. Until that is wired in, a missing store is an error.
     */
    private void prepareStore() {
        if (!Files.isDirectory(store)) {
            throw new ParameterException(spec.commandLine(), "no store at " + store + " (run kg build first)");
        }
    }

    private static boolean portInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** Opens the TDB2 store; the store package's own opener replaces this when it lands. */
    private static DatasetGraph openStore(Path dir) {
        return DatabaseMgr.connectDatasetGraph(dir.toString());
    }
}
