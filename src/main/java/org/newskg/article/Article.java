package org.newskg.article;

import java.util.Optional;

/**
 * One news article as read from the corpus: its identity, its text and what its header says.
 *
 * @param fileName   the file's name, without folders; the article's identity in the graph
 * @param text       the article body (header line removed); all character offsets in the graph index into it
 * @param date       the publication date the header gives ({@code 2022-07} or {@code 2022-07-29}), if any
 * @param sha256     hex digest of the file's bytes, to skip unchanged articles on rebuild
 */
public record Article(String fileName, String text, Optional<String> date, String sha256) {

    /** The file name without its extension, used in IRIs. */
    public String stem() {
        return stem(fileName);
    }

    /** A file name without its extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
