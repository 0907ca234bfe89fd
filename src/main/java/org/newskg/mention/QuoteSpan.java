package org.newskg.mention;

/**
 * A quotation in the article text: {@code open} and {@code close} are the offsets of its marks (close is
 * the offset of the last character when the quote runs to the end of its paragraph unclosed), and
 * {@code textStart}/{@code textEnd} bound the quoted words, marks and surrounding spaces excluded.
 */
public record QuoteSpan(int open, int close, int textStart, int textEnd, boolean closed) {

    public String text(String article) {
        return article.substring(textStart, textEnd);
    }
}
