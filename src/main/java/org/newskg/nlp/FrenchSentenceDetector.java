package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence detection for French news: the OpenNLP French model within each paragraph, then corrections of
 * the model's breaks. Thread-safe.
 * <ul>
 * <li>Every line break ends a paragraph, and a sentence never crosses a paragraph.</li>
 * <li>The time that opens a live blog's entry ("10h15 – Le berger …") is a sentence of its own.</li>
 * <li>Closing quotation marks and brackets the model put at the start of the next sentence go back to the
 *     sentence they close: "« Non ! | » Puis" → "« Non ! » | Puis".</li>
 * <li>No break after an abbreviation or an initial ("M. | Lavrov", "J. | Smith"), nor before a sentence that
 *     starts in lower case or with , ; : (the incise in "« Partez ! » a-t-il dit").</li>
 * <li>No break inside a quotation that closes within the next {@value #QUOTE_LOOKAHEAD} sentences of the
 *     paragraph; a quotation mark that does not close that soon is taken as unbalanced and ignored.</li>
 * </ul>
 */
public final class FrenchSentenceDetector implements SentenceDetector {

    /** "10h15 – ", "9:40 - ": the time and dash that open an entry of a live blog. */
    private static final Pattern ENTRY_TIME = Pattern.compile("^\\d{1,2} ?[hH:] ?\\d{2} ?[\u2013\u2014-]");

    /** How many following model sentences an open quotation may extend over. */
    static final int QUOTE_LOOKAHEAD = 3;

    private final SentenceDetector model;
    private final Abbreviations abbreviations;

    FrenchSentenceDetector(SentenceModel model, Abbreviations abbreviations) {
        this.model = new ThreadSafeSentenceDetectorME(model);
        this.abbreviations = abbreviations;
    }

    @Override
    public String[] sentDetect(CharSequence text) {
        return Span.spansToStrings(sentPosDetect(text), text);
    }

    @Override
    public Span[] sentPosDetect(CharSequence text) {
        List<Span> sentences = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && !isLineBreak(text.charAt(end))) {
                end++;
            }
            paragraph(text, start, end, sentences);
            start = end + 1;
        }
        return sentences.toArray(new Span[0]);
    }

    private void paragraph(CharSequence text, int start, int end, List<Span> sentences) {
        Matcher time = ENTRY_TIME.matcher(text.subSequence(start, end));
        if (time.find()) {
            sentences.add(new Span(start, start + time.end()));
            start += time.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        Span[] found = model.sentPosDetect(text.subSequence(start, end));
        if (found.length == 0) {
            return;
        }
        List<int[]> spans = new ArrayList<>(found.length);
        for (Span s : found) {
            spans.add(new int[] {start + s.getStart(), start + s.getEnd()});
        }
        returnClosingMarks(text, spans);
        int i = 0;
        while (i < spans.size()) {
            int groupStart = spans.get(i)[0];
            int last = i;
            while (last + 1 < spans.size()) {
                int next = continuation(text, groupStart, spans, last);
                if (next < 0) {
                    break;
                }
                last = next;
            }
            sentences.add(new Span(groupStart, spans.get(last)[1]));
            i = last + 1;
        }
    }

    /** Moves closing marks at the start of a sentence to the end of the sentence before it. */
    private static void returnClosingMarks(CharSequence text, List<int[]> spans) {
        for (int i = 1; i < spans.size(); i++) {
            int[] previous = spans.get(i - 1);
            int[] span = spans.get(i);
            while (span[0] < span[1] && isClosingMark(text.charAt(span[0]), text, previous)) {
                previous[1] = span[0] + 1;
                span[0] = skipSpaces(text, span[0] + 1, span[1]);
            }
            if (span[0] == span[1]) {
                spans.remove(i--);
            }
        }
    }

    private static boolean isClosingMark(char c, CharSequence text, int[] previous) {
        return switch (c) {
            case '»', '”', '›', ')', ']' -> true;
            case '"' -> new QuoteState().scan(text, previous[0], previous[1]).isOpen();
            default -> false;
        };
    }

    /**
     * The index of the last model sentence to join to the group that starts at {@code groupStart} and ends
     * with sentence {@code last}, or -1 if the group ends there.
     */
    private int continuation(CharSequence text, int groupStart, List<int[]> spans, int last) {
        int end = spans.get(last)[1];
        int nextStart = spans.get(last + 1)[0];
        if (text.charAt(end - 1) == '.' && abbreviations.keepsPeriod(text, Abbreviations.wordStart(text, end - 1), end - 1)) {
            return last + 1;
        }
        char first = text.charAt(nextStart);
        if (Character.isLowerCase(first) || first == ',' || first == ';' || first == ':') {
            return last + 1;
        }
        QuoteState quotes = new QuoteState().scan(text, groupStart, end);
        for (int j = last + 1; quotes.isOpen() && j < spans.size() && j <= last + QUOTE_LOOKAHEAD; j++) {
            quotes.scan(text, spans.get(j)[0], spans.get(j)[1]);
            if (!quotes.isOpen()) {
                return j;
            }
        }
        return -1;
    }

    private static int skipSpaces(CharSequence text, int from, int end) {
        while (from < end && FrenchTokenizer.isSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /**
     * Whether a quotation is open: « » “ ” ‹ › „ nest; a straight double quote opens or closes by parity.
     * Closing marks with nothing open are ignored.
     */
    private static final class QuoteState {
        private int depth;
        private boolean straightOpen;

        QuoteState scan(CharSequence text, int start, int end) {
            for (int i = start; i < end; i++) {
                switch (text.charAt(i)) {
                    case '«', '“', '„', '‹' -> depth++;
                    case '»', '”', '›' -> depth = Math.max(0, depth - 1);
                    case '"' -> straightOpen = !straightOpen;
                    default -> { }
                }
            }
            return this;
        }

        boolean isOpen() {
            return depth > 0 || straightOpen;
        }
    }
}
