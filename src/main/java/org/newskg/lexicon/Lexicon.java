package org.newskg.lexicon;

import java.util.Locale;
import org.newskg.text.DataFile;

/**
 * The linguistic data the extractor matches French news text against: countries and places, titles,
 * speech verbs, organisations, detention cues and word lists. Each comes from a data file under
 * {@code src/main/resources/org/newskg/lexicon/} whose header says where its content comes from.
 * Immutable and thread-safe; loaded once, on first use.
 */
public final class Lexicon {

    private static final String DIR = "/org/newskg/lexicon/";

    private final Countries countries;
    private final PhraseMatcher<RoleWord> roles;
    private final SpeechVerbs speechVerbs;
    private final PhraseMatcher<String> organizations;
    private final PhraseMatcher<String> detentionCues;
    private final FirstNames firstNames;
    private final WordSet unnamedSourceNouns;
    private final WordSet functionWords;
    private final WordSet calendarWords;
    private final WordSet nameParticles;

    private Lexicon() {
        countries = Countries.load(DIR + "countries.tsv", DIR + "places.tsv", DIR + "place-adjectives.tsv");
        roles = loadRoles(DIR + "roles.tsv");
        speechVerbs = SpeechVerbs.load(DIR + "speech-verbs.tsv");
        organizations = loadKinds(DIR + "organizations.tsv");
        detentionCues = loadKinds(DIR + "detention-cues.tsv");
        firstNames = FirstNames.load(DIR + "first-names.txt");
        unnamedSourceNouns = WordSet.load(DIR + "unnamed-source-nouns.txt");
        functionWords = WordSet.load(DIR + "function-words.txt");
        calendarWords = WordSet.load(DIR + "calendar-words.txt");
        nameParticles = WordSet.load(DIR + "name-particles.txt");
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    public Countries countries() {
        return countries;
    }

    /** Offices and professions, masculine and feminine ("ministre des affaires étrangères", "avocate"). */
    public PhraseMatcher<RoleWord> roles() {
        return roles;
    }

    public SpeechVerbs speechVerbs() {
        return speechVerbs;
    }

    /** Organisation head words and named institutions; the value is the kind (government, court, media...). */
    public PhraseMatcher<String> organizations() {
        return organizations;
    }

    /** Words and phrases that say someone is arrested, held, sentenced or freed; the value is the cue kind. */
    public PhraseMatcher<String> detentionCues() {
        return detentionCues;
    }

    public FirstNames firstNames() {
        return firstNames;
    }

    /**
     * The sex of most bearers of a given name, compared like {@link #firstNames()}: UNKNOWN for a name given
     * to both sexes (Camille, Dominique) and for a word that is not a listed given name.
     */
    public Gender firstNameGender(String word) {
        return firstNames.gender(word);
    }

    /** Nouns that stand for an unnamed source ("un diplomate", "un haut responsable", "des sources"). */
    public WordSet unnamedSourceNouns() {
        return unnamedSourceNouns;
    }

    /** Determiners, pronouns, prepositions, conjunctions and adverbs: capitalised at a sentence start, never names. */
    public WordSet functionWords() {
        return functionWords;
    }

    /** Month and weekday names, capitalised in English and at sentence starts, never names. */
    public WordSet calendarWords() {
        return calendarWords;
    }

    /** Lower-case particles inside person names ("de Gaulle", "al-Assad", "van der Leyen"). */
    public WordSet nameParticles() {
        return nameParticles;
    }

    /** roles.tsv: masculine form, feminine form (the same when epicene, "-" when there is none), kind. */
    private static PhraseMatcher<RoleWord> loadRoles(String resource) {
        PhraseMatcher.Builder<RoleWord> roles = PhraseMatcher.builder();
        for (String[] row : DataFile.rows(resource)) {
            String masculine = row[0].toLowerCase(Locale.ROOT);
            String feminine = row[1].toLowerCase(Locale.ROOT);
            String kind = row[2];
            if (masculine.equals(feminine)) {
                roles.add(masculine, new RoleWord(masculine, Gender.UNKNOWN, kind));
                continue;
            }
            if (!masculine.equals("-")) {
                roles.add(masculine, new RoleWord(masculine, Gender.MASCULINE, kind));
            }
            if (!feminine.equals("-")) {
                roles.add(feminine, new RoleWord(feminine, Gender.FEMININE, kind));
            }
        }
        return roles.build();
    }

    /** A file of phrase (alternatives separated by '|') and kind. */
    private static PhraseMatcher<String> loadKinds(String resource) {
        PhraseMatcher.Builder<String> matcher = PhraseMatcher.builder();
        for (String[] row : DataFile.rows(resource)) {
            String kind = row[1];
            DataFile.alternatives(row[0]).forEach(phrase -> matcher.add(phrase, kind));
        }
        return matcher.build();
    }
}
