package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.newskg.bench.BuildMeasurement;
import org.newskg.bench.CorpusGenerator;
import org.newskg.bench.GeneratedCorpus;
import org.newskg.bench.HeapSampler;
import org.newskg.store.KgHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates a corpus of French articles (2-8 KB each) by recombining the sentences of the seed "
                + "articles with made-up persons and other countries, builds it into a new store the way kg build "
                + "does, and reports the speed and the heap. 1 MB = 2^20 bytes.",
                "Reports, asserts nothing; the last line is a one-line summary."})
public final class BenchCommand implements Callable<Integer> {

    private static final double MB = 1024 * 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--size-mb", paramLabel = "MB", description = "size of the generated corpus (default: ${DEFAULT-VALUE})")
    private int sizeMb = 20;

    @Option(names = "--threads", paramLabel = "N",
            description = "extraction threads (default: one per processor); another count runs the benchmark in a "
                    + "JVM that sees N processors")
    private Integer threads;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "write the corpus and the store into DIR/corpus and DIR/store and keep them "
                    + "(default: a temporary folder, deleted at the end)")
    private Path keep;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the generator: the same seed, the same corpus "
            + "(default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Option(names = "--warmup-mb", paramLabel = "MB",
            description = "first build a corpus of this size, made with another seed, in the same JVM and unmeasured, so "
                    + "that the measured build runs on compiled code, as a long build does after its first minute "
                    + "(default: ${DEFAULT-VALUE}: the measured build is the JVM's first, as kg build's is)")
    private int warmupMb;

    @Option(names = "--live-heap",
            description = "collect the whole heap at each quarter of each phase, to report its live part exactly "
                    + "(the collections slow the build down: take the speed from a run without this)")
    private boolean liveHeap;

    @Option(names = "--from", paramLabel = "DIR", description = "the seed articles (default: corpus/ of the project)")
    private Path from;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int processors = Runtime.getRuntime().availableProcessors();
        if (threads != null && threads != processors) {
            return relaunch();
        }
        Path seedDir = from != null ? from : KgHome.defaultCorpus();
        if (!Files.isDirectory(seedDir)) {
            err.println("kg: " + KgHome.display(seedDir) + ": no such folder of seed articles");
            return ExitCode.SOFTWARE;
        }
        Path work = keep != null ? keep : Files.createTempDirectory("kg-bench-");
        Path corpusDir = work.resolve("corpus");
        Path storeDir = work.resolve("store");
        if (!isEmpty(corpusDir) || !isEmpty(storeDir)) {
            err.println("kg: " + KgHome.display(work) + ": holds a corpus or store already; give an empty folder");
            return ExitCode.SOFTWARE;
        }
        try {
            if (warmupMb > 0) {
                warmUp(out, seedDir, work);
            }
            long start = System.nanoTime();
            GeneratedCorpus corpus = CorpusGenerator.fromSeed(seedDir, seed).write(corpusDir, sizeMb * (long) MB);
            out.printf(Locale.ROOT, "corpus: %.1f MB in %d articles, generated from %s (seed %d) in %.1f s%n",
                    corpus.bytes() / MB, corpus.articles(), KgHome.display(seedDir), seed, (System.nanoTime() - start) / 1e9);
            System.gc();  // the build starts from a clean heap, without the generator's garbage
            BuildMeasurement build = BuildMeasurement.run(corpusDir, storeDir, liveHeap);
            print(out, corpus, build, processors, liveHeap);
            if (keep != null) {
                out.println("kept: " + KgHome.display(corpusDir) + ", " + KgHome.display(storeDir));
            }
            return build.report().hasFailures() ? ExitCode.SOFTWARE : ExitCode.OK;
        } finally {
            if (keep == null) {
                IO.deleteAll(work);
            }
        }
    }

    /** Builds an unmeasured corpus of {@link #warmupMb} in {@code work}, then deletes it. */
    private void warmUp(PrintWriter out, Path seedDir, Path work) throws IOException {
        Path dir = work.resolve("warmup");
        try {
            GeneratedCorpus corpus = CorpusGenerator.fromSeed(seedDir, seed + 1)
                    .write(dir.resolve("corpus"), warmupMb * (long) MB);
            BuildMeasurement build = BuildMeasurement.run(dir.resolve("corpus"), dir.resolve("store"));
            out.printf(Locale.ROOT, "warm-up: %.1f MB built in %.1f s, not measured%n", corpus.bytes() / MB,
                    build.seconds());
        } finally {
            IO.deleteAll(dir);
        }
    }

    private static void print(PrintWriter out, GeneratedCorpus corpus, BuildMeasurement build, int threads,
            boolean liveHeap) {
        double mb = corpus.bytes() / MB;
        double mbPerSecond = mb / build.seconds();
        double articlesPerSecond = corpus.articles() / build.seconds();
        out.println("build: " + build.report().summary());
        out.printf(Locale.ROOT, "speed: %.2f MB/s, %.1f articles/s, %d extraction thread%s%n",
                mbPerSecond, articlesPerSecond, threads, threads == 1 ? "" : "s");
        out.printf(Locale.ROOT, "cpu: %.1f s for the JVM (JIT compilers and collector included), %.2f MB per CPU "
                + "second%n", build.cpuSeconds(), mb / build.cpuSeconds());
        out.printf(Locale.ROOT, "heap: peak %.0f MB (sampled every 100 ms), %.0f MB after a full GC at the end, "
                + "max heap %.0f MB%n", build.peakHeap() / MB, build.heapAfterGc() / MB, Runtime.getRuntime().maxMemory() / MB);
        for (BuildMeasurement.Phase phase : build.phases()) {
            String heap = liveHeap ? megabytes(phase.quarters(), HeapSampler.Sample::live) + " MB live (after a full GC)"
                    : megabytes(phase.quarters(), HeapSampler.Sample::used) + " MB used, "
                    + megabytes(phase.quarters(), HeapSampler.Sample::live) + " MB after the latest GC";
            out.printf(Locale.ROOT, "%s: %d %s in %.1f s; heap at 25/50/75/100 %%: %s%n", phase.name(), phase.steps(),
                    phase.name().endsWith("indexes") ? "indexes" : "articles", phase.seconds(), heap);
        }
        out.printf(Locale.ROOT, "summary: %.1f MB, %d articles, %.1f s, %.2f MB/s, %.1f articles/s, %d threads, "
                        + "peak heap %.0f MB, heap after GC %.0f MB%n", mb, corpus.articles(), build.seconds(),
                mbPerSecond, articlesPerSecond, threads, build.peakHeap() / MB, build.heapAfterGc() / MB);
    }

    private static String megabytes(List<HeapSampler.Sample> samples, ToLongFunction<HeapSampler.Sample> bytes) {
        return samples.stream().map(s -> String.format(Locale.ROOT, "%.0f", bytes.applyAsLong(s) / MB))
                .collect(Collectors.joining(" / "));
    }

    /**
     * Runs this benchmark again in a JVM that sees {@code threads} processors, the number of extraction threads
     * the build starts, with the same options and JVM settings.
     */
    private int relaunch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-XX:ActiveProcessorCount=")).toList();
        command.addAll(jvmOptions);
        command.add("-XX:ActiveProcessorCount=" + threads);
        if (jvmOptions.stream().noneMatch(a -> a.matches("-XX:\\+Use\\w+GC"))) {
            command.add("-XX:+UseG1GC");  // the JVM would take the serial collector on one processor
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench",
                "--threads", String.valueOf(threads), "--size-mb", String.valueOf(sizeMb), "--seed", String.valueOf(seed),
                "--warmup-mb", String.valueOf(warmupMb)));
        if (liveHeap) {
            command.add("--live-heap");
        }
        if (keep != null) {
            command.addAll(List.of("--keep", keep.toAbsolutePath().toString()));
        }
        if (from != null) {
            command.addAll(List.of("--from", from.toAbsolutePath().toString()));
        }
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
