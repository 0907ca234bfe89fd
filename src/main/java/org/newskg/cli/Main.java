package org.newskg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine;

/**
 * The {@code kg} command line. Exit codes, the same for every command: 0 done; 1 the command ran and something
 * failed (an article, a missing store or file, a SHACL violation); 2 the command line itself is wrong (unknown
 * option, bad value, SPARQL syntax error).
 */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "newskg 0.1.0",
        description = "Builds a knowledge graph from French news articles and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, ExplainCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with the exit codes and error handling every subcommand shares: messages in UTF-8 on the
     * current {@code System.out} and {@code System.err}, one {@code kg: ...} line per error.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("kg: " + ex.getMessage().replaceFirst("^Error: ", ""));
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("kg: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return ExitCode.SOFTWARE;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
