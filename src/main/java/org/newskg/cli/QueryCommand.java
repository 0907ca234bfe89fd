package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.newskg.store.KgHome;
import org.newskg.store.KgStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query on the store; its default graph is the union of all graphs.",
                "SELECT and ASK results are printed in the --format asked; CONSTRUCT and DESCRIBE results as "
                        + "Turtle. The store's prefixes (kg:, rdfs:, person:, article:, ...) need no PREFIX line.",
                "Exit status: 0 done, 1 no store or unreadable query file, 2 usage error or SPARQL syntax error."})
public final class QueryCommand implements Callable<Integer> {

    /** The result formats of SELECT and ASK: Jena's text table and the SPARQL 1.1 result formats. */
    enum Format {
        TEXT(null), CSV(ResultSetLang.RS_CSV), TSV(ResultSetLang.RS_TSV), JSON(ResultSetLang.RS_JSON),
        XML(ResultSetLang.RS_XML);

        final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "a file holding the query")
        Path file;

        @Option(names = "--query", paramLabel = "SPARQL", description = "the query itself")
        String query;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, tsv, json or xml (default: ${DEFAULT-VALUE})")
    private Format format;

    @ArgGroup(multiplicity = "1")
    private Source source;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = source.file != null ? Files.readString(source.file) : source.query;
        } catch (IOException e) {
            err.println("kg: " + KgHome.display(source.file) + ": cannot read the query (" + e.getMessage() + ")");
            return ExitCode.SOFTWARE;
        }
        DatasetGraph dsg = KgStore.openExisting(store.dir());
        Query query = new Query();
        query.setPrefixMapping(Txn.calculateRead(dsg, () -> Prefixes.adapt(PrefixMapFactory.create(dsg.prefixes()))));
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            err.println("kg: SPARQL syntax error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
            err.println("kg: only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
            return ExitCode.USAGE;
        }
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                print(query, qe, System.out);
            }
        });
        System.out.flush();
        return ExitCode.OK;
    }

    private void print(Query query, QueryExec qe, OutputStream out) {
        if (query.isSelectType()) {
            if (format == Format.TEXT) {
                ResultSetFormatter.out(out, ResultSet.adapt(qe.select()), query.getPrefixMapping());
            } else {
                ResultsWriter.create().lang(format.lang).build().write(out, qe.select());
            }
        } else if (query.isAskType()) {
            if (format == Format.TEXT) {
                ResultSetFormatter.out(out, qe.ask());
            } else {
                ResultsWriter.create().lang(format.lang).build().write(out, qe.ask());
            }
        } else {
            Graph graph = query.isConstructType() ? qe.construct() : qe.describe();
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        }
    }
}
