package org.newskg.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.FusekiException;
import org.newskg.article.ArticleReader;
import org.newskg.rdf.Iris;
import org.newskg.server.KgServer;
import org.newskg.server.ServeOptions;
import org.newskg.store.Build;
import org.newskg.store.KgHome;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOption storeOption;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "the articles the store is built from when it is missing or stale (default: corpus/ of the project)")
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
        Path store = storeOption.dir();
        int built = prepareStore(store);
        if (built != 0) {
            return built;
        }
        Path runArea = store.toAbsolutePath().getParent().resolve("fuseki-run");
        ServeOptions options = new ServeOptions(port, base, timeoutSeconds, allowUpdate, runArea);
        try (KgServer server = KgServer.start(KgStore.open(store), options)) {
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

    /** Builds the store from the corpus when it is missing or stale; returns the build's exit code, or 0. */
    private int prepareStore(Path store) {
        Path corpusDir = corpus != null ? corpus : KgHome.defaultCorpus();
        try {
            if (!Build.isStale(corpusDir, store)) {
                return 0;
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("kg: " + KgHome.display(corpusDir) + ": " + e.getMessage());
            return 1;
        }
        int code = BuildCommand.build(corpusDir, store, new Iris(base), ArticleReader.DEFAULT_MAX_BYTES,
                spec.commandLine().getOut(), spec.commandLine().getErr());
        return KgStore.exists(store) ? 0 : code;
    }

    private static boolean portInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

}
