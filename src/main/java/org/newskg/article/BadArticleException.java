package org.newskg.article;

/** An article file that cannot be read as an article; the message says why, for one line of output. */
public final class BadArticleException extends Exception {

    public BadArticleException(String reason) {
        super(reason);
    }
}
