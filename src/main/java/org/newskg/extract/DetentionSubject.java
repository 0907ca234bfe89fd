package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.WordSet;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.WordList;

/**
 * Whom a detention cue is said of: the person named before it, reached across appositions and relative
 * clauses, the persons coordinated with that one, or named after an opening participle; where no name is the
 * subject, {@link DetentionAnaphor} reads the pronoun or description that is.
 */
final class DetentionSubject {

    /** How far before a cue its subject's name may end. */
    static final int PERSON_WINDOW = 12;
    /** Appositions skipped as units ("X, 29 ans, consultant en ..., avait été interpellé"): how many, how long. */
    private static final int MAX_APPOSITIONS = 3;
    private static final int APPOSITION_WINDOW = 40;
    /** How many words may introduce the second of two coordinated persons ("et son neveu B"). */
    private static final int COORDINATED_NOUN_PHRASE = 4;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("dont", "ou");
    static final Set<String> PLURAL_PRONOUNS = Set.of("ils", "elles");
    /** How many words "après" may stand before the cue it dates ("après plus de dix semaines de détention"). */
    private static final int DURATION_REACH = 7;
    /** How far before "après" the verb of its clause may stand ("a retrouvé sa sœur, X, après …"). */
    private static final int CLAUSE_VERB_REACH = 12;
    /** "qui affirme avoir été condamnée": a verb that introduces the detention itself. */
    private static final Set<String> INFINITIVE_AUXILIARIES = Set.of("avoir", "etre", "ete");
    /** The conjunctions that chain participles sharing one subject ("arrêté … puis emprisonné"). */
    private static final Set<String> COORDINATORS = Set.of("et", "puis");
    /** Demonstrative pronouns that stand for a case named before ("celui de X"). */
    private static final Set<String> CASE_PRONOUNS = Set.of("celui", "celle", "ceux", "celles");
    /** How many participles a chain coordinated with a cue may hold ("frappé …, puis arrêté … et incarcéré"). */
    private static final int MAX_COORDINATED = 3;
    /** Prepositions before an infinitive ("une interdiction de quitter le territoire"). */
    private static final Set<String> INFINITIVE_MARKERS = Set.of("de", "d'", "a", "pour", "sans");

    private final WordList copulas = WordList.load("extract/copular-verbs.txt");
    private final WordList reflexiveCopulas = WordList.load("extract/reflexive-copular-verbs.txt");
    private final WordList activeAuxiliaries = WordList.load("extract/active-auxiliaries.txt");
    private final WordList between = WordList.load("extract/subject-cue-fillers.txt");
    private final WordList moves = WordList.load("extract/move-participles.txt");
    private final WordList stays = WordList.load("extract/stay-verbs.txt");
    private final WordList eventDeterminers = WordList.load("extract/event-determiners.txt");
    private final WordList durationUnits = WordList.load("extract/duration-units.txt");
    private final WordSet alongside = WordSet.load("/org/newskg/extract/alongside-phrases.txt");
    /** Cue kinds whose verbs take the person held as their object ("arrêter X", "détenir X", "enlever X"). */
    private static final String DETENTION = "detention";
    /** "détenu", "détenues": the detention cues that are also nouns for those held. */
    private static final String DETAINEE = "detenu";
    private static final WordList QUANTITY_NOUNS = WordList.load("extract/quantity-nouns.txt");
    private static final Set<String> OBJECT_KINDS = Set.of("arrest", DETENTION, "hostage", "custody");
    private static final String SENTENCE = "sentence";
    private static final String SENTENCE_VERB = "condamn";
    /** How far before the cue a participle of a move to it may stand ("transféré à la prison"). */
    private static final int MOVE_REACH = 3;
    /**
     * How far before "pour" the participle of a move may stand whose purpose is the cue ("transféré l'an dernier en
     * Belgique pour y purger").
     */
    private static final int PURPOSE_REACH = 12;
    /** A subject noun phrase after its determiner ("l'Australien", "le photographe fribourgeois"): its words, how many. */
    private static final Set<String> NOUN_PHRASE_POS = Set.of("NOUN", "PROPN", "ADJ");
    private static final int NOUN_PHRASE_WORDS = 4;
    /** How many adverbs may stand between an auxiliary and its participle ("ont finalement arrêté"). */
    private static final int MAX_ADVERBS = 2;
    /** Cue kinds that name where a person is held ("une prison américaine"), not what was done to them. */
    private static final Set<String> PLACE_KINDS = Set.of("prison", "colony");

    /**
     * Whether the cue is a noun naming an act of its own ("l'arrestation de son collègue", "une condamnation"):
     * it is said of the person after it ("l'arrestation de X"), not of one named before.
     */
    boolean namesEvent(Doc doc, int cue, String kind) {
        return "NOUN".equals(doc.pos(cue)) && cue > 0 && eventDeterminers.contains(doc.folded(cue - 1))
                && !PLACE_KINDS.contains(kind);
    }

    /**
     * "le directeur de la prison", "un gardien de prison": a place of detention that qualifies a role or a noun
     * for a person says who works there, not who is held.
     */
    static boolean qualifiesPersonNoun(Doc doc, int cue, String kind) {
        if (!PLACE_KINDS.contains(kind)) {
            return false;
        }
        int de = cue > 0 && "DET".equals(doc.pos(cue - 1)) ? cue - 2 : cue - 1;
        if (de < 1 || !Grammar.deComplement(doc.folded(de))) {
            return false;
        }
        return personNoun(doc.foldedTokens(), de - 1);
    }

    /**
     * "l'Association des familles de détenus", "la question des détenus": the word for those held as the
     * complement of another noun names a group, not a person of the sentence; not after a noun that counts them
     * ("une vingtaine de détenus").
     */
    static boolean complementOfNoun(Doc doc, int cue, String kind) {
        return DETENTION.equals(kind) && doc.folded(cue).startsWith(DETAINEE) && "NOUN".equals(doc.pos(cue)) && cue > 1
                && Grammar.deComplement(doc.folded(cue - 1)) && "NOUN".equals(doc.pos(cue - 2))
                && !QUANTITY_NOUNS.contains(doc.folded(cue - 2));
    }

    /** Whether a noun for a person ("la jeune femme") or a role ("le directeur") starts at token {@code k}. */
    static boolean personNoun(List<String> folded, int k) {
        return Grammar.personNounAt(folded, k) > 0 || Lexicon.get().roles().longestAt(folded, k).isPresent();
    }

    /**
     * The head of the noun phrase from {@code k}, up to {@code last} at the furthest, when it is a role or a noun for
     * a person ("la lauréate", "la jeune femme"), not a thing ("La prochaine audience sur sa détention"); else -1.
     */
    static int personHead(Doc doc, int k, int last) {
        List<String> folded = doc.foldedTokens();
        // the tagger may read a role before an adjective as one ("La/DET comptable/ADJ lavalloise/NOUN")
        while (k < last && "ADJ".equals(doc.pos(k)) && !personNoun(folded, k)) {
            k++;
        }
        return personNoun(folded, k) ? k : -1;
    }

    /**
     * "Les policiers ont arrêté X", "la députée, qui avait interpellé le gouvernement,": a participle after a form
     * of "avoir" (adverbs between) is active, said of its object, not of its subject. Only for the kinds of cue
     * whose verb takes the person held as its object; of the sentence verbs, "condamner" does, while "purger" and
     * "écoper" take the convict as subject ("il a purgé sa peine"). After an object pronoun ("le juge l'a
     * condamné") the person held is named after no cue, and the subject is still not held.
     */
    boolean activeVoice(Doc doc, int cue, String kind) {
        if (!(OBJECT_KINDS.contains(kind) || SENTENCE.equals(kind) && doc.folded(cue).startsWith(SENTENCE_VERB))) {
            return false;
        }
        int k = beforeAdverbs(doc, cue - 1, Math.max(-1, cue - MAX_ADVERBS - 1));
        // as written, not folded: "à" is no "a"
        return k >= 0 && activeAuxiliaries.contains(doc.token(k).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The first token of the person the cue is said of: the nearest name before it, reached across an
     * apposition or a relative clause ("Viktor Bout, un trafiquant d'armes russe emprisonné", "Griner, qui a
     * été arrêtée", "X reste incarcéré", "Mgr X, évêque de Siuna, dans le nord du pays, était détenu") but not
     * across another verb ("Blinken décrivant ... des Américains détenus") or a "que" clause.
     */
    int personBefore(Doc doc, PersonTable persons, int cue, int start) {
        if (agreesWithPluralNounBefore(doc, persons, cue)) {
            return -1;
        }
        int floor = Math.max(start, cue - PERSON_WINDOW);
        Gender pronoun = Gender.UNKNOWN;
        boolean clauseOpensOnPronoun = false;
        for (int j = cue - 1; j >= floor; j--) {
            if (persons.personAt(j) != null) {
                if (pronoun.contradicts(persons.gender(persons.personAt(j)))) {
                    return -1; // "…, au plus fort de la révolution qui allait renverser le président X, elle avait passé"
                }
                int first = persons.nameStart(j, start);
                if (clauseOpensOnPronoun && nounComplement(doc, first)) {
                    return -1; // "venu couvrir la réélection contestée d'Alexandre X, il avait passé quinze jours"
                }
                if (kinOf(doc, first, start)) {
                    return headOfApposition(doc, persons, first, start);
                }
                // "Sean X, conseiller d'Aung San Suu Kyi, avait passé 650 jours en prison", "Leila X, l'une des
                // opposantes à Rodrigo Y, a passé": a complement in an apposition is not who is held, the name the
                // apposition follows is
                boolean complement = nounComplement(doc, first)
                        || afterPreposition(doc, first, start) && verblessSegment(doc, first, start);
                int head = complement ? headOfApposition(doc, persons, first, start) : -1;
                return head >= 0 ? head : first;
            }
            // a participle of a chain coordinated with the cue, whose subject stands before the chain's first verb
            boolean chained = chained(doc, persons, j, cue);
            // "En 2019, sous l'ancien président X, il avait passé six semaines à la prison": the pronoun is the subject
            if (cuts(doc, j, cue, chained) || subjectPronoun(doc.folded(j)) && frontedBefore(doc, j, start)) {
                return -1;
            }
            if (subjectPronoun(doc.folded(j)) && !PLURAL_PRONOUNS.contains(doc.folded(j))) {
                pronoun = Grammar.subjectPronoun(doc.folded(j));
                clauseOpensOnPronoun |= j > start && ",".equals(doc.folded(j - 1));
            }
            if (chained) {
                floor = Math.max(start, j - PERSON_WINDOW);
            }
            if (doc.folded(j).equals(",")) {
                if (closesSource(doc, j, start) || ownSubjectAfter(doc, j, cue)) {
                    return -1; // "Selon le centre Viasna, des centaines de prisonniers restent détenus"
                }
                int person = acrossAppositions(doc, persons, j, start);
                // "Laure, elle, s'inquiète pour sa mère, qui partage une cellule": the relative clause is the mother's
                if (person >= 0 && "qui".equals(doc.folded(j + 1)) && clauseBetween(doc, person, j)) {
                    return -1;
                }
                if (person >= 0) {
                    return person;
                }
            }
        }
        return -1;
    }

    /**
     * "Le frère de Tatsiana toujours en colonie", "mari de l'opposante en exil X": the name at {@code first}
     * completes a family noun and "de" earlier in its comma-separated segment, and is not who is held.
     */
    private static boolean kinOf(Doc doc, int first, int start) {
        for (int k = first - 2; k >= start && !",".equals(doc.folded(k)); k--) {
            if (Grammar.kinship(doc.folded(k)) != null && Grammar.deComplement(doc.folded(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, au lendemain du coup d'État qui avait renversé le président X, l'Australien avait été retenu": after the
     * comma at {@code comma}, the first before the cue, a noun phrase and a finite auxiliary are the cue's own
     * subject and verb; the name before the comma is in a fronted phrase. Not "X, un Français arrêté à Moscou", an
     * apposition.
     */
    private static boolean ownSubjectAfter(Doc doc, int comma, int cue) {
        if (comma + 1 >= cue || !Grammar.determiner(doc.folded(comma + 1))) {
            return false;
        }
        int k = comma + 2;
        while (k < cue && k <= comma + NOUN_PHRASE_WORDS && NOUN_PHRASE_POS.contains(doc.pos(k))) {
            k++;
        }
        // not "à", which folds to "a"
        return k > comma + 2 && k < cue && Grammar.finiteAuxiliary(doc.folded(k)) && !doc.token(k).hasPos("ADP");
    }

    /**
     * "conseiller d'X", "l'avocate de la famille X", "la réélection contestée d'X": the name at {@code first}
     * completes the noun before "de", maybe past the noun's adjectives and participles.
     */
    static boolean nounComplement(Doc doc, int first) {
        int de = first - 1;
        while (de > 0 && doc.token(de).hasPos("DET")) {
            de--;
        }
        int noun = de - 1;
        while (noun > 0 && ("ADJ".equals(doc.pos(noun)) || Grammar.pastParticiple(doc.token(noun).text()))
                && !doc.token(noun).isCapitalized()) {
            noun--;
        }
        return de > 0 && Grammar.deComplement(doc.folded(de)) && noun >= 0 && "NOUN".equals(doc.pos(noun));
    }

    /** Whether no verb stands between the name at {@code first} and the comma before it: an apposition, not a clause. */
    private static boolean verblessSegment(Doc doc, int first, int start) {
        for (int k = first - 1; k > start && !",".equals(doc.folded(k)); k--) {
            if (doc.isVerb(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "le blogueur X, mari de l'opposante Y, avait été libéré": the person whose apposition holds the relative's
     * name at {@code first}, or -1 when the name is in no apposition after a name.
     */
    private static int headOfApposition(Doc doc, PersonTable persons, int first, int start) {
        int comma = first - 1;
        while (comma > start && !",".equals(doc.folded(comma))) {
            comma--;
        }
        return comma > start && persons.hasPersonAt(comma - 1) ? persons.nameStart(comma - 1, start) : -1;
    }

    /** Whether the comma at {@code comma} closes a source opening the sentence ("Selon X,", "D'après le centre X,"). */
    private static boolean closesSource(Doc doc, int comma, int start) {
        int from = start;
        for (int k = comma - 1; k > start; k--) {
            if (",".equals(doc.folded(k))) {
                from = k + 1;
                break;
            }
        }
        return Grammar.sourcePrepositionEnd(doc.foldedTokens(), from) >= 0;
    }

    /**
     * "des quelque 2 000 Syriens incarcérés": a plural participle right after a plural noun qualifies that noun,
     * not a name further back ("la chute du régime de X, le dossier des … Syriens incarcérés"); but a noun phrase
     * in apposition to names stands for them ("A, B et C, trois Libanais arrêtés par l'armée").
     */
    private static boolean agreesWithPluralNounBefore(Doc doc, PersonTable persons, int cue) {
        // a cue opening on a preposition agrees with nothing ("trois jours dans une cellule")
        if (cue == 0 || !plural(doc.folded(cue)) || persons.hasPersonAt(cue - 1) || doc.token(cue).hasPos("ADP")) {
            return false;
        }
        String before = doc.folded(cue - 1);
        if (!(doc.token(cue - 1).hasPos("NOUN") || doc.token(cue - 1).hasPos("PROPN")) || !plural(before)) {
            return false;
        }
        int k = cue - 2;
        while (k > 0 && (doc.token(k).hasPos("ADJ") || doc.token(k).hasPos("NUM") || doc.token(k).hasPos("DET"))) {
            k--;
        }
        return !(k > 0 && ",".equals(doc.folded(k)) && persons.hasPersonAt(k - 1));
    }

    /**
     * "En 2019, sous l'ancien président X, il avait passé six semaines à la prison": a verbless phrase opening on a
     * preposition, or on a participle ("Arrêté en 2021 avec son fils X, il"), and set off by a comma before the
     * pronoun at {@code pronoun}. A name inside it is not what the pronoun stands for.
     */
    static boolean frontedBefore(Doc doc, int pronoun, int start) {
        boolean participle = Grammar.pastParticiple(doc.token(start).text()) && doc.token(start).isCapitalized();
        if (pronoun - 1 <= start || !",".equals(doc.folded(pronoun - 1)) || !(doc.token(start).hasPos("ADP") || participle)) {
            return false;
        }
        for (int k = participle ? start + 1 : start; k < pronoun - 1; k++) {
            if (doc.isVerb(k) || doc.quoted(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first token from {@code k} back that is no adverb, going no further back than {@code floor}. */
    static int beforeAdverbs(Doc doc, int k, int floor) {
        while (k > floor && doc.token(k).hasPos("ADV")) {
            k--;
        }
        return k;
    }

    /** "il", "elles": a subject pronoun before its verb, not one inverted after it ("X est-il détenu ?"). */
    private static boolean subjectPronoun(String folded) {
        return !folded.startsWith("-") && Grammar.subjectPronoun(folded) != null || PLURAL_PRONOUNS.contains(folded);
    }

    /** A word in the plural, by its ending: "détenus", "Syriens", "prisonniers". */
    static boolean plural(String folded) {
        return folded.length() > 3 && (folded.endsWith("s") || folded.endsWith("x"));
    }

    /** "A et B sont en détention": a verb of the third person plural between tokens {@code from} and {@code to}. */
    static boolean pluralVerbBetween(Doc doc, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = doc.folded(k);
            if (doc.isVerb(k) && !doc.quoted(k) && (w.equals("sont") || w.equals("ont") || w.length() > 4 && w.endsWith("ent"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X est rentré chez lui après quatorze mois de détention au Bélarus", "X a retrouvé sa sœur, Y, après
     * vingt-deux mois de détention": a cue after "après" and a length of time says how long the subject of the
     * clause was held; so does one after "après" and a possessive ("X a retrouvé sa famille, huit mois après son
     * arrestation à Cotonou"). Returns the first token of that clause's verb group, where its subject ends, or -1.
     */
    int durationClauseVerb(Doc doc, int cue, int start) {
        int after;
        if (cue - 2 >= start && durationUnits.contains(doc.folded(cue))) {
            after = cue - 2; // the cue opens on the length: "après deux ans de prison"
        } else if (cue - 3 >= start && List.of("de", "d'").contains(doc.folded(cue - 1))
                && durationUnits.contains(doc.folded(cue - 2))) {
            after = cue - 3;
        } else if (cue - 2 >= start && Grammar.possessive(doc.folded(cue - 1))) {
            after = cue - 2; // "huit mois après son arrestation": the possessor is the subject before
        } else {
            return -1;
        }
        while (after > start && cue - after < DURATION_REACH && !"apres".equals(doc.folded(after))) {
            if (doc.isVerb(after) || doc.token(after).isPunctuation()) {
                return -1;
            }
            after--;
        }
        if (!"apres".equals(doc.folded(after))) {
            return -1;
        }
        for (int j = after - 1; j > start && after - j <= CLAUSE_VERB_REACH; j--) {
            if (doc.quoted(j) || breaksApposition(doc, j, cue)) {
                return -1;
            }
            if (doc.isVerb(j)) {
                while (j - 1 > start && doc.inVerbGroup(j - 1)) {
                    j--;
                }
                return j;
            }
        }
        return -1;
    }

    /**
     * "X a été interpellé à la sortie du chai, en même temps que le maître de chai du domaine, Y", "X a été arrêté
     * ainsi que son frère Y": the first token of the person joined after the cue ({@code extract/alongside-phrases.txt}),
     * before any verb, or -1.
     */
    int heldAlongside(Doc doc, PersonTable persons, int cueEnd, int end) {
        List<String> words = doc.foldedTokens();
        for (int j = cueEnd; j < end && !doc.isVerb(j) && !doc.quoted(j); j++) {
            int phrase = alongside.lengthAt(words, j);
            if (phrase > 0 && j + phrase <= end) {
                for (int k = j + phrase; k < Math.min(end, j + phrase + PERSON_WINDOW); k++) {
                    if (persons.hasPersonAt(k)) {
                        return k;
                    }
                    if (doc.isVerb(k) || doc.quoted(k) || ";".equals(words.get(k)) || ":".equals(words.get(k))) {
                        return -1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * "A, 37 ans, logisticien, et B, 45 ans, coordinatrice, avaient été arrêtés", "A, grossiste, et son neveu B,
     * chauffeur, avaient été arrêtés": the person coordinated to
     * {@code person} across the appositions of that person, or -1.
     */
    int coordinatedAcrossAppositions(Doc doc, PersonTable persons, int person, int start) {
        // "A, 47 ans, et son matelot hondurien, B, sont en détention": B's noun phrase may set B off by a comma
        int j = person - 1 > start && ",".equals(doc.folded(person - 1)) ? person - 2 : person - 1;
        // "A, un grossiste de 52 ans, et son neveu B, chauffeur, avaient été arrêtés": over B's own noun phrase
        while (j > start && person - j <= COORDINATED_NOUN_PHRASE && !isConjunction(doc, j)
                && !doc.token(j).isPunctuation() && !doc.isVerb(j) && !persons.hasPersonAt(j)) {
            j--;
        }
        if (j - 1 <= start || !isConjunction(doc, j)) {
            return -1;
        }
        if (persons.hasPersonAt(j - 1)) {
            return persons.nameStart(j - 1, start); // "le Britannique A et sa femme, B, arrêtés en février"
        }
        return ",".equals(doc.folded(j - 1)) ? acrossAppositions(doc, persons, j - 1, start) : -1;
    }

    /**
     * The person before a chain of comma-enclosed appositions ending at {@code comma}: each apposition may hold
     * participles and relative clauses ("un ancien militaire reconverti dans le tourisme"), but no person, quote
     * or "que". The person must not be the object of a preposition ("la libération de X, ...").
     */
    private int acrossAppositions(Doc doc, PersonTable persons, int comma, int start) {
        int close = comma;
        for (int hop = 0; hop < MAX_APPOSITIONS; hop++) {
            int open = close - 1;
            while (open > start && !doc.folded(open).equals(",") && close - open < APPOSITION_WINDOW) {
                if (breaksApposition(doc, open, comma)) {
                    return -1;
                }
                open--;
            }
            if (open <= start || !doc.folded(open).equals(",") || namedOutsideRelative(doc, persons, open, close)) {
                return -1;
            }
            if (persons.hasPersonAt(open - 1)) {
                int first = persons.nameStart(open - 1, start);
                return isPrepositionObject(doc, first) && !caseOf(doc, first) ? -1 : first;
            }
            close = open;
        }
        return -1;
    }

    /**
     * Whether a clause of its own stands between the person at {@code person} and the comma at {@code comma}: a verb
     * after a subject or reflexive pronoun, or a finite auxiliary, outside the relative clauses of the appositions
     * between them. A relative clause after that comma then completes a noun of that clause, not the person.
     */
    private static boolean clauseBetween(Doc doc, int person, int comma) {
        boolean relative = false;
        for (int k = person + 1; k < comma; k++) {
            String w = doc.folded(k);
            if (",".equals(w)) {
                relative = false;
            } else if ("qui".equals(w) || Grammar.clauseOpener(doc.token(k).text())) {
                relative = true;
            } else if (!relative && doc.isVerb(k) && (Grammar.finiteAuxiliary(w)
                    || Grammar.reflexive(doc.folded(k - 1)) || Grammar.subjectPronoun(doc.folded(k - 1)) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the apposition between commas {@code open} and {@code close} names a person before any relative
     * clause: in "X, le fixeur qui accompagnait Y, est détenu" Y is the relative clause's object, not an apposition.
     */
    private static boolean namedOutsideRelative(Doc doc, PersonTable persons, int open, int close) {
        for (int k = open + 1; k < close && !"qui".equals(doc.folded(k)); k++) {
            if (persons.hasPersonAt(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person the cue was tied to and those coordinated before it: "Brittney Griner et du consultant en
     * sécurité Paul Whelan d'une prison russe" holds both; "le prêtre A, l'ancienne députée B et l'économiste C"
     * all three.
     */
    static List<Integer> coordinated(Doc doc, PersonTable persons, int person, int start) {
        List<Integer> all = new ArrayList<>(List.of(person));
        int j = person - 1;
        int limit = Math.max(start, person - PERSON_WINDOW);
        while (j >= limit && !isConjunction(doc, j) && !persons.hasPersonAt(j) && !doc.token(j).isPunctuation()
                && !"AUX".equals(doc.pos(j))) {
            j--;
        }
        if (j < limit || !isConjunction(doc, j)) {
            return all;
        }
        int other = -1;
        for (j--; j >= limit && !"VERB".equals(doc.pos(j)) && !doc.token(j).isPunctuation(); j--) {
            if (persons.hasPersonAt(j) && !persons.personAt(j).equals(persons.personAt(person))) {
                other = persons.nameStart(j, start);
                break;
            }
        }
        while (other >= 0) {
            all.add(other);
            other = listedBefore(doc, persons, other, start, all);
        }
        return all;
    }

    /** In "A, l'ancienne députée B et C": the person before B's comma, over B's role words, or -1. */
    private static int listedBefore(Doc doc, PersonTable persons, int person, int start, List<Integer> known) {
        int j = person - 1;
        while (j > start && !doc.token(j).isPunctuation() && !persons.hasPersonAt(j) && !"VERB".equals(doc.pos(j))
                && person - j <= 4) {
            j--;
        }
        if (j <= start || !doc.folded(j).equals(",") || !persons.hasPersonAt(j - 1)) {
            return -1;
        }
        int first = persons.nameStart(j - 1, start);
        boolean seen = known.stream().anyMatch(k -> persons.personAt(k).equals(persons.personAt(first)));
        return seen ? -1 : first;
    }

    /** The persons a release or an arrest noun is about: "libérer la basketteuse X et l'ex-soldat Y", "l'arrestation de X". */
    static List<Integer> namedAfter(Doc doc, PersonTable persons, int from, int end) {
        List<Integer> released = new ArrayList<>();
        int j = from;
        // not past "par", whose persons are the agents ("libérés mardi par le régime de X")
        while (j < Math.min(end, from + PERSON_WINDOW) && !"VERB".equals(doc.pos(j)) && !doc.token(j).isPunctuation()
                && !"par".equals(doc.folded(j))) {
            if (persons.hasPersonAt(j)) {
                released.add(j);
                j = persons.nameEnd(j, end);
                if (j >= end || !isConjunction(doc, j)) {
                    break;
                }
            }
            j++;
        }
        return released;
    }

    /**
     * The persons an active cue's object names, up to a preposition: "ont arrêté le journaliste X et son fixeur Y",
     * "a condamné A, B et C à quinze ans", not "a interpellé le gouvernement sur le sort de X". Names joined by
     * commas are a list only when a conjunction closes it.
     */
    static List<Integer> objectAfter(Doc doc, PersonTable persons, int from, int end) {
        int stop = from;
        while (stop < end && !doc.token(stop).hasPos("ADP")
                && !(doc.token(stop).isPunctuation() && !",".equals(doc.folded(stop)))) {
            stop++;
        }
        List<Integer> listed = listedAfter(doc, persons, from, stop);
        if (listed.size() < 2) {
            return listed;
        }
        for (int k = listed.get(0); k < listed.get(listed.size() - 1); k++) {
            if (isConjunction(doc, k)) {
                return listed;
            }
        }
        return listed.subList(0, 1);
    }

    /** The persons of a list after {@code from}: "X, Y et Z", "le journaliste X et l'ancien marine Y". */
    static List<Integer> listedAfter(Doc doc, PersonTable persons, int from, int end) {
        List<Integer> listed = new ArrayList<>();
        int j = from;
        int reach = from + PERSON_WINDOW;
        while (j < Math.min(end, reach) && !doc.isVerb(j)) {
            if (persons.hasPersonAt(j)) {
                listed.add(j);
                j = persons.nameEnd(j, end);
                if (j >= end || !(isConjunction(doc, j) || ",".equals(doc.folded(j)))) {
                    break;
                }
                reach = j + PERSON_WINDOW;
            } else if (doc.token(j).isPunctuation() && !",".equals(doc.folded(j))) {
                break;
            }
            j++;
        }
        return listed;
    }

    /**
     * "Détenu depuis un an en Iran, le Français Benjamin X a été condamné": a cue opening its sentence, or the clause
     * after a colon ("X fait figure d'exception : détenu pendant vingt ans à Saydnaya, il avait été libéré").
     */
    static boolean opensSentence(Doc doc, int cue, int start) {
        if (cue - 1 > start && ":".equals(doc.folded(cue - 1))) {
            return true;
        }
        for (int j = afterKicker(doc, start, cue); j < cue; j++) {
            // "Ensuite transféré à X, Y …", "D'abord incarcéré à X, Y …": an adverb may come first
            boolean adverb = "ADV".equals(doc.pos(j)) || "abord".equals(doc.folded(j))
                    || "d'".equals(doc.folded(j)) && "abord".equals(doc.folded(j + 1));
            if (!doc.token(j).isPunctuation() && !adverb) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Un étudiant albanais arrêté avec eux, X, a été remis en liberté": a cue right after a noun phrase that opens
     * the sentence with an article, whose person the apposition after the participial phrase names.
     */
    static boolean afterOpeningNounPhrase(Doc doc, int cue, int start) {
        if (cue - start < 2 || !(Grammar.indefiniteArticle(doc.folded(start)) || Grammar.definiteArticle(doc.folded(start)))) {
            return false;
        }
        for (int j = start + 1; j < cue; j++) {
            if (!"NOUN".equals(doc.pos(j)) && !"ADJ".equals(doc.pos(j)) || doc.quoted(j)) {
                return false;
            }
        }
        return true;
    }

    /** "Un étudiant arrêté avec eux, X, a été": the person right after the comma that closes the participial phrase. */
    static int appositionAfterOpening(Doc doc, PersonTable persons, int cueEnd, int end) {
        for (int j = cueEnd; j + 1 < end && !doc.quoted(j) && !doc.isVerb(j); j++) {
            if (",".equals(doc.folded(j))) {
                return persons.hasPersonAt(j + 1) ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** "RÉCIT - Arrêtés en novembre …": where the sentence proper starts after a kicker in capitals and a dash. */
    private static int afterKicker(Doc doc, int start, int cue) {
        int j = start;
        while (j < cue && inCapitals(doc.token(j).text())) {
            j++;
        }
        return j > start && j < cue && Grammar.dash(doc.token(j).text()) ? j + 1 : start;
    }

    private static boolean inCapitals(String word) {
        return word.length() > 1 && word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().noneMatch(Character::isLowerCase);
    }

    /** How many words may stand between "Après" opening the sentence and the cue ("Après trois ans et demi de"). */
    private static final int OPENING_LENGTH_WORDS = 6;

    /**
     * "Après quatorze mois de détention en Ouganda, X est rentré", "Après quatre mois passés à la prison civile de
     * Y, X a été remis": a cue after "après" and a length of time that open the sentence, whose subject comes
     * after it.
     */
    boolean afterOpeningLength(Doc doc, int cue, int start) {
        if (!"apres".equals(doc.folded(start)) || cue - start > OPENING_LENGTH_WORDS) {
            return false;
        }
        for (int j = start + 1; j < cue; j++) {
            if (doc.isVerb(j) && !copulas.contains(doc.folded(j)) || doc.token(j).isPunctuation() || doc.quoted(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "la peine dont a écopé jeudi X", "la prison où est également détenu X": a cue after a relative pronoun
     * (auxiliaries and adverbs between) has its subject after it.
     */
    static boolean afterRelativePronoun(Doc doc, int cue, int start) {
        int j = cue - 1;
        while (j > start && ("AUX".equals(doc.pos(j)) || "ADV".equals(doc.pos(j)))) {
            j--; // "où est également détenu X"
        }
        return j >= start && j < cue - 1 && RELATIVE_PRONOUNS.contains(doc.folded(j));
    }

    /**
     * The first person named after the participial phrase that opens the sentence; not one the phrase names after a
     * preposition ("Arrêté en 2021 avec son fils X, il avait été condamné": the son is held alongside).
     */
    static int subjectAfter(Doc doc, PersonTable persons, int cueEnd, int end) {
        for (int j = cueEnd; j < end; j++) {
            if (persons.hasPersonAt(j) && afterPreposition(doc, j, cueEnd)) {
                j = persons.nameEnd(j, end) - 1;
                continue;
            }
            if (persons.hasPersonAt(j)) {
                return j;
            }
            if ("VERB".equals(doc.pos(j)) || doc.quoted(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the name at {@code first} follows a preposition, past a family noun and its determiner ("avec son fils"). */
    private static boolean afterPreposition(Doc doc, int first, int floor) {
        int k = doc.beforeTitles(first, floor);
        if (k > floor && Grammar.kinship(doc.folded(k)) != null && Grammar.determiner(doc.folded(k - 1))) {
            k -= 2;
        }
        return k >= floor && Grammar.preposition(doc, k);
    }

    /**
     * "Arrêté le 11 mars par la police, il était soupçonné": where the subject pronoun after the comma that closes
     * a participial phrase opening the sentence ends, the phrase holding no verb of its own.
     */
    static OptionalInt pronounAfterOpening(Doc doc, int cueEnd, int end) {
        // over the commas inside the phrase ("Placés en garde à vue, puis en détention à X, ils"), up to a verb
        for (int j = cueEnd; j + 1 < end && !doc.quoted(j) && !doc.isVerb(j); j++) {
            String w = doc.folded(j + 1);
            if (",".equals(doc.folded(j)) && (Grammar.subjectPronoun(w) != null || PLURAL_PRONOUNS.contains(w))) {
                return OptionalInt.of(j + 2);
            }
            if (",".equals(doc.folded(j)) && Grammar.definiteArticle(w) && j + 2 < end && doc.token(j + 2).isCapitalized()
                    && Grammar.demonymGender(doc.folded(j + 2)) != null) {
                return OptionalInt.of(j + 3); // ", le Franco-Colombien avait été accusé"
            }
        }
        return OptionalInt.empty();
    }

    /** A description standing as a clause's subject: its article and the verb that follows it. */
    record Description(int article, int verb) {
    }

    /**
     * "Arrêté le 29 juillet dans le hall de l'hôtel, à la veille de son départ, l'entrepreneur était accusé": a
     * singular definite noun phrase headed by a person noun or a role right after a comma that closes a participial
     * phrase opening the sentence, up to its finite verb, with no comma in it.
     */
    static Optional<Description> descriptionAfterOpening(Doc doc, int cueEnd, int end) {
        for (int j = cueEnd; j + 2 < end && !doc.quoted(j) && !doc.isVerb(j); j++) {
            if (!",".equals(doc.folded(j)) || !List.of("le", "la", "l'").contains(doc.folded(j + 1))) {
                continue;
            }
            int head = personHead(doc, j + 2, end - 1); // "l'entrepreneur", "le jeune homme"
            if (head < 0) {
                return Optional.empty();
            }
            for (int k = head + 1; k < end && !doc.token(k).isPunctuation() && !doc.quoted(k); k++) {
                if (doc.isVerb(k)) {
                    // not a participle qualifying the noun ("le secrétaire d'État chargé des Sénégalais de l'extérieur")
                    return Grammar.pastParticiple(doc.token(k).text()) ? Optional.empty() : Optional.of(new Description(j + 1, k));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "Gracié par le sultan d'Oman, le skipper X retrouve la France": the first person after the comma that closes
     * the phrase opening the sentence, not a name inside it ("Libérée par la Russie en échange de Y, X a atterri");
     * -1 when there is none.
     */
    static int subjectAfterComma(Doc doc, PersonTable persons, int cueEnd, int end) {
        for (int j = cueEnd; j < end; j++) {
            if (",".equals(doc.folded(j)) && !doc.quoted(j)) {
                return subjectAfter(doc, persons, j + 1, end);
            }
        }
        return -1;
    }

    /**
     * "Arrêté à Prague sur la foi d'une notice émise par le Bélarus, le journaliste X a passé …": the subject after
     * the comma that closes a participial phrase opening the sentence, past the verbs inside the phrase.
     */
    static int subjectAfterOpening(Doc doc, PersonTable persons, int cueEnd, int end) {
        int found = subjectAfter(doc, persons, cueEnd, end);
        if (found >= 0) {
            return found;
        }
        for (int j = cueEnd; j < end; j++) {
            if (!doc.quoted(j) && ",".equals(doc.folded(j))) {
                return subjectAfter(doc, persons, j + 1, end);
            }
        }
        return -1;
    }

    /** A word that may stand between a subject and its cue ({@code extract/subject-cue-fillers.txt}). */
    boolean filler(String folded) {
        return between.contains(folded);
    }

    /** Whether token {@code j} cuts the cue from a subject before it: another verb, a quotation's edge, "que", ":". */
    boolean breaksSubject(Doc doc, PersonTable persons, int j, int cue) {
        return cuts(doc, j, cue, chained(doc, persons, j, cue));
    }

    /** {@link #breaksSubject}, whether the verb at {@code j} is {@code chained} to the cue given. */
    private boolean cuts(Doc doc, int j, int cue, boolean chained) {
        String w = doc.folded(j);
        // the participle of a placement is not another verb: "a été placé la semaine dernière en détention"
        boolean verb = "VERB".equals(doc.pos(j)) && !INFINITIVE_AUXILIARIES.contains(doc.folded(j + 1))
                && !copulas.contains(w) && !reflexiveCopula(doc, j) && !between.contains(w)
                && !(moves.contains(w) && (cue - j <= MOVE_REACH || movedFor(doc, cue) == j))
                && !(stays.contains(w) && placeOfDetention(doc, cue)) && !chained && !roleTaggedVerb(doc, j);
        return verb || doc.quoted(j) != doc.quoted(cue) || breaksApposition(doc, j, cue);
    }

    /**
     * "Markus X, consultant libéré en 2023": a role the tagger read as a present participle, after a comma or a
     * determiner, is the noun of an apposition.
     */
    private static boolean roleTaggedVerb(Doc doc, int j) {
        return j > 0 && (",".equals(doc.folded(j - 1)) || Grammar.determiner(doc.folded(j - 1))) && personNoun(doc.foldedTokens(), j);
    }

    /** Whether the verb at {@code j}, or the one its infinitive depends on, is coordinated with the cue. */
    private boolean chained(Doc doc, PersonTable persons, int j, int cue) {
        return "VERB".equals(doc.pos(j)) && coordinatedParticiples(doc, persons, governing(doc, j), cue);
    }

    /** "se trouve toujours en détention", "s'est retrouvée en prison": "se trouver" links its subject as "être" does. */
    private boolean reflexiveCopula(Doc doc, int j) {
        int pronoun = j > 0 && doc.token(j - 1).hasPos("AUX") ? j - 2 : j - 1;
        return reflexiveCopulas.contains(doc.folded(j)) && pronoun >= 0 && Grammar.reflexive(doc.folded(pronoun));
    }

    /**
     * "arrêté en Mauritanie, avait été remis aux autorités sénégalaises et brièvement détenu à Dakar", "n'a pas
     * bénéficié de la mesure et se trouve toujours en détention", "a été frappé d'une interdiction de quitter le
     * territoire, puis arrêté en mai et incarcéré à Doha", "X, arrêté au Cap-Vert puis emprisonné aux États-Unis":
     * whether the verb at {@code j} is one of a chain of participles coordinated with the cue by "et" or "puis"
     * (maybe after a comma), whose first follows an auxiliary or a comma after a name. Those share the cue's
     * subject. In each link no other verb but an infinitive, and no punctuation.
     */
    private boolean coordinatedParticiples(Doc doc, PersonTable persons, int j, int cue) {
        boolean inChain = false;
        int link = cue;
        for (int hop = 0; hop < MAX_COORDINATED; hop++) {
            int verb = coordinatedBefore(doc, link);
            if (verb < 0) {
                return false;
            }
            inChain |= verb == j;
            int before = beforeAdverbs(doc, verb - 1, 0); // "n'a pas bénéficié"
            if (before < 0 || verb < j) {
                return false;
            }
            boolean head = doc.token(before).hasPos("AUX")
                    || before > 0 && ",".equals(doc.folded(before)) && persons.hasPersonAt(before - 1);
            if (head) {
                return inChain;
            }
            link = verb;
        }
        return false;
    }

    /**
     * The participle that "et" or "puis" before the verb or cue at {@code link} coordinates it with, past the words
     * of its own verb group ("et se trouve toujours en"), or -1.
     */
    private int coordinatedBefore(Doc doc, int link) {
        int conjunction = link - 1;
        while (conjunction > 0 && (doc.token(conjunction).hasPos("ADV") || doc.token(conjunction).hasPos("AUX")
                || between.contains(doc.folded(conjunction)) || copulas.contains(doc.folded(conjunction))
                || reflexiveCopula(doc, conjunction) || Grammar.reflexive(doc.folded(conjunction)))) {
            conjunction--;
        }
        if (conjunction <= 0 || !COORDINATORS.contains(doc.folded(conjunction))) {
            return -1;
        }
        int k = ",".equals(doc.folded(conjunction - 1)) ? conjunction - 2 : conjunction - 1;
        for (; k >= 0 && !doc.token(k).isPunctuation(); k--) {
            if (doc.isVerb(k) && !(k > 0 && INFINITIVE_MARKERS.contains(doc.folded(k - 1)))) {
                return k;
            }
        }
        return -1;
    }

    /** The verb an infinitive at {@code j} depends on ("frappé d'une interdiction de quitter"), else {@code j}. */
    private static int governing(Doc doc, int j) {
        if (j == 0 || !INFINITIVE_MARKERS.contains(doc.folded(j - 1))) {
            return j;
        }
        for (int k = j - 2; k >= 0 && !doc.token(k).isPunctuation(); k--) {
            if (doc.isVerb(k)) {
                return k;
            }
        }
        return j;
    }

    /** "prison", "geôle", "centre de détention": whether the cue at {@code cue} names a place of detention. */
    private static boolean placeOfDetention(Doc doc, int cue) {
        return Lexicon.get().detentionCues().longestAt(doc.foldedTokens(), cue)
                .filter(m -> PLACE_KINDS.contains(m.value())).isPresent();
    }

    /**
     * "transféré au Royaume-Uni pour y purger la fin de sa peine": the participle of the move whose purpose is the
     * cue, after "pour (y)" with no other verb and no punctuation but commas between, or -1. Its subject is the
     * person held, and where it leads is where.
     */
    int movedFor(Doc doc, int cue) {
        int pour = cue > 0 && "y".equals(doc.folded(cue - 1)) ? cue - 2 : cue - 1;
        if (pour < 1 || !"pour".equals(doc.folded(pour))) {
            return -1;
        }
        for (int j = pour - 1; j >= Math.max(0, pour - PURPOSE_REACH); j--) {
            if (moves.contains(doc.folded(j))) {
                return j;
            }
            // "transféré à la prison de Wandsworth, à Londres, pour y finir sa peine"
            if ("VERB".equals(doc.pos(j)) || doc.token(j).isPunctuation() && !",".equals(doc.folded(j))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean breaksApposition(Doc doc, int j, int cue) {
        String w = doc.folded(j);
        return doc.quoted(j) != doc.quoted(cue) || Grammar.que(w) || w.equals(":") || w.equals(";");
    }

    /** "de X", "de la X": a preposition just before the name, over an article. */
    static boolean isPrepositionObject(Doc doc, int first) {
        int before = "DET".equals(doc.pos(first - 1)) ? first - 2 : first - 1;
        return "ADP".equals(doc.pos(before));
    }

    /** "rappelle celui d'Ahmadreza X, …, toujours détenu": the person whose case a demonstrative pronoun stands for. */
    private static boolean caseOf(Doc doc, int first) {
        return first >= 2 && Grammar.deComplement(doc.folded(first - 1)) && CASE_PRONOUNS.contains(doc.folded(first - 2));
    }

    private static boolean isConjunction(Doc doc, int j) {
        return "et".equals(doc.folded(j)) || "ainsi".equals(doc.folded(j));
    }
}
