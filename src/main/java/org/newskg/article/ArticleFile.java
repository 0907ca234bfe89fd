package org.newskg.article;

/**
 * An article file that a corpus scan could read, without its text: enough to tell whether it changed since
 * the last build. The text is read again when the article is extracted, so that a scan holds no text however
 * large the corpus.
 *
 * @param sha256 as {@link Article#sha256()}
 */
public record ArticleFile(String fileName, String sha256) {

    public static ArticleFile of(Article a) {
        return new ArticleFile(a.fileName(), a.sha256());
    }

    /** As {@link Article#stem()}. */
    public String stem() {
        return Article.stem(fileName);
    }
}
