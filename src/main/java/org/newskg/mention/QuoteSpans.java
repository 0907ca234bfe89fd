package org.newskg.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of a text. French press mixes marks freely (« … ”, “ … »), so any opening mark
 * opens and any closing mark closes, with nesting: only the outermost pairs are quotations. Straight
 * double quotes open or close depending on the characters around them. A quotation left open ends with
 * its paragraph.
 */
public final class QuoteSpans {

    private static final String OPENING = "«“‹„";
    private static final String CLOSING = "»”›";

    private QuoteSpans() {
    }

    public static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = OPENING.indexOf(c) >= 0 || (c == '"' && straightOpens(text, i, depth));
            boolean closes = CLOSING.indexOf(c) >= 0 || (c == '"' && !opens);
            if (opens) {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (closes && depth > 0) {
                if (--depth == 0) {
                    add(spans, text, open, i, true);
                }
            } else if (c == '\n' && depth > 0) {
                add(spans, text, open, lastNonSpace(text, i), false);
                depth = 0;
            }
        }
        if (depth > 0) {
            add(spans, text, open, lastNonSpace(text, text.length()), false);
        }
        return spans;
    }

    /**
     * The quotations quoted inside {@code outer}, one level down: «Il m'a dit : “Ne les laisse pas faire.”»
     * gives “Ne les laisse pas faire.”.
     */
    public static List<QuoteSpan> inner(String text, QuoteSpan outer) {
        List<QuoteSpan> spans = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = outer.textStart(); i < outer.textEnd(); i++) {
            char c = text.charAt(i);
            boolean opens = OPENING.indexOf(c) >= 0 || (c == '"' && depth == 0 && straightOpens(text, i, 1));
            boolean closes = CLOSING.indexOf(c) >= 0 || (c == '"' && !opens);
            if (opens) {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (closes && depth > 0 && --depth == 0) {
                add(spans, text, open, i, true);
            }
        }
        return spans;
    }

    /** A straight quote opens when nothing is open yet at its level and it does not follow a word. */
    private static boolean straightOpens(String text, int i, int depth) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (depth == 0) {
            return !Character.isWhitespace(after);
        }
        return (Character.isWhitespace(before) || "([«“'".indexOf(before) >= 0) && Character.isLetterOrDigit(after);
    }

    private static int lastNonSpace(String text, int end) {
        int j = end - 1;
        while (j > 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j;
    }

    private static void add(List<QuoteSpan> spans, String text, int open, int close, boolean closed) {
        int start = open + 1;
        int end = closed ? close : close + 1;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new QuoteSpan(open, close, start, end, closed));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
