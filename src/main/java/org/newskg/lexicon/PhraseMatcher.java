package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.text.Fold;
import org.newskg.text.LookupTables;
import org.newskg.text.NameApostrophe;

/**
 * Finds multi-token lexicon entries in a token list. Entries are indexed by the folded key of their first
 * token, longest first, so a lookup costs one hash probe plus a comparison of the few candidate tails.
 * Entries are cut into tokens the way the tokenizer cuts text: on spaces, with elided articles and
 * prepositions ("d'", "l'", "qu'") split off, hyphenated words kept whole.
 * <p>
 * Matching ignores case and accents, except for entries written with a leading {@code ^} in the data: those
 * are names that are also common words ("^Grenade" and "une grenade", "^la Réunion" and "la réunion"), and
 * match only where the words they capitalise are capitalised in the text too, the first word of a
 * multi-word entry excepted (it may start a sentence or drop its capital: "à la Réunion"). Tokens already
 * folded keep their capitals in {@link FoldedTokens}.
 */
public final class PhraseMatcher<T> {

    /** The folded tokens after the first; which of those must be capitalised; whether the first must be. */
    private record Entry<T>(String[] tail, boolean[] tailCapitalised, boolean firstCapitalised, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirstToken;
    private final int size;
    private final int maxLength;

    private PhraseMatcher(Map<String, List<Entry<T>>> byFirstToken, int size) {
        this.byFirstToken = byFirstToken;
        this.size = size;
        this.maxLength = byFirstToken.values().stream().flatMap(List::stream)
                .mapToInt(e -> e.tail().length + 1).max().orElse(0);
    }

    /** The longest entry whose tokens start at {@code from}, if any. */
    public Optional<PhraseMatch<T>> longestAt(List<String> tokens, int from) {
        if (from < 0 || from >= tokens.size()) {
            return Optional.empty();
        }
        List<Entry<T>> candidates = byFirstToken.get(key(tokens, from));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Entry<T> candidate : candidates) {
            if (matchesAt(candidate, tokens, from)) {
                return Optional.of(new PhraseMatch<>(candidate.tail().length + 1, candidate.value()));
            }
        }
        return Optional.empty();
    }

    /** Whether an entry starts with {@code token}: most tokens start none, and are ruled out by this alone. */
    public boolean startsAnEntry(String token) {
        return byFirstToken.containsKey(Fold.of(token));
    }

    /** Number of entries. */
    public int size() {
        return size;
    }

    /** Number of tokens of the longest entry: no match reaches further from where it starts. */
    public int maxLength() {
        return maxLength;
    }

    private static boolean matchesAt(Entry<?> entry, List<String> tokens, int from) {
        String[] tail = entry.tail();
        if (from + 1 + tail.length > tokens.size()) {
            return false;
        }
        if (entry.firstCapitalised() && !capitalised(tokens, from)) {
            return false;
        }
        for (int i = 0; i < tail.length; i++) {
            if (!tail[i].equals(key(tokens, from + 1 + i)) || entry.tailCapitalised()[i] && !capitalised(tokens, from + 1 + i)) {
                return false;
            }
        }
        return true;
    }

    /** Token {@code i} folded: {@link FoldedTokens} are already. */
    private static String key(List<String> tokens, int i) {
        return tokens instanceof FoldedTokens ? tokens.get(i) : Fold.of(tokens.get(i));
    }

    /** Token {@code i} as written, or as {@link FoldedTokens} remembers it was written. */
    private static boolean capitalised(List<String> tokens, int i) {
        return tokens instanceof FoldedTokens folded ? folded.capitalised(i) : capitalised(tokens.get(i));
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    /** The tokens of an entry as the tokenizer would cut it, case and accents kept. */
    static List<String> tokenize(String phrase) {
        List<String> tokens = new ArrayList<>();
        for (String word : phrase.replace('\u2019', '\'').trim().split("\\s+")) {
            int apostrophe = word.indexOf('\'');
            while (apostrophe > 0 && apostrophe < word.length() - 1 && !NameApostrophe.inName(word, 0, apostrophe)) {
                tokens.add(word.substring(0, apostrophe + 1));
                word = word.substring(apostrophe + 1);
                apostrophe = word.indexOf('\'');
            }
            if (!word.isEmpty()) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Collects entries; the first value given for a phrase wins. */
    static final class Builder<T> {
        private final Map<String, List<Entry<T>>> byFirstToken = new HashMap<>();
        private final Map<List<String>, Boolean> seen = new HashMap<>();

        /** Adds an entry; a leading '^' makes its capitals binding (see the class comment). */
        Builder<T> add(String phrase, T value) {
            boolean cased = phrase.startsWith("^");
            List<String> tokens = tokenize(cased ? phrase.substring(1) : phrase);
            List<String> folded = tokens.stream().map(Fold::of).toList();
            if (tokens.isEmpty() || seen.putIfAbsent(folded, Boolean.TRUE) != null) {
                return this;
            }
            String[] tail = folded.subList(1, folded.size()).toArray(String[]::new);
            boolean[] tailCapitalised = new boolean[tail.length];
            for (int i = 0; i < tail.length; i++) {
                tailCapitalised[i] = cased && capitalised(tokens.get(i + 1));
            }
            boolean firstCapitalised = cased && tokens.size() == 1 && capitalised(tokens.get(0));
            byFirstToken.computeIfAbsent(folded.get(0), k -> new ArrayList<>())
                    .add(new Entry<>(tail, tailCapitalised, firstCapitalised, value));
            return this;
        }

        PhraseMatcher<T> build() {
            Map<String, List<Entry<T>>> index = new HashMap<>();
            byFirstToken.forEach((first, entries) -> {
                List<Entry<T>> sorted = new ArrayList<>(entries);
                sorted.sort(Comparator.comparingInt((Entry<T> e) -> e.tail().length).reversed());
                index.put(first, List.copyOf(sorted));
            });
            return new PhraseMatcher<>(LookupTables.copyOf(index), seen.size());
        }
    }
}
