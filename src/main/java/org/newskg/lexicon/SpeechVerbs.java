package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;
import org.newskg.text.LookupTables;

/**
 * The inflected forms of the speech and attribution verbs of {@code speech-verbs.tsv}. Also recognises the
 * inverted forms of incises, which the tokenizer keeps as one hyphenated token ("ajoute-t-il", "dit-elle").
 * <p>
 * Unlike the other matchers, accents count here when the token has them: "ajoute" (present) and "ajouté"
 * (participle) differ only by one. A token matching no accented form is looked up accent-insensitively, for
 * text typed without accents.
 */
public final class SpeechVerbs {

    /** Order in which a form shared by several tenses is reported ("dit": participle before present). */
    private static final List<String> TENSES =
            List.of("participle", "present", "past", "imperfect", "future", "conditional", "infinitive");

    /** Subject pronouns that follow the verb in an incise, with the euphonic t where French inserts it. */
    private static final Set<String> INVERTED_SUBJECTS =
            Set.of("il", "elle", "ils", "elles", "on", "t-il", "t-elle", "t-ils", "t-elles", "t-on");

    /** Readings kept for the most common tokens: extractors ask about the same token many times. */
    private static final int CACHED_TOKENS = 50_000;

    private final Map<String, List<SpeechVerb>> byForm;
    private final Map<String, List<SpeechVerb>> byFoldedForm;
    private final Map<String, List<SpeechVerb>> cache = new ConcurrentHashMap<>();

    private SpeechVerbs(Map<String, List<SpeechVerb>> byForm, Map<String, List<SpeechVerb>> byFoldedForm) {
        this.byForm = byForm;
        this.byFoldedForm = byFoldedForm;
    }

    static SpeechVerbs load(String resource) {
        Map<String, List<SpeechVerb>> byForm = new HashMap<>();
        Map<String, List<SpeechVerb>> byFoldedForm = new HashMap<>();
        for (String[] row : DataFile.rows(resource)) {
            SpeechVerb verb = new SpeechVerb(row[0], row[1], row[2]);
            if (!TENSES.contains(verb.tense())) {
                throw new IllegalStateException("unknown tense in " + resource + ": " + String.join("\t", row));
            }
            byForm.computeIfAbsent(Fold.lower(verb.form()), k -> new ArrayList<>()).add(verb);
            byFoldedForm.computeIfAbsent(Fold.of(verb.form()), k -> new ArrayList<>()).add(verb);
        }
        return new SpeechVerbs(sortedByTense(byForm), sortedByTense(byFoldedForm));
    }

    private static Map<String, List<SpeechVerb>> sortedByTense(Map<String, List<SpeechVerb>> byForm) {
        Map<String, List<SpeechVerb>> index = new HashMap<>();
        byForm.forEach((form, verbs) -> {
            List<SpeechVerb> sorted = new ArrayList<>(verbs);
            sorted.sort(Comparator.comparingInt(v -> TENSES.indexOf(v.tense())));
            index.put(form, List.copyOf(sorted));
        });
        return LookupTables.copyOf(index);
    }

    /** The speech verb this token is a form of; when the form belongs to several tenses, the first of {@link #TENSES}. */
    public Optional<SpeechVerb> form(String token) {
        List<SpeechVerb> verbs = forms(token);
        return verbs.isEmpty() ? Optional.empty() : Optional.of(verbs.get(0));
    }

    /** Every reading of this token ("dit": participle, present and passé simple of dire). */
    public List<SpeechVerb> forms(String token) {
        List<SpeechVerb> cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        List<SpeechVerb> verbs = lookUp(token);
        if (cache.size() < CACHED_TOKENS) {
            cache.putIfAbsent(token, verbs);
        }
        return verbs;
    }

    private List<SpeechVerb> lookUp(String token) {
        String word = Fold.lower(token);
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && INVERTED_SUBJECTS.contains(word.substring(hyphen + 1))) {
            word = word.substring(0, hyphen);
        }
        List<SpeechVerb> verbs = byForm.get(word);
        if (verbs == null) {
            verbs = byFoldedForm.get(Fold.of(word));
        }
        return verbs == null ? List.of() : verbs;
    }
}
