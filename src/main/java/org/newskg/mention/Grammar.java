package org.newskg.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.WordSet;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;

/** Small closed classes of French words that attribution rules move across (data in this package). */
public final class Grammar {

    private static final WordList CLITICS = WordList.load("mention/verb-clitics.txt");
    private static final WordList CLAUSE_OPENERS = WordList.load("mention/clause-openers.txt");
    private static final WordList ADJUNCT_OPENERS = WordList.load("mention/adjunct-openers.txt");
    private static final WordList ADJUNCT_NOUNS = WordList.load("mention/adjunct-nouns.txt");
    private static final WordList CONTRACTED_ARTICLES = WordList.load("mention/contracted-articles.txt");
    private static final WordSet DURATION_OPENERS = WordSet.load("/org/newskg/mention/duration-openers.txt");
    private static final WordList DETERMINERS = WordList.load("mention/determiners.txt");
    private static final WordList DEFINITE_ARTICLES = WordList.load("mention/definite-articles.txt");
    private static final WordList INDEFINITE_ARTICLES = WordList.load("mention/indefinite-articles.txt");
    private static final WordList TITLES = WordList.load("mention/titles.tsv");
    private static final WordList INCISE_ONLY = WordList.load("mention/incise-only-verbs.txt");
    private static final WordList SUBJECT_INVERTING = WordList.load("mention/subject-inverting-verbs.txt");
    private static final WordList NAMING = WordList.load("mention/naming-words.txt");
    private static final WordList KINSHIP = WordList.load("mention/kinship-nouns.tsv");
    private static final WordList FAMILY_TIES = WordList.load("mention/family-ties.tsv");
    private static final WordList PERSON_NOUNS = WordList.load("mention/person-nouns.tsv");
    private static final WordList PASSIVE_AUXILIARIES = WordList.load("mention/passive-auxiliaries.txt");
    private static final WordList FINITE_AUXILIARIES = WordList.load("mention/finite-auxiliaries.txt");
    private static final String WHERE = "où";
    /** "où" folded, which "ou" folds to as well. */
    private static final String WHERE_FOLDED = "ou";
    private static final WordList SPEECH_PHRASES = WordList.load("mention/speech-verb-phrases.txt");
    private static final WordList ANONYMITY = WordList.load("mention/anonymity-words.txt");
    private static final WordList INTERVIEW_CUES = WordList.load("mention/interview-cues.txt");
    private static final WordList DAY_PARTS = WordList.load("mention/day-parts.txt");
    /** Ending and gender, longest first: "ienne" before "ien" and "ne". */
    private static final List<String[]> DEMONYM_ENDINGS = endings("/org/newskg/mention/demonym-suffixes.txt");
    /** Ending and whether it shows a verb finite, longest first: "fait" before "ait". */
    private static final List<String[]> FINITE_ENDINGS = endings("/org/newskg/mention/finite-verb-endings.txt");
    private static final Set<String> POSSESSIVES = Set.of("son", "sa", "ses", "leur", "leurs");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("l'", "le", "la", "les");
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("je", "j'", "tu", "il", "elle", "on", "nous", "ils", "elles");
    private static final Set<String> DE_FORMS = Set.of("de", "d'", "du", "des");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    /** A Roman numeral from I to XXXIX, or the French ordinal of the first ("François Ier", "Ire"). */
    private static final Pattern REGNAL_NUMBER = Pattern.compile("X{0,3}(IX|IV|VI{0,3}|I{1,3})|X{1,3}|Ier|Ire");

    private Grammar() {
    }

    /** Rows of an ending, folded, and its value, the longest ending first. */
    private static List<String[]> endings(String resource) {
        return DataFile.rows(resource).stream().map(r -> new String[] {Fold.of(r[0]), r[1]})
                .sorted((a, b) -> b[0].length() - a[0].length()).toList();
    }

    /** Not the subject, though it stands between subject and verb: "ne", "lui", "-t-il", "lui-même". */
    public static boolean clitic(String folded) {
        return CLITICS.contains(folded);
    }

    /** "surnommé", "baptisée": what follows in quotation marks is a name, not somebody's words. */
    public static boolean namingWord(String folded) {
        return NAMING.contains(folded);
    }

    /**
     * The gender a demonym's ending shows ("abbevilloise": feminine, "nantais": masculine), or null when the word
     * has no demonym ending.
     */
    public static Gender demonymGender(String folded) {
        for (String[] ending : DEMONYM_ENDINGS) {
            if (folded.endsWith(ending[0])) {
                return "f".equals(ending[1]) ? Gender.FEMININE : Gender.MASCULINE;
            }
        }
        return null;
    }

    /** The past participle of a verb in -er, as written ("basé", "arrêtées"). */
    private static final Pattern PAST_PARTICIPLE = Pattern.compile("\\p{L}{2,}(é|ée|és|ées)");

    private static final Pattern FEMININE_PARTICIPLE = Pattern.compile("\\p{L}{3,}(ie|ies|ue|ues|ite|ites|ise|ises|erte|ertes)");

    /**
     * "Amaigrie", "Détenue", "Interdite", "Soumise": a word written as the feminine past participle of a verb in
     * -ir, -re or -oir.
     */
    private static boolean femininePastParticiple(String text) {
        return FEMININE_PARTICIPLE.matcher(text).matches();
    }

    /** A word written as a past participle: of a verb in -er ({@link #pastParticiple}), or feminine of any verb. */
    public static boolean participleForm(String text) {
        return pastParticiple(text) || femininePastParticiple(text);
    }

    /** "basé", "contestée": a word written as the past participle of a verb in -er. */
    public static boolean pastParticiple(String text) {
        return PAST_PARTICIPLE.matcher(text).matches();
    }

    /** "purgera", "travaillait": a verb form whose ending shows it finite ({@code mention/finite-verb-endings.txt}). */
    public static boolean finiteEnding(String folded) {
        for (String[] ending : FINITE_ENDINGS) {
            if (folded.endsWith(ending[0]) && folded.length() > ending[0].length() + 1) {
                return "finite".equals(ending[1]);
            }
        }
        return false;
    }

    /** "matin", "soir": a part of the day, after a weekday in a time adjunct ("mercredi matin"). */
    public static boolean dayPart(String folded) {
        return DAY_PARTS.contains(folded);
    }

    /** A hyphen, an en dash or an em dash standing as a token of its own ("RÉCIT - …", "Bamako (AFP) – …"). */
    public static boolean dash(String token) {
        return DASHES.contains(token);
    }

    /** "de", "d'", "du", "des": the preposition of a noun's complement ("le directeur de l'ONG de M. X"). */
    public static boolean deComplement(String folded) {
        return DE_FORMS.contains(folded);
    }

    /** "fait" then "valoir", "laissé" then "tomber": a light verb and the infinitive that make a speech verb. */
    public static boolean speechPhrase(String lightVerb, String infinitive) {
        return SPEECH_PHRASES.contains(lightVerb + " " + infinitive);
    }

    /**
     * Whether token {@code i} says that a person is not named: "l'anonymat", "ne pas être citée"
     * (mention/anonymity-words.txt).
     */
    public static boolean anonymity(List<String> folded, int i) {
        String before = ANONYMITY.value(folded.get(i));
        return before != null && (before.isEmpty()
                || i >= 2 && Fold.of(before).equals(folded.get(i - 2) + " " + folded.get(i - 1)));
    }

    /** "questions", "entretien": a word of the line that opens an interview (mention/interview-cues.txt). */
    public static boolean interviewCue(String folded) {
        return INTERVIEW_CUES.contains(folded);
    }

    /** A finite third-person form of "avoir" or "être" ("a", "sont", "avait"). */
    public static boolean finiteAuxiliary(String folded) {
        return FINITE_AUXILIARIES.contains(folded);
    }

    /** A form of "être" that makes the participle after it passive, unless a reflexive pronoun stands before. */
    public static boolean passiveAuxiliary(String folded) {
        return PASSIVE_AUXILIARIES.contains(folded);
    }

    public static boolean reflexive(String folded) {
        return folded.equals("se") || folded.equals("s'");
    }

    /** A family noun ("sœur", "frère") and the gender it gives the person it introduces, or null. */
    public static Gender kinship(String folded) {
        return KINSHIP.contains(folded) ? KINSHIP.gender(folded) : null;
    }

    /**
     * The tie a family noun names, seen from the other side: "spouse" for "mari", "parent" for "fils", "child" for
     * "mère"; null for a noun that names no such tie ("cousin", "homologue").
     */
    public static String reciprocalTie(String folded) {
        String tie = FAMILY_TIES.value(folded);
        return tie == null ? null : switch (tie) {
            case "parent" -> "child";
            case "child" -> "parent";
            default -> tie;
        };
    }

    /** The tie a family noun names ({@code family-ties.tsv}): "spouse", "parent", "child", "sibling"; else null. */
    public static String familyTie(String folded) {
        return FAMILY_TIES.value(folded);
    }

    /** "sa conjointe", "son frère": a possessive and a family noun; the gender the noun gives, or null. */
    public static Gender possessiveKinship(String determiner, String noun) {
        return possessive(determiner) ? kinship(noun) : null;
    }

    /** "l'", "le", "la", "les" before a verb: its direct object. */
    public static boolean objectPronoun(String folded) {
        return OBJECT_PRONOUNS.contains(folded);
    }

    public static boolean possessive(String folded) {
        return POSSESSIVES.contains(folded);
    }

    /**
     * A noun describing a person without a function ("femme", "jeune homme") at tokens {@code from}: its
     * length in tokens (0 if none) — the gender is {@link #personNounGender}.
     */
    public static int personNounAt(List<String> folded, int from) {
        if (from + 1 < folded.size() && PERSON_NOUNS.contains(folded.get(from) + " " + folded.get(from + 1))) {
            return 2;
        }
        return from < folded.size() && PERSON_NOUNS.contains(folded.get(from)) ? 1 : 0;
    }

    public static Gender personNounGender(List<String> folded, int from, int length) {
        return PERSON_NOUNS.gender(length == 2 ? folded.get(from) + " " + folded.get(from + 1) : folded.get(from));
    }

    /** A speech verb that attributes only from an incise after the quotation ("poursuit-il"). */
    public static boolean inciseOnly(String folded) {
        return INCISE_ONLY.contains(folded);
    }

    /** le, la, l', les. */
    public static boolean definiteArticle(String folded) {
        return DEFINITE_ARTICLES.contains(folded);
    }

    /** un, une. */
    public static boolean indefiniteArticle(String folded) {
        return INDEFINITE_ARTICLES.contains(folded);
    }

    /** "ce", "cet" → masculine; "cette" → feminine; else null: the demonstrative determiner before a noun. */
    public static Gender demonstrative(String folded) {
        return switch (folded) {
            case "ce", "cet" -> Gender.MASCULINE;
            case "cette" -> Gender.FEMININE;
            default -> null;
        };
    }

    /** "que" or "qu'", which opens a complement clause. */
    public static boolean que(String folded) {
        return folded.equals("que") || folded.equals("qu'");
    }

    /**
     * Whether the word, as written, opens a clause with a subject of its own; "où" only with its accent, since
     * "ou" coordinates ("X, qui a suspendu ou refusé des extraditions, a écrit").
     */
    public static boolean clauseOpener(String word) {
        String folded = Fold.of(word);
        return CLAUSE_OPENERS.contains(folded) && (!WHERE_FOLDED.equals(folded) || where(word));
    }

    /** Whether the word, as written, is "où" (where), not "ou" (or), which folds alike. */
    public static boolean where(String word) {
        return WHERE.equals(word.toLowerCase(Locale.ROOT));
    }

    /** "Cela fait cent vingt jours que …", "Voilà deux ans que …": an impersonal duration opener at {@code i}. */
    public static boolean durationOpener(List<String> folded, int i) {
        return DURATION_OPENERS.lengthAt(folded, i) > 0;
    }

    /** "au", "aux", "du", "des": an article contracted with "à" or "de". */
    public static boolean contractedArticle(String folded) {
        return CONTRACTED_ARTICLES.contains(folded);
    }

    /** "Côté nigérian, …": a noun that opens a fronted adjunct with no preposition. */
    public static boolean adjunctNoun(String folded) {
        return ADJUNCT_NOUNS.contains(folded);
    }

    public static boolean adjunctOpener(String folded) {
        return ADJUNCT_OPENERS.contains(folded);
    }

    /** The number after a monarch's or a pope's name, part of the name: "Mohammed VI", "Jean-Paul II", "François Ier". */
    public static boolean regnalNumber(String token) {
        return REGNAL_NUMBER.matcher(token).matches();
    }

    /** "Reste", "Demeure": a verb that may open a sentence before its subject. */
    public static boolean subjectInverting(String folded) {
        return SUBJECT_INVERTING.contains(folded);
    }

    /** A civil title before a name ("M.", "Mme", "Monsieur"); the caller checks it is capitalised. */
    public static boolean title(String folded) {
        return TITLES.contains(folded);
    }

    public static Gender titleGender(String folded) {
        return TITLES.gender(folded);
    }

    public static boolean determiner(String folded) {
        return DETERMINERS.contains(folded);
    }

    /** A determiner but "un", "une": "le", "son", "ce", which present somebody as known ("confie le père"). */
    public static boolean knownDeterminer(String folded) {
        return determiner(folded) && !indefiniteArticle(folded);
    }

    /**
     * Whether token {@code k} is a preposition: tagged so, and a word of the closed class, not a demonym the tagger
     * reads as one ("le juriste lao X").
     */
    public static boolean preposition(Doc doc, int k) {
        return doc.token(k).hasPos("ADP") && Lexicon.get().functionWords().contains(doc.folded(k));
    }

    public static Gender determinerGender(String folded) {
        return DETERMINERS.gender(folded);
    }

    /**
     * Where the source preposition "selon" or "d'après" starting at token {@code i} ends (its last token), or -1.
     * The tokenizer splits "d'après" into "d'" and "après".
     */
    public static int sourcePrepositionEnd(List<String> folded, int i) {
        if (i < 0 || i >= folded.size()) {
            return -1;
        }
        if (folded.get(i).equals("selon")) {
            return i;
        }
        return folded.get(i).equals("d'") && i + 1 < folded.size() && folded.get(i + 1).equals("apres") ? i + 1 : -1;
    }

    /** Whether token {@code i} ends a source preposition: "selon", or the "après" of "d'après". */
    public static boolean endsSourcePreposition(List<String> folded, int i) {
        return sourcePrepositionEnd(folded, i) == i || (i > 0 && sourcePrepositionEnd(folded, i - 1) == i);
    }

    /** "selon lui", "d'après elle": the gender of a stressed pronoun after a preposition, or null. */
    public static Gender stressedPronoun(String folded) {
        return switch (folded) {
            case "lui" -> Gender.MASCULINE;
            case "elle" -> Gender.FEMININE;
            default -> null;
        };
    }

    /** "je", "il", "nous", "elles": a personal pronoun that is only ever a subject ("vous" may be an object). */
    public static boolean personalSubject(String folded) {
        return PERSONAL_SUBJECTS.contains(folded);
    }

    /** "-t-il", "-elle": a subject pronoun inverted after its verb, with its gender, else null. */
    public static Gender invertedPronoun(String folded) {
        return folded.startsWith("-") ? subjectPronoun(folded) : null;
    }

    /** "il", "-t-il", "-il" → masculine; "elle", "-t-elle", "-elle" → feminine; else null. */
    public static Gender subjectPronoun(String folded) {
        return switch (folded) {
            case "il", "-il", "-t-il" -> Gender.MASCULINE;
            case "elle", "-elle", "-t-elle" -> Gender.FEMININE;
            default -> null;
        };
    }
}
