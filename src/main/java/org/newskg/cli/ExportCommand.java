package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.store.Export;
import org.newskg.store.ExportFormat;
import org.newskg.store.KgHome;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's content: ttl and jsonld give the union of all graphs as one graph, "
                + "trig and nq keep the named graphs (one per article, entities, VoID).",
                "jsonld is compacted JSON-LD 1.1 with ontology/context.jsonld when it exists, else with the "
                        + "store's prefixes.",
                "Exit status: 0 done, 1 no store or the output cannot be written, 2 usage error."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    private StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ttl, trig, nq or jsonld")
    private ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: standard output)")
    private Path out;

    @Override
    public Integer call() throws IOException {
        DatasetGraph dsg = KgStore.openExisting(store.dir());
        Path context = KgHome.ontology("context.jsonld");
        if (out == null) {
            Export.write(dsg, format, System.out, context);
            return ExitCode.OK;
        }
        // Written beside the target, then moved over it: an export that fails leaves no half file.
        Path abs = out.toAbsolutePath();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                Export.write(dsg, format, os, context);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return ExitCode.OK;
    }
}
