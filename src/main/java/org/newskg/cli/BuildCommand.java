package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.extract.ArticleExtractor;
import org.newskg.rdf.Iris;
import org.newskg.store.Build;
import org.newskg.store.BuildReport;
import org.newskg.store.KgHome;
import org.newskg.store.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads the articles (*.txt, UTF-8) of the corpus folder, extracts their facts and stores "
                + "one named graph per article, plus the entities graph and a VoID description.",
                "Incremental: unchanged articles are skipped, changed ones replaced, deleted ones removed. "
                        + "A file that cannot be read is reported on stderr and keeps what the store had for it; "
                        + "an article not in French is reported and stored without facts.",
                "Exit status: 0 all articles stored, 1 some failed, 2 usage error."})
public final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--corpus", paramLabel = "DIR", description = "the articles folder (default: corpus/ of the project)")
    private Path corpus;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = "refuse article files larger than this (default: 10M)")
    private long maxSize = ArticleReader.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        return build(corpus != null ? corpus : KgHome.defaultCorpus(), store.dir(), Iris.defaults(), maxSize,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Builds or refreshes the store from the corpus, reporting as {@code kg build} does; returns the exit code. */
    static int build(Path corpusDir, Path storeDir, Iris iris, long maxSize, PrintWriter out, PrintWriter err) {
        if (!Files.isDirectory(corpusDir)) {
            err.println("kg: " + KgHome.display(corpusDir) + ": no such corpus folder");
            return ExitCode.SOFTWARE;
        }
        BuildReport report;
        try {
            report = new Build(ArticleExtractor::load, iris, maxSize).run(corpusDir, storeDir, Progress.onTerminal(err));
        } catch (IOException e) {
            err.println("kg: " + KgHome.display(corpusDir) + ": " + e.getMessage());
            return ExitCode.SOFTWARE;
        }
        report.skipped().forEach(p -> print(err, p));
        report.failures().forEach(p -> print(err, p));
        out.println(report.summary());
        out.flush();
        return report.hasFailures() ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    private static void print(PrintWriter err, ArticleProblem p) {
        err.println("kg: " + KgHome.display(p.file()) + ": " + p.reason());
    }
}
