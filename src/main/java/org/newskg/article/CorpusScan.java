package org.newskg.article;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of a corpus folder: every {@code *.txt} file directly in it (hidden files aside), in name
 * order, read with {@link ArticleReader}; the files that could not be read are kept with their reason.
 *
 * @param files    every article file found, read or not
 * @param articles the files read, without their text
 */
public record CorpusScan(List<Path> files, List<ArticleFile> articles, List<ArticleProblem> failures) {

    public static CorpusScan of(Path dir, ArticleReader reader) throws IOException {
        List<Path> files = files(dir);
        List<ArticleFile> articles = new ArrayList<>();
        List<ArticleProblem> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                articles.add(ArticleFile.of(reader.read(file)));
            } catch (BadArticleException e) {
                failures.add(new ArticleProblem(file, e.getMessage()));
            }
        }
        return new CorpusScan(files, List.copyOf(articles), List.copyOf(failures));
    }

    /** The article files of a corpus folder, sorted by name. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such corpus folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new FileSystemException(dir.toString(), null, "not a folder");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path p : entries) {
                if (!p.getFileName().toString().startsWith(".")) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        return List.copyOf(files);
    }
}
