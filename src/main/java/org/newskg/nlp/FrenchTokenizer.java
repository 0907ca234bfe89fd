package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;
import org.newskg.text.NameApostrophe;

/**
 * Rule-based French tokenizer (OpenNLP ships no French tokenizer model). A single left-to-right scan, no
 * regular expressions:
 * <ul>
 * <li>whitespace, including the no-break spaces French puts before {@code » : ; ? !}, separates tokens;</li>
 * <li>a word is a run of letters and digits joined by inner hyphens, apostrophes and periods
 *     ("porte-parole", "aujourd'hui", "U.S"), and by commas, colons and hyphens between digits ("10,5",
 *     "10:30", "2022-07");</li>
 * <li>elided words are split off the word they precede: "l’invasion" → "l’" "invasion";</li>
 * <li>inverted and imperative pronouns are split off the verb: "a-t-il" → "a" "-t-il", "dit-elle" →
 *     "dit" "-elle";</li>
 * <li>abbreviations keep their period ("M.", "Dr.", "J."); a run of periods is one token ("...");</li>
 * <li>every other character (quotation marks, brackets, punctuation, symbols) is a token of its own.</li>
 * </ul>
 */
public final class FrenchTokenizer implements Tokenizer {

    private final Set<String> elisions;
    private final int longestElision;
    private final Set<String> inversionPronouns;
    private final Set<String> hyphenatedWords;
    private final Abbreviations abbreviations;

    FrenchTokenizer(Set<String> elisions, Set<String> inversionPronouns, Set<String> hyphenatedWords,
            Abbreviations abbreviations) {
        this.elisions = elisions;
        this.longestElision = elisions.stream().mapToInt(String::length).max().orElse(0);
        this.inversionPronouns = inversionPronouns;
        this.hyphenatedWords = hyphenatedWords;
        this.abbreviations = abbreviations;
    }

    public static FrenchTokenizer load() {
        return new FrenchTokenizer(WordLists.words("elisions.txt"), WordLists.words("inversion-pronouns.txt"),
                WordLists.words("hyphenated-words.txt"), Abbreviations.load());
    }

    @Override
    public String[] tokenize(String text) {
        return Span.spansToStrings(tokenizePos(text), text);
    }

    @Override
    public Span[] tokenizePos(String text) {
        List<Span> tokens = new ArrayList<>();
        int p = 0;
        int length = text.length();
        while (p < length) {
            int c = text.codePointAt(p);
            if (isSpace(c)) {
                p += Character.charCount(c);
            } else if (isWordChar(c)) {
                p = word(text, p, tokens);
            } else if (c == '.') {
                int end = p + 1;
                while (end < length && text.charAt(end) == '.') {
                    end++;
                }
                tokens.add(new Span(p, end));
                p = end;
            } else {
                int end = p + Character.charCount(c);
                tokens.add(new Span(p, end));
                p = end;
            }
        }
        return tokens.toArray(new Span[0]);
    }

    /** Scans the word starting at {@code start}, adds its tokens, returns where it ends. */
    private int word(String text, int start, List<Span> tokens) {
        int length = text.length();
        int end = start;
        while (end < length) {
            int c = text.codePointAt(end);
            if (isWordChar(c)) {
                end += Character.charCount(c);
            } else if (end + 1 < length && joinsInside(text, end) && isWordChar(text.codePointAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        if (end < length) {
            char next = text.charAt(end);
            boolean periodKept = next == '.' && (end + 1 == length || text.charAt(end + 1) != '.')
                    && abbreviations.keepsPeriod(text, start, end);
            boolean elisionBeforeSpace = isApostrophe(next) && isElision(text, start, end);
            if (periodKept || elisionBeforeSpace) {
                end++;
            }
        }
        splitWord(text, start, end, tokens);
        return end;
    }

    /** Whether the character at {@code i}, between two word characters, belongs to the word. */
    private static boolean joinsInside(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '-', '\u2010', '\u2011', '\'', '\u2019', '\u02BC', '.', '_', '&', '@', '/', '\u00B7' -> true;
            case ',', ':' -> i > 0 && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            default -> false;
        };
    }

    /** Splits elided words off the front and inverted pronouns off the back of the word {@code [start, end)}. */
    private void splitWord(String text, int start, int end, List<Span> tokens) {
        int stem = start;
        int apostrophe;
        while ((apostrophe = firstApostrophe(text, stem, end)) > stem && apostrophe + 1 < end
                && isElision(text, stem, apostrophe)) {
            tokens.add(new Span(stem, apostrophe + 1));
            stem = apostrophe + 1;
        }
        int stemEnd = end;
        if (pronounSuffix(text, stem, end) >= 0 && !hyphenatedWords.contains(lower(text, stem, end))) {
            int suffix;
            while ((suffix = pronounSuffix(text, stem, stemEnd)) >= 0) {
                stemEnd = suffix;
            }
        }
        tokens.add(new Span(stem, stemEnd));
        for (int suffixStart = stemEnd; suffixStart < end; ) {
            int suffixEnd = nextHyphenOrEnd(text, suffixStart, end);
            if (suffixEnd - suffixStart == 2 && text.charAt(suffixStart + 1) == 't') {
                suffixEnd = nextHyphenOrEnd(text, suffixEnd, end); // "-t-il" stays one token
            }
            tokens.add(new Span(suffixStart, suffixEnd));
            suffixStart = suffixEnd;
        }
    }

    /**
     * Where the pronoun suffix ending at {@code end} starts ("-il", "-t-il", "-moi"), or -1 if the word
     * {@code [start, end)} does not end with one or would be left without a stem.
     */
    private int pronounSuffix(String text, int start, int end) {
        int hyphen = end - 1;
        while (hyphen > start && !isHyphen(text.charAt(hyphen))) {
            hyphen--;
        }
        if (hyphen <= start || !inversionPronouns.contains(text.substring(hyphen + 1, end))) {
            return -1;
        }
        boolean euphonicT = hyphen - 2 > start && text.charAt(hyphen - 1) == 't' && isHyphen(text.charAt(hyphen - 2));
        int suffix = euphonicT ? hyphen - 2 : hyphen;
        return Character.isLetter(text.charAt(suffix - 1)) ? suffix : -1;
    }

    private static int nextHyphenOrEnd(String text, int from, int end) {
        int i = from + 1;
        while (i < end && !isHyphen(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean isElision(String text, int start, int end) {
        return end - start <= longestElision && elisions.contains(lower(text, start, end))
                && !NameApostrophe.inName(text, start, end);
    }

    private static int firstApostrophe(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isApostrophe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String lower(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Letters, digits and combining marks. */
    static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whitespace including the no-break spaces (U+00A0, U+202F, U+2007) and zero-width spaces. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
