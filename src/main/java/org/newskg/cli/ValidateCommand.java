package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.store.KgHome;
import org.newskg.store.KgStore;
import org.newskg.validate.ShaclReport;
import org.newskg.validate.StoreValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates the union graph of the store against SHACL shapes and prints each result "
                + "(severity, focus node, path, message), then 'conforms' or a count.",
                "Exit status: 0 no violation, 1 violations (or no store, or unreadable shapes), 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--shapes", paramLabel = "FILE", description = "the SHACL shapes (default: ontology/shapes.ttl of the project)")
    private Path shapes;

    @Override
    public Integer call() throws NoSuchFileException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path shapesFile = shapes != null ? shapes : KgHome.ontology("shapes.ttl");
        if (!Files.isRegularFile(shapesFile)) {
            err.println("kg: " + KgHome.display(shapesFile) + ": no such shapes file");
            return ExitCode.SOFTWARE;
        }
        Graph shapesGraph;
        try {
            shapesGraph = RDFParser.source(shapesFile).errorHandler(ErrorHandlerFactory.errorHandlerExceptions())
                    .toGraph();
        } catch (RiotException e) {
            err.println("kg: " + KgHome.display(shapesFile) + ": " + e.getMessage());
            return ExitCode.SOFTWARE;
        }
        DatasetGraph dsg = KgStore.openExisting(store.dir());
        PrefixMap prefixes = Txn.calculateRead(dsg, () -> PrefixMapFactory.create(dsg.prefixes()));
        prefixes.putAll(shapesGraph.getPrefixMapping());
        ShaclReport report = new ShaclReport(StoreValidation.validate(dsg, shapesGraph), prefixes);
        report.lines().forEach(out::println);
        return report.hasViolations() ? ExitCode.SOFTWARE : ExitCode.OK;
    }
}
