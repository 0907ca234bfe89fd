package org.newskg.mention;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.lexicon.Lexicon;
import org.newskg.nlp.Sentence;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;

/**
 * Bylines: a short paragraph of its own, opening as a signature does ("Par X", "Avec notre correspondante à
 * Y, X"), a name alone on its line near the top, or a short line near the top that dates the article ("X Publié
 * le 23/10/2025", "X, Le Soleil - 23 octobre 2025"). The names there are the author's, not persons of the news.
 */
final class Bylines {

    /** The openers, folded, each with a space after it. */
    private static final List<String> OPENERS = DataFile.lines("/org/newskg/mention/byline-openers.txt").stream()
            .map(l -> Fold.of(l.strip()) + " ").toList();
    private static final String PAR = "par ";
    /** A byline is a name, a place and a function or two: a longer paragraph is news. */
    private static final int MAX_TOKENS = 15;
    /** Where a signature may stand: under the headline, the lede or the first paragraph. */
    private static final int OPENING_SENTENCES = 6;
    private static final int MAX_NAME_WORDS = 4;
    /** Publication stamps, folded to their letters, with a space either side. */
    private static final List<String> STAMPS = DataFile.lines("/org/newskg/mention/publication-markers.txt").stream()
            .map(Bylines::letters).toList();
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private Bylines() {
    }

    static boolean isByline(Doc doc, int s) {
        if (isDatedLine(doc, s)) {
            return true;
        }
        Sentence sentence = doc.sentence(s);
        if (doc.sentenceEnd(s) - doc.sentenceStart(s) > MAX_TOKENS || !doc.wholeParagraph(s)) {
            return false;
        }
        String folded = Fold.of(sentence.text()) + " ";
        for (String opener : OPENERS) {
            // a paragraph of its own opening on a signature, capitalised or not ("par Clara X")
            if (folded.startsWith(opener)) {
                return !opener.equals(PAR) || namedAfterOpener(doc, doc.sentenceStart(s), doc.sentenceEnd(s));
            }
        }
        return doc.token(doc.sentenceStart(s)).isCapitalized() && bareName(doc, s);
    }

    /**
     * "Céline X Publié le 23/10/2025 à 18h02", "Annie X, Le Soleil - 23 octobre 2025", "Par X - 14 sept. 2025",
     * "Marie X | Journal de Montréal": a short line among the opening sentences with a publication stamp, with a
     * date and no verb, with a name before a bar and no verb, without a verb
     * right above a stamped line, or opening as a signature does, whichever sentences the line was cut into.
     */
    private static boolean isDatedLine(Doc doc, int s) {
        if (s > OPENING_SENTENCES) {
            return false;
        }
        String text = doc.text();
        int from = text.lastIndexOf('\n', doc.sentence(s).start()) + 1;
        int to = text.indexOf('\n', doc.sentence(s).end());
        to = to < 0 ? text.length() : to;
        int first = doc.tokenAt(from);
        int end = first;
        boolean verb = false;
        boolean date = false;
        while (end < doc.size() && doc.token(end).start() < to) {
            if (end - first == MAX_TOKENS) {  // a longer line: asked of every name near the top, it stops here
                return false;
            }
            verb |= doc.isVerb(end);
            String token = doc.token(end).text();
            date |= !token.isEmpty() && Character.isDigit(token.charAt(0))  // both patterns open on a digit
                    && (NUMERIC_DATE.matcher(token).matches() || YEAR.matcher(doc.folded(end)).matches()
                    && end > first && Lexicon.get().calendarWords().contains(doc.folded(end - 1)));
            end++;
        }
        String words = letters(text.substring(from, to));
        return STAMPS.stream().anyMatch(words::contains) || date && !verb || !verb && nameBeforeBar(doc, first, end)
                || !verb && (stamped(lineAfter(text, to)) || stamped(lineBefore(text, from)))
                || OPENERS.stream().anyMatch(o -> words.startsWith(" " + o)) && namedAfterOpener(doc, first, end);
    }

    /**
     * "Aurélie X, Podgorica" or "Jessica X | TVA Nouvelles" right above "Publié le 14 mai 2025", or right under
     * it: whether {@code line} opens on a publication stamp.
     */
    private static boolean stamped(String line) {
        String words = letters(line);
        return STAMPS.stream().anyMatch(words::startsWith);
    }

    /** The first line that is not blank after the line ending at {@code to} (a newline, or the text's end). */
    private static String lineAfter(String text, int to) {
        int from = to + 1;
        while (from < text.length() && text.charAt(from) == '\n') {
            from++;
        }
        int end = text.indexOf('\n', from);
        return from >= text.length() ? "" : text.substring(from, end < 0 ? text.length() : end);
    }

    /** The last line that is not blank before the line starting at {@code from}. */
    private static String lineBefore(String text, int from) {
        int end = from - 1;
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return end <= 0 ? "" : text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
    }

    /** The folded words of {@code line}, a space before and after each, as {@link #STAMPS} are written. */
    private static String letters(String line) {
        return " " + Fold.of(line).replaceAll("[^\\p{L}]+", " ") + " ";
    }

    /**
     * "Par X", "par X", "Par : X": a capitalised word after the opener at {@code first}, over a colon; not "Par
     * ailleurs".
     */
    private static boolean namedAfterOpener(Doc doc, int first, int end) {
        int name = first + 1 < end && ":".equals(doc.folded(first + 1)) ? first + 2 : first + 1;
        return name < end && doc.token(name).isCapitalized();
    }

    /** "Marie X | Journal de Montréal": a name and the outlet set apart by a bar, as a signature line prints them. */
    private static boolean nameBeforeBar(Doc doc, int first, int end) {
        int bar = first;
        while (bar < end && !"|".equals(doc.token(bar).text())) {
            if (!doc.token(bar).isCapitalized() || bar - first == MAX_NAME_WORDS) {
                return false;
            }
            bar++;
        }
        return bar < end && bar - first >= 2;
    }

    /** "Cécile X" alone on its line under the lede: a signature without "Par". */
    private static boolean bareName(Doc doc, int s) {
        int words = doc.sentenceEnd(s) - doc.sentenceStart(s);
        if (s > OPENING_SENTENCES || words < 2 || words > MAX_NAME_WORDS) {
            return false;
        }
        for (int k = doc.sentenceStart(s); k < doc.sentenceEnd(s); k++) {
            if (!doc.token(k).isCapitalized() || doc.token(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }
}
