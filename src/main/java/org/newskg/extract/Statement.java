package org.newskg.extract;

/**
 * Something the article says somebody said: a direct quotation (the words between quotation marks) or
 * indirect speech ("X a déclaré que ...").
 */
public record Statement(Kind kind, String text, Speaker speaker, Evidence evidence) {

    public enum Kind { QUOTATION, INDIRECT }
}
