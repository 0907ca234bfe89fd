package org.newskg.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional header line of a corpus file, {@code " date 2022-07 Commentez cette histoire Commentaire"}:
 * the date, then page furniture (button labels listed in {@code page-furniture.txt}). When real text follows
 * the furniture on that line, the article starts there.
 *
 * @param date the date the header gives, if there is a header
 * @param body the article text: everything after the header, without surrounding blank space
 */
public record ArticleHeader(Optional<String> date, String body) {

    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)(?=\\s|$)(.*)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> FURNITURE = loadFurniture();

    /** @param content the whole file, line ends normalised to {@code \n} */
    public static ArticleHeader parse(String content) {
        int eol = content.indexOf('\n');
        String firstLine = eol < 0 ? content : content.substring(0, eol);
        Matcher m = DATE_LINE.matcher(firstLine);
        if (!m.matches()) {
            return new ArticleHeader(Optional.empty(), content.strip());
        }
        String rest = eol < 0 ? "" : content.substring(eol);
        return new ArticleHeader(Optional.of(m.group(1)), (dropFurniture(m.group(2)) + rest).strip());
    }

    /** What follows the furniture on the date line; blank when the line holds furniture only. */
    static String dropFurniture(String afterDate) {
        String s = afterDate.strip();
        for (boolean dropped = true; dropped; ) {
            dropped = false;
            for (String phrase : FURNITURE) {
                if (startsWithWord(s, phrase)) {
                    s = s.substring(phrase.length()).strip();
                    dropped = true;
                }
            }
        }
        return s;
    }

    private static boolean startsWithWord(String s, String phrase) {
        return s.regionMatches(true, 0, phrase, 0, phrase.length())
                && (s.length() == phrase.length() || Character.isWhitespace(s.charAt(phrase.length())));
    }

    /** Longest phrases first, so that "Partager cet article" is dropped whole rather than as "Partager". */
    private static List<String> loadFurniture() {
        List<String> phrases = new ArrayList<>();
        try (InputStream in = ArticleHeader.class.getResourceAsStream("page-furniture.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    phrases.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(phrases);
    }
}
