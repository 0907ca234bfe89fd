package org.newskg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads one corpus file as an {@link Article}: UTF-8 text (a byte-order mark is dropped, CRLF and CR line ends
 * become LF), an optional date header, the body after it. Refuses, with a one-line reason, what is not an
 * article: an empty, oversized, binary or non-UTF-8 file, or one that cannot be read.
 */
public final class ArticleReader {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Article read(Path file) throws BadArticleException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadArticleException("too large: " + size(size) + ", over the limit of "
                        + size(maxBytes) + " (--max-size)");
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new BadArticleException("cannot read: permission denied");
        } catch (IOException e) {
            throw new BadArticleException("cannot read: " + reason(e, file));
        }
        return parse(file.getFileName().toString(), bytes);
    }

    /** The article a file of this name and content holds. */
    public static Article parse(String fileName, byte[] bytes) throws BadArticleException {
        if (bytes.length == 0) {
            throw new BadArticleException("empty file");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadArticleException("binary file (NUL byte at byte " + i + ")");
            }
        }
        String content = decodeUtf8(bytes);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        content = content.replace("\r\n", "\n").replace('\r', '\n');
        if (content.isBlank()) {
            throw new BadArticleException("empty file (blank space only)");
        }
        ArticleHeader header = ArticleHeader.parse(content);
        if (header.body().isEmpty()) {
            throw new BadArticleException("no article text after the date line");
        }
        return new Article(fileName, header.body(), header.date(), sha256(bytes));
    }

    private static String decodeUtf8(byte[] bytes) throws BadArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BadArticleException("invalid UTF-8 at byte " + in.position());
        }
        return out.flip().toString();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String reason(IOException e, Path file) {
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
