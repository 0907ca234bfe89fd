package org.newskg.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;
import org.newskg.text.LookupTables;

/**
 * A set of words compared case- and accent-insensitively. Entries of several words ("haut responsable")
 * are found with {@link #lengthAt}; {@link #contains} also accepts them written out with single spaces.
 */
public final class WordSet {

    private final Set<String> folded;
    /** The entries in lower case with their accents, for {@link #containsAsWritten}. */
    private final Set<String> written;
    private final PhraseMatcher<String> phrases;

    private WordSet(Set<String> folded, Set<String> written, PhraseMatcher<String> phrases) {
        this.folded = folded;
        this.written = written;
        this.phrases = phrases;
    }

    /** @param resource a path on the classpath, e.g. {@code "/org/newskg/mention/duration-openers.txt"} */
    public static WordSet load(String resource) {
        return of(DataFile.lines(resource));
    }

    static WordSet of(List<String> entries) {
        Set<String> folded = new HashSet<>();
        Set<String> written = new HashSet<>();
        PhraseMatcher.Builder<String> phrases = PhraseMatcher.builder();
        for (String entry : entries) {
            folded.add(Fold.of(entry));
            written.add(lower(entry));
            phrases.add(entry, entry);
        }
        return new WordSet(LookupTables.copyOf(folded), LookupTables.copyOf(written), phrases.build());
    }

    public boolean contains(String word) {
        return folded.contains(Fold.of(word));
    }

    /**
     * Whether the word is an entry as written: without accents ("A Managua" is "à"), or with the entry's own
     * ("Lê", a Vietnamese name, is not "le").
     */
    public boolean containsAsWritten(String word) {
        String key = Fold.of(word);
        String lower = lower(word);
        return folded.contains(key) && (key.equals(lower) || written.contains(lower));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Number of tokens of the longest entry starting at {@code from}, or 0 when none does. */
    public int lengthAt(List<String> tokens, int from) {
        Optional<PhraseMatch<String>> match = phrases.longestAt(tokens, from);
        return match.map(PhraseMatch::length).orElse(0);
    }

    public int size() {
        return folded.size();
    }
}
