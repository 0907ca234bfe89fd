package org.newskg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.newskg.resolve.StatementGroups.Report;

/**
 * The quotations a new store's build has written, kept on disk until the statement groups are made rather than
 * in memory: they grow with the corpus, and the grouping needs them once, at the end, and only one speaker's
 * quotations at a time ({@link org.newskg.resolve.StatementGroups} compares a speaker's quotations with each
 * other only). They come back in buckets of some {@value #BUCKET_BYTES} bytes, each holding every quotation of
 * its speakers.
 */
final class QuotationSpill implements AutoCloseable {

    static final long BUCKET_BYTES = 2 << 20;

    private final Path file;
    private final long bucketBytes;
    private final DataOutputStream out;
    private long bytes;

    QuotationSpill() {
        this(BUCKET_BYTES);
    }

    /** @param bucketBytes about how many bytes of quotations each bucket handed over holds */
    QuotationSpill(long bucketBytes) {
        this.bucketBytes = bucketBytes;
        try {
            file = Files.createTempFile("newskg-quotations-", ".spill");
            out = writer(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the quotations in a temporary file", e);
        }
    }

    /** Keeps the quotations of {@code fileName}, with the speakers it was written with. */
    void add(String fileName, List<Report> reports) {
        try {
            for (Report r : reports) {
                bytes += write(out, fileName, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the quotations in " + file, e);
        }
    }

    /**
     * Hands the quotations over, each as {@code relink} renames its speaker for its file, in buckets: every
     * quotation of a speaker in the same bucket. Call once.
     */
    void forEachBucket(BiFunction<String, Report, Report> relink, Consumer<List<Report>> bucket) {
        try {
            out.close();
            int buckets = (int) Math.max(1, (bytes + bucketBytes - 1) / bucketBytes);
            if (buckets == 1) {
                bucket.accept(readAll(file, relink));
                return;
            }
            List<Path> files = new ArrayList<>();
            List<DataOutputStream> writers = new ArrayList<>();
            try {
                for (int i = 0; i < buckets; i++) {
                    files.add(Files.createTempFile("newskg-quotations-", ".bucket"));
                    writers.add(writer(files.get(i)));
                }
                try (DataInputStream in = reader(file)) {
                    for (String fileName = read(in); fileName != null; fileName = read(in)) {
                        Report r = relink.apply(fileName, readReport(in));
                        write(writers.get(Math.floorMod(r.speakerIri().hashCode(), buckets)), fileName, r);
                    }
                }
                for (DataOutputStream w : writers) {
                    w.close();
                }
                for (Path f : files) {
                    bucket.accept(readAll(f, (fileName, r) -> r));
                    Files.delete(f);
                }
            } finally {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the quotations back from " + file, e);
        }
    }

    private static List<Report> readAll(Path f, BiFunction<String, Report, Report> relink) throws IOException {
        List<Report> reports = new ArrayList<>();
        try (DataInputStream in = reader(f)) {
            for (String fileName = read(in); fileName != null; fileName = read(in)) {
                reports.add(relink.apply(fileName, readReport(in)));
            }
        }
        return reports;
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private static DataOutputStream writer(Path f) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f)));
    }

    private static DataInputStream reader(Path f) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(f)));
    }

    /** Writes one quotation of {@code fileName}; returns how many bytes it took. */
    private static int write(DataOutputStream to, String fileName, Report r) throws IOException {
        return write(to, fileName) + write(to, r.iri()) + write(to, r.speakerIri()) + write(to, r.text());
    }

    /** Writes {@code s} as its length and UTF-8 bytes (a quotation may be longer than writeUTF allows). */
    private static int write(DataOutputStream to, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        to.writeInt(utf8.length);
        to.write(utf8);
        return Integer.BYTES + utf8.length;
    }

    /** The quotation after its file name. */
    private static Report readReport(DataInputStream in) throws IOException {
        return new Report(read(in), read(in), read(in));
    }

    /** The next string, or null at the end of the file. */
    private static String read(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
