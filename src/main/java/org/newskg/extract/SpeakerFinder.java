package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.SpeechVerb;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.RolePhrase;
import org.newskg.mention.RolePhrases;
import org.newskg.mention.WordList;

/**
 * Finds who speaks through a speech verb: the subject before it ("M. Lavrov a déclaré"), the inverted
 * subject after it ("a déclaré Adrienne Watson", "a-t-il ajouté") or the source of "selon X". It finds where
 * the subject noun phrase is; {@link SpeakerPhrase} reads whom it names, and a document it names ("un communiqué
 * du ministère russe des Affaires étrangères") gives the words to whoever issued it. A subject it cannot read
 * is an unnamed source, never the nearest name.
 */
final class SpeakerFinder {

    private static final int NP_LIMIT = 12;
    /** How sure the subject of a governing speech verb must be for a pronoun in its "que" clause to be it. */
    private static final double GOVERNING_CONFIDENCE = 0.75;
    /** How far before a quotation inside a quotation its speech verb may stand ("elle a simplement répondu :"). */
    private static final int NESTED_REACH = 4;
    /** Words of a date opening a sentence: "Le 26 mai 2025,", "Mardi soir,". */
    private static final int DATE_LENGTH = 5;
    /** How many words a detached adjective or participle opening the sentence may have, adverbs included. */
    private static final int DETACHED_LENGTH = 3;
    /** How long a second fronted prepositional phrase may be, up to its comma. */
    private static final int ADJUNCT_LENGTH = 16;
    private static final Set<String> DETACHED_POS = Set.of("ADV", "ADJ", "VERB");
    /** Salience id of a role subject the article never tied to a name. */
    static final String UNRESOLVED = "?";
    /** The end of the rule of an anonymous source: a noun of {@code unnamed-source-nouns.txt} as subject. */
    static final String UNNAMED_SOURCE = "+unnamed";
    /** The end of the rule of a role as subject that the article ties to no name ("un haut fonctionnaire"). */
    static final String UNRESOLVED_ROLE = "+role-unresolved";
    /** The ending of the rules that take a description for the person most put forward, a guess. */
    static final String SALIENT = "-salient";

    /** Whether {@code a} names who spoke, though not by name: an anonymous source or an unnamed role holder. */
    static boolean unnamedSource(Attribution a) {
        return a.rule().endsWith(UNNAMED_SOURCE) || a.rule().endsWith(UNRESOLVED_ROLE);
    }
    /** The prepositions of a place where "on" speaks for the organisation there ("Au Quai d'Orsay, on assure"). */
    private static final Set<String> ORGANIZATION_PLACES = Set.of("a", "au", "aux", "chez");
    /** "peut-on lire", "pouvait-on lire": a modal before "on" and "lire". */
    private static final Set<String> READING_MODALS = Set.of("peut", "pouvait", "pourra");
    private static final String PARTICIPLE = "participle";
    /** Tenses whose forms no noun or adjective shares ("accusait", "dira"): verbs whatever the tagger read. */
    private static final Set<String> ONLY_VERB_TENSES = Set.of("imperfect", "future", "conditional");
    private static final WordList DOCUMENT_NOUNS = WordList.load("extract/document-nouns.txt");
    private static final WordList SPEECH_ASIDES = WordList.load("extract/speech-asides.txt");
    /** How many words an aside between a speech verb and its "que" may have ("quant à lui"). */
    private static final int MAX_ASIDE = 3;
    /** How many sentences back the document a quotation is read from may be mentioned. */
    private static final int DOCUMENT_SENTENCES = 2;
    /** The preposition of an infinitive of purpose ("pour demander"). */
    private static final String PURPOSE = "pour";
    /** "on" after a speech verb: "dit-on", "indique-t-on". */
    private static final Set<String> INVERTED_ON = Set.of("-on", "-t-on");
    /** "celui qui", "celle qui": a demonstrative pronoun with its relative clause, for a person. */
    private static final Map<String, Gender> RELATIVE_DEMONSTRATIVES = Map.of("celui", Gender.MASCULINE, "celle", Gender.FEMININE);

    private final Lexicon lex;
    private final RolePhrases roles;
    private final Doc doc;
    private final PersonTable persons;
    private final Salience salience;
    private final Referents referents;
    private final OrganizationReference organizations;
    private final RoleReference roleReference;
    private final SpeakerPhrase phrases;

    /**
     * @param held the persons the article's detentions hold, whom "le détenu" or "l'otage" may stand for; asked
     *             only then
     */
    SpeakerFinder(Lexicon lex, RolePhrases roles, Doc doc, PersonTable persons, Salience salience,
                  Iterable<RoleFact> roleFacts, Supplier<Set<String>> held) {
        this.lex = lex;
        this.roles = roles;
        this.doc = doc;
        this.persons = persons;
        this.salience = salience;
        this.referents = new Referents(doc, persons, salience);
        this.organizations = new OrganizationReference(lex, doc, persons);
        List<RoleFact> given = new ArrayList<>();
        roleFacts.forEach(given::add);
        given.sort(Comparator.comparingInt(r -> r.evidence().start()));
        this.roleReference = new RoleReference(lex, roles, doc, persons, salience, referents, List.copyOf(given));
        this.phrases = new SpeakerPhrase(lex, roles, doc, persons, salience, referents, organizations, roleReference, held);
    }

    /** A finite speech verb or past participle outside quotations ("déclaré", "ajoute", "dit"). */
    boolean isSpeechVerb(int i) {
        return !doc.quoted(i) && (isSpeechVerbForm(i) || isSpeechPhrase(i));
    }

    /** The infinitive of a light-verb speech phrase: "valoir" in "a fait valoir", "tomber" in "a laissé tomber". */
    boolean isSpeechPhrase(int i) {
        return i > 0 && i < doc.size() && !doc.quoted(i) && Grammar.speechPhrase(doc.folded(i - 1), doc.folded(i));
    }

    /** A finite speech verb or past participle, inside quotation marks or not. */
    boolean isSpeechVerbForm(int i) {
        Optional<SpeechVerb> verb = lex.speechVerbs().form(doc.token(i).text());
        if (verb.isEmpty() || i > 0 && Grammar.reflexive(doc.folded(i - 1)) && verb.get().lemma().equals("appeler")) {
            return false; // "il s'appelle X" names him; "appeler à" calls for something
        }
        String pos = doc.pos(i);
        String next = doc.folded(i + 1);
        // "X juge que ...": a form the tagger read as a noun is the verb when a "que" follows it, after an aside
        // too ("L'agence Anadolu rapporte de son côté que …")
        // "a souri X": a participle after its auxiliary is a verb whatever the tagger read ("souri" as a determiner)
        boolean afterAuxiliary = i > 0 && "AUX".equals(doc.pos(i - 1))
                && ("NOUN".equals(pos) || "ADJ".equals(pos) || PARTICIPLE.equals(verb.get().tense()));
        return "VERB".equals(pos) || afterAuxiliary
                || Grammar.que(next) || queAfterAside(i + 1) || ONLY_VERB_TENSES.contains(verb.get().tense());
    }

    /** Whether a "que" follows the short aside that starts at token {@code k} ("de son côté", "pour sa part"). */
    private boolean queAfterAside(int k) {
        for (int j = k; j < Math.min(doc.size(), k + MAX_ASIDE + 1); j++) {
            if (Grammar.que(doc.folded(j))) {
                return j > k;
            }
            if (!SPEECH_ASIDES.contains(doc.folded(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "», sourit Maëlle Le Goff": a speech verb form opening the incise right after a quotation is the verb,
     * whatever the tagger read it as (it reads some forms as nouns before an unknown name).
     */
    boolean isInciseVerb(int i) {
        return !doc.quoted(i) && (isSpeechVerbWord(i) || isSpeechPhrase(i));
    }

    /** A form of a speech verb, whatever the tagger read it as, inside quotation marks or not. */
    boolean isSpeechVerbWord(int i) {
        return lex.speechVerbs().form(doc.token(i).text()).isPresent();
    }

    /** A present participle of a speech verb ("affirmant", "ajoutant"), whose subject is the sentence's. */
    boolean isSpeechParticiple(int i) {
        String w = doc.folded(i);
        return !doc.quoted(i) && w.length() > 5 && w.endsWith("ant")
                && lex.speechVerbs().form(w.substring(0, w.length() - 3) + "é").isPresent();
    }

    /** "Lui dit vouloir « … »": "Lui" opening its sentence is its subject, not a clitic of the verb. */
    private boolean stressedSubject(int j, int start) {
        return j == start && doc.token(j).isCapitalized() && Grammar.stressedPronoun(doc.folded(j)) != null;
    }

    /**
     * The subject of the speech verb at {@code v}, written before it; none for a passive verb ("elle est
     * accusée d'avoir « ... »"), whose subject is what was spoken of.
     */
    Optional<Attribution> subjectBefore(int v) {
        int start = doc.sentenceStart(doc.sentenceOf(v));
        if (v - 1 > start && PURPOSE.equals(doc.folded(v - 1))) {
            // "X a écrit au ministre, Y, pour demander « … »": the infinitive of purpose has the main verb's subject
            for (int k = v - 2; k > start && !doc.quoted(k); k--) {
                if ("VERB".equals(doc.pos(k)) && Grammar.finiteAuxiliary(doc.folded(k - 1))) {
                    return subjectBefore(k);
                }
            }
        }
        int j = isSpeechPhrase(v) ? v - 2 : v - 1;
        boolean etre = false;
        boolean reflexive = false;
        while (j >= start && !doc.quoted(j) && doc.inVerbGroup(j) && !stressedSubject(j, start)) {
            etre |= Grammar.passiveAuxiliary(doc.folded(j));
            reflexive |= Grammar.reflexive(doc.folded(j));
            j--;
        }
        if ((etre && !reflexive) || j < start || doc.quoted(j)) {
            return Optional.empty();
        }
        if (j == v - 1 && "et".equals(doc.folded(j)) && Grammar.pastParticiple(doc.token(v).text())) {
            // "X a indiqué avoir évoqué le dossier avec Y, et affirmé que": a past participle coordinated with no
            // auxiliary of its own shares the subject of the sentence's first participle that has one (the main
            // clause's, not one in a "que" clause: "a affirmé que la justice avait statué … et rejeté"), not the
            // name just before it
            for (int k = start + 1; k < j; k++) {
                if (!doc.quoted(k) && "VERB".equals(doc.pos(k)) && Grammar.finiteAuxiliary(doc.folded(k - 1))) {
                    return subjectBefore(k);
                }
            }
        }
        String person = persons.personAt(j);
        if (person != null && !titledComplement(j, start) && !nounComplement(j, start)) {
            return Optional.of(new Attribution(Speaker.person(person), "speaker:subject-before", 0.9));
        }
        Gender pronoun = stressedSubject(j, start) ? Grammar.stressedPronoun(doc.folded(j)) : Grammar.subjectPronoun(doc.folded(j));
        Optional<Attribution> governing = pronoun != null ? governingSubject(j, start, pronoun) : Optional.empty();
        if (governing.isPresent()) {
            return governing;
        }
        if (pronoun != null) {
            int s = doc.sentenceOf(j);
            Optional<Attribution> organization = j == afterFrontedAdjunct(s) && s > 0
                    ? organizationSubject(s - 1, pronoun, "speaker:pronoun-before") : Optional.empty();
            return organization.or(() -> referents.resolvePronoun(pronoun, "speaker:pronoun-before"));
        }
        if ("on".equals(doc.folded(j))) {
            Optional<Attribution> place = organizationAt(start, "speaker:subject-before+on");
            if (place.isPresent()) {
                return place;
            }
        }
        if (j > start && "qui".equals(doc.folded(j)) && ",".equals(doc.folded(j - 1))) {
            // "L'avocat a saisi l'ambassade de France, qui dit avoir « … »": the organisation the relative
            // pronoun of the speech verb takes up, object of the verb before it
            int comma = j - 1;
            Optional<Attribution> antecedent = antecedentOrganization(comma, start).or(() -> describedAntecedent(comma, start));
            if (antecedent.isPresent()) {
                return antecedent;
            }
        }
        int clause = clauseStart(j, start);
        int relative = relativeAside(clause, j);
        if (relative >= 0) {
            // "X, qui s'était entretenu avec son homologue, Y, a salué": the relative clause set off by commas is
            // an aside, names in it too; its antecedent is the subject
            j = relative - 2;
            String antecedent = persons.personAt(j);
            if (antecedent != null) {
                return Optional.of(new Attribution(Speaker.person(antecedent), "speaker:subject-before+relative", 0.85));
            }
        }
        // Right to left over comma-separated segments: skip appositions that open with a participle or a
        // preposition ("s'exprimant sous couvert d'anonymat"); the first one that opens like a noun phrase
        // is the subject.
        int segmentEnd = j + 1;
        for (int k = j; k >= clause; k--) {
            if (k == clause || ",".equals(doc.folded(k))) {
                int from = ",".equals(doc.folded(k)) ? k + 1 : k;
                if (from + 1 < segmentEnd && "CCONJ".equals(doc.pos(from))) {
                    from++; // "X est venu, et le ministère a fait état de « … »": the conjunction opens a clause
                }
                // "Manon, sa sœur, infirmière à Compiègne, a …": a noun with no determiner after a comma is in apposition
                boolean bareNoun = k > clause && "NOUN".equals(doc.pos(from)) && !doc.token(from).isCapitalized();
                // "Clémence X, elle, a promis": the pronoun set off by commas takes up the subject before it
                boolean resumptive = k > clause && segmentEnd == from + 1 && Grammar.subjectPronoun(doc.folded(from)) != null;
                if (from < segmentEnd && opensNounPhrase(from) && !bareNoun && !resumptive) {
                    Optional<Attribution> subject = classify(from, segmentEnd, "speaker:subject-before");
                    Optional<Attribution> appositive = k > clause ? namedInApposition(k, clause, from, segmentEnd, subject)
                            : Optional.empty();
                    if (appositive.isPresent()) {
                        return appositive;
                    }
                    if (subject.isEmpty() || subject.get().speaker().kind() != Speaker.Kind.PERSON) {
                        Optional<Attribution> described = describedName(k, clause);
                        // "L'Unité de protection … (Udefegua), une organisation guatémaltèque, dénonce": an indefinite
                        // organisation describes the one before it
                        boolean indefinite = Grammar.indefiniteArticle(doc.folded(from));
                        if (described.isEmpty() && (indefinite || subject.map(a -> a.speaker().kind() != Speaker.Kind.ORGANIZATION).orElse(true))) {
                            described = describedOrganization(k, clause);
                        }
                        if (described.isPresent()) {
                            return described;
                        }
                    }
                    return subject.isPresent() ? subject : Optional.of(new Attribution(
                            Speaker.unnamed(doc.phrase(from, segmentEnd)), "speaker:subject-before+unknown", 0.5));
                }
                segmentEnd = k;
            }
        }
        return Optional.empty();
    }

    /**
     * An organisation's name and its description on either side of the comma at {@code comma}, the segment
     * [{@code from}, {@code to}) being the one before the verb: "la Jamaica Constabulary Force, la police nationale,
     * indiquait" (a description in lower case last: the name before it speaks), "L'agence qui avait recruté les
     * deux hommes, Océan Bleu Manning, affirme" (a capitalised name last, not a person's: it speaks).
     */
    private Optional<Attribution> namedInApposition(int comma, int clause, int from, int to, Optional<Attribution> subject) {
        boolean description = subject.filter(a -> a.speaker().kind() == Speaker.Kind.ORGANIZATION
                && a.speaker().label().equals(a.speaker().label().toLowerCase(Locale.ROOT))).isPresent();
        boolean name = doc.token(from).isCapitalized() && subject.filter(a -> a.speaker().kind() == Speaker.Kind.PERSON).isEmpty();
        if (!description && !name) {
            return Optional.empty();
        }
        int segment = segmentStart(comma, clause);
        // not "Sollicité par Le Monde, le ministère … assure": a participial phrase is no name of what follows
        Optional<Attribution> before = segment < comma && opensNounPhrase(segment) && !Grammar.participleForm(doc.token(segment).text())
                ? classify(segment, comma, "speaker:subject-before").filter(a -> a.speaker().kind() == Speaker.Kind.ORGANIZATION)
                : Optional.empty();
        return description ? before.map(a -> new Attribution(a.speaker(), "speaker:subject-before+name-before-description", 0.8))
                : before.map(a -> new Attribution(phrases.organization(from, doc.phrase(from, to)),
                        "speaker:subject-before+name-after-description", 0.75));
    }

    /** Where the comma-separated segment holding token {@code k} starts: after the comma before it, or at {@code clause}. */
    private int segmentStart(int k, int clause) {
        int from = k;
        while (from > clause && !",".equals(doc.folded(from - 1))) {
            from--;
        }
        return from;
    }

    /**
     * "par Me Óscar X, un avocat de La Ceiba, qui décrit « … »": the person named before the apposition that the
     * comma at {@code comma} closes.
     */
    private Optional<Attribution> describedAntecedent(int comma, int start) {
        int open = comma - 1;
        while (open > start && !",".equals(doc.folded(open)) && !doc.quoted(open) && !doc.isVerb(open)
                && persons.personAt(open) == null) {
            open--;
        }
        if (open <= start || !",".equals(doc.folded(open))) {
            return Optional.empty();
        }
        return Optional.ofNullable(persons.personAt(open - 1))
                .map(p -> new Attribution(Speaker.person(p), "speaker:relative-antecedent+apposition", 0.8));
    }

    /** The organisation the noun phrase before the comma at {@code comma} names, after a verb. */
    private Optional<Attribution> antecedentOrganization(int comma, int start) {
        int from = comma;
        while (from > start && !doc.quoted(from - 1) && !doc.isVerb(from - 1) && !",".equals(doc.folded(from - 1))) {
            from--;
        }
        if (from == start || !doc.isVerb(from - 1)) {
            return Optional.empty();
        }
        return classify(from, comma, "speaker:relative-antecedent")
                .filter(a -> a.speaker().kind() == Speaker.Kind.ORGANIZATION);
    }

    /**
     * "L'Université a indiqué qu'elle se réjouissait … et qu'elle l'accueillerait « … »": the pronoun at {@code j}
     * opening a "que" clause is the organisation, or the person of its gender, that speaks through the speech
     * verb governing the clause.
     */
    private Optional<Attribution> governingSubject(int j, int start, Gender pronoun) {
        if (j <= start || !Grammar.que(doc.folded(j - 1))) {
            return Optional.empty();
        }
        for (int k = j - 2; k > start; k--) {
            if (doc.quoted(k)) {
                return Optional.empty();
            }
            if (isSpeechVerb(k) && "VERB".equals(doc.pos(k))) {
                // not a subject read only as the salient person ("l'avocat de X a prévenu qu'il …")
                return subjectBefore(k).filter(a -> a.confidence() >= GOVERNING_CONFIDENCE)
                        .filter(a -> a.speaker().kind() == Speaker.Kind.ORGANIZATION
                                || a.speaker().kind() == Speaker.Kind.PERSON && referents.agrees(pronoun, a.speaker().personId()))
                        .map(a -> new Attribution(a.speaker(), a.rule() + "+que-pronoun", a.confidence()));
            }
        }
        return Optional.empty();
    }

    /** The "qui" of ", qui" between {@code clause} (past its first word) and {@code j}, the leftmost, or -1. */
    private int relativeAside(int clause, int j) {
        for (int k = clause + 2; k <= j; k++) {
            if ("qui".equals(doc.folded(k)) && ",".equals(doc.folded(k - 1)) && !doc.quoted(k)) {
                return k;
            }
        }
        return -1;
    }

    /** Where the clause that token {@code j} ends in starts: after a clause opener, a colon or a semicolon. */
    private int clauseStart(int j, int start) {
        int clause = j;
        while (clause > start && !doc.quoted(clause - 1) && !Grammar.clauseOpener(doc.token(clause - 1).text())
                && !":".equals(doc.folded(clause - 1)) && !";".equals(doc.folded(clause - 1))) {
            clause--;
        }
        return clause;
    }

    /**
     * "Elle se souvient surtout du 11 juillet … « J'ai raccroché … »": a sentence opening on "il" or "elle" for a
     * person, after a fronted adjunct too, gives that person the quotation that follows it with no attribution of
     * its own.
     */
    Optional<Attribution> pronounSubject(int s) {
        int start = afterFrontedAdjunct(s); // "Joint par téléphone, il pèse chacun de ses mots."
        Gender pronoun = start < doc.sentenceEnd(s) && !doc.quoted(start) ? Grammar.subjectPronoun(doc.folded(start)) : null;
        if (pronoun == null && start + 1 < doc.sentenceEnd(s) && doc.isVerb(start + 1)) {
            pronoun = Grammar.stressedPronoun(doc.folded(start)); // "Lui laisse passer un silence."
        }
        if (pronoun == null) {
            return Optional.empty();
        }
        return referents.resolvePronoun(pronoun, "speaker:pronoun-subject-before")
                .filter(a -> a.speaker().kind() == Speaker.Kind.PERSON)
                .map(a -> new Attribution(a.speaker(), a.rule(), 0.6));
    }

    /**
     * "The East African revient sur l'histoire de X, une avocate arrêtée à Dar es-Salaam. Détenue quatre jours,
     * elle a été déposée …": a sentence opening on "il" or "elle" is about the one person of its gender the
     * sentence before names, even as a complement, whom the article had not put forward.
     */
    Optional<String> pronounNamedJustBefore(int s) {
        int start = afterFrontedAdjunct(s);
        Gender pronoun = s > 0 && start < doc.sentenceEnd(s) && !doc.quoted(start)
                ? Grammar.subjectPronoun(doc.folded(start)) : null;
        return pronoun == null ? Optional.empty() : referents.namedInSentenceBefore(doc.sentenceEnd(s - 1) - 1, pronoun);
    }

    /**
     * "Au Quai d'Orsay, on assure …", "», indique-t-on au SPF Affaires étrangères": the organisation that the
     * "à"/"chez" phrase at {@code start} names speaks through "on".
     */
    private Optional<Attribution> organizationAt(int start, String rule) {
        if (!ORGANIZATION_PLACES.contains(doc.folded(start))) {
            return Optional.empty();
        }
        int comma = start + 1;
        while (comma < doc.sentenceEnd(doc.sentenceOf(start)) && !",".equals(doc.folded(comma))) {
            comma++;
        }
        return classify(start + 1, comma, rule)
                .filter(a -> a.speaker().kind() == Speaker.Kind.ORGANIZATION);
    }

    /**
     * "Le Conseil des affaires continentales, l'organe taïwanais chargé de …, a dénoncé": an organisation opening
     * the clause before the comma at {@code comma}, described by the segment after it.
     */
    private Optional<Attribution> describedOrganization(int comma, int clause) {
        if (comma <= clause || !",".equals(doc.folded(comma)) || !opensNounPhrase(clause)) {
            return Optional.empty();
        }
        return classify(clause, comma, "speaker:subject-before+described-organization")
                .filter(a -> a.speaker().kind() == Speaker.Kind.ORGANIZATION);
    }

    /**
     * "L'ancien otage Xiyue Wang, un universitaire libéré en 2019, a estimé": the segment before the comma at
     * {@code comma} is a noun phrase ending with a name, so the description after it is an apposition and the
     * name the subject. Not "Face à Joe Biden, un conseiller a dit": the name must not follow a preposition.
     */
    private Optional<Attribution> describedName(int comma, int clause) {
        if (comma <= clause || !",".equals(doc.folded(comma))) {
            return Optional.empty();
        }
        String person = persons.personAt(comma - 1);
        if (person == null) {
            return Optional.empty();
        }
        int name = persons.nameStart(comma - 1, clause);
        int from = segmentStart(name, clause);
        boolean opens = from == name || Grammar.determiner(doc.folded(from))
                || (Grammar.title(doc.folded(from)) && doc.token(from).isCapitalized());
        for (int m = from; m < name; m++) {
            if (doc.isVerb(m) || doc.quoted(m)) {
                return Optional.empty();
            }
        }
        // not the complement of a noun: "L'employeur de M. X, la firme Y, affirme"
        if (!opens || (name > from && "ADP".equals(doc.pos(doc.beforeTitles(name, from))))) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(Speaker.person(person), "speaker:subject-before+described-name", 0.85));
    }

    /** How many words an incise between a speech verb and its subject may hold ("joint par téléphone"). */
    private static final int INCISE_WORDS = 6;

    /**
     * "», explique, joint par téléphone, Me X": past an incise set off by commas right after the verb, the comma at
     * {@code from} opening it; {@code from} when no comma closes one within a few words. Also where ", confie sa
     * mère," ends before a quotation ({@link QuoteAttribution}).
     */
    int afterIncise(int from, int end) {
        if (from >= end || !",".equals(doc.folded(from))) {
            return from;
        }
        for (int k = from + 1; k < end && k - from <= INCISE_WORDS + 1 && !doc.quoted(k); k++) {
            if (",".equals(doc.folded(k))) {
                return k > from + 1 ? k + 1 : from;
            }
        }
        return from;
    }

    /** "de l'entretien", "du sommet": a determiner that opens the complement of the noun before it. */
    private boolean ofNoun(int det) {
        return Grammar.deComplement(doc.folded(det)) || Grammar.deComplement(doc.folded(det - 1));
    }

    /** The inverted subject after the speech verb at {@code v}: "a déclaré X", "dit-elle", "selon X". */
    Optional<Attribution> subjectAfter(int v) {
        int end = doc.sentenceEnd(doc.sentenceOf(v));
        if (v + 1 < end) {
            Gender pronoun = Grammar.subjectPronoun(doc.folded(v + 1));
            if (pronoun != null) {
                return referents.resolvePronoun(pronoun, "speaker:inverted-pronoun");
            }
            if (INVERTED_ON.contains(doc.folded(v + 1)) && v + 2 < end) {
                Optional<Attribution> place = organizationAt(v + 2, "speaker:inverted-on");
                if (place.isPresent()) {
                    return place;
                }
            }
            // "», poursuit celui qui a perdu quatorze kilos": the person the quotation's context puts forward
            Gender relative = RELATIVE_DEMONSTRATIVES.get(doc.folded(v + 1));
            if (relative != null && v + 2 < end && "qui".equals(doc.folded(v + 2))) {
                return referents.resolvePronoun(relative, "speaker:inverted-relative");
            }
        }
        int from = afterIncise(v + 1, end);
        while (from < end && ("ADV".equals(doc.pos(from)) || dateWord(from)
                || Grammar.demonstrative(doc.folded(from)) != null && dateWord(from + 1))) {
            from++;
        }
        if (from < end && doc.token(from).hasPos("ADP") && !persons.hasPersonAt(from + 1)) {
            // "a déclaré à TF1 et LCI la Française", "a déclaré à l'AFP son épouse": the subject starts at the
            // first determiner after the complement's own noun
            int det = from + 1;
            while (det < end && Grammar.determiner(doc.folded(det))) {
                det++;
            }
            // over the complement's own complements: "à l'issue de l'entretien le chef de la diplomatie"
            while (det < end && (!Grammar.determiner(doc.folded(det)) || ofNoun(det)) && !persons.hasPersonAt(det)
                    && !doc.token(det).isPunctuation() && !doc.quoted(det)) {
                det++;
            }
            if (det < end && (Grammar.determiner(doc.folded(det)) || persons.hasPersonAt(det))) {
                from = det; // or the name right after the complement: "a déclaré à l'AFP Kazuhiro X"
            }
        }
        int to = from;
        while (to < end && to < from + NP_LIMIT && !doc.quoted(to) && !doc.token(to).isPunctuation()
                && !(to > from && Grammar.adjunctOpener(doc.folded(to)))) {
            to++;
        }
        int npEnd = to;
        return classify(from, to, "speaker:inverted-subject").or(() -> nameInApposition(npEnd, "speaker:inverted-subject"));
    }

    /**
     * "», peut-on lire dans le communiqué", "lit-on dans sa lettre": the words are the document's, whose issuer
     * is the subject of the nearest sentence before that mentions such a document ("Le ministère a confirmé la
     * nouvelle dans un communiqué."). {@code k} is the token after the quotation and its comma.
     */
    Optional<Attribution> readInDocument(int k) {
        int end = doc.sentenceEnd(doc.sentenceOf(k));
        if (k + 3 >= end || !INVERTED_ON.contains(doc.folded(k + 1))) {
            return Optional.empty();
        }
        int dans; // the token after "peut-on lire" or "lit-on"
        if (READING_MODALS.contains(doc.folded(k)) && "lire".equals(doc.folded(k + 2))) {
            dans = k + 3;
        } else if ("lit".equals(doc.folded(k))) {
            dans = k + 2;
        } else {
            return Optional.empty();
        }
        return "dans".equals(doc.folded(dans)) ? issuerBefore(doc.sentenceOf(k), "speaker:read-in-document") : Optional.empty();
    }

    /**
     * Who issued the document the nearest sentence before {@code s} mentions: the complement of the document noun
     * ("D'après un communiqué du ministère afghan des Affaires étrangères, …"), else the sentence's subject.
     */
    private Optional<Attribution> issuerBefore(int s, String rule) {
        for (int before = s - 1; before >= Math.max(0, s - DOCUMENT_SENTENCES); before--) {
            int document = -1;
            for (int j = doc.sentenceStart(before); j < doc.sentenceEnd(before) && document < 0; j++) {
                document = !doc.quoted(j) && DOCUMENT_NOUNS.contains(doc.folded(j)) ? j : -1;
            }
            int sentence = before;
            Optional<Attribution> issuer = document < 0 ? Optional.empty()
                    : documentComplement(document).or(() -> sentenceSubject(sentence));
            if (issuer.isPresent() && issuer.get().speaker().kind() != Speaker.Kind.UNNAMED) {
                return Optional.of(new Attribution(issuer.get().speaker(), rule, 0.7));
            }
        }
        return Optional.empty();
    }

    /** "un communiqué du ministère X", "la lettre de Y": the organisation or person after the document noun at {@code k}. */
    private Optional<Attribution> documentComplement(int k) {
        int end = doc.sentenceEnd(doc.sentenceOf(k));
        if (k + 2 >= end || !Grammar.deComplement(doc.folded(k + 1))) {
            return Optional.empty();
        }
        int to = k + 2;
        while (to < end && !doc.token(to).isPunctuation() && !doc.isVerb(to)) {
            to++;
        }
        return classify(k + 2, to, "speaker:document-complement")
                .filter(a -> a.speaker().kind() != Speaker.Kind.UNNAMED);
    }

    /** Where "Pour" or "Selon" or the "après" of "D'après" opening sentence {@code s} ends, or -1. */
    private int openingPreposition(int s) {
        int start = doc.sentenceStart(s);
        return doc.folded(start).equals("pour") ? start : Grammar.sourcePrepositionEnd(doc.foldedTokens(), start);
    }

    /** Where the phrase after an opening preposition ending at {@code source} ends: at the first punctuation. */
    private int openingPhraseEnd(int source, int end) {
        int to = source + 1;
        while (to < end && !doc.token(to).isPunctuation()) {
            to++;
        }
        return to;
    }

    /** The speaker of a sentence opening "Pour X, ..." / "Selon X, ...". */
    Optional<Attribution> openingSource(int s) {
        int start = doc.sentenceStart(s);
        int source = openingPreposition(s);
        if (source < 0) {
            return Optional.empty();
        }
        int to = openingPhraseEnd(source, doc.sentenceEnd(s));
        String opener = source == start ? doc.folded(start) : "d'apres";
        Gender pronoun = to == source + 2 ? Grammar.stressedPronoun(doc.folded(source + 1)) : null;
        if (pronoun != null) { // "D'après lui, la condamnation repose « ... »"
            return referents.resolvePronoun(pronoun, "speaker:opening-" + opener + "+pronoun")
                    .filter(a -> a.speaker().kind() != Speaker.Kind.UNNAMED);
        }
        int npEnd = to;
        // "Pour la fille du détenu, Liya X, médecin ..., la question ...": the name in apposition to the noun phrase
        return classify(source + 1, to, "speaker:opening-" + opener).filter(a -> a.speaker().kind() != Speaker.Kind.UNNAMED)
                .or(() -> nameInApposition(npEnd, "speaker:opening-" + opener));
    }

    /**
     * "Pour un diplomate européen en poste à Vilnius, cette libération …": the unnamed person an opening source
     * with an indefinite article introduces, whom "juge-t-il" after it may stand for.
     */
    Optional<String> unnamedOpeningSource(int s) {
        int source = openingPreposition(s);
        if (source < 0 || source + 2 >= doc.sentenceEnd(s) || !Grammar.indefiniteArticle(doc.folded(source + 1))) {
            return Optional.empty();
        }
        boolean feminine = Grammar.determinerGender(doc.folded(source + 1)) == Gender.FEMININE;
        return classify(source + 1, openingPhraseEnd(source, doc.sentenceEnd(s)), "speaker:opening")
                .filter(a -> a.speaker().kind() == Speaker.Kind.UNNAMED).map(a -> UNRESOLVED + (feminine ? "f" : "m"));
    }

    /** The subject of the sentence, as the speaker of a participle ("Il a ignoré ..., affirmant que « »"). */
    Optional<Attribution> sentenceSubject(int s) {
        int end = doc.sentenceEnd(s);
        // "Mais une source ministérielle se montre moins optimiste :": the conjunction is no part of the subject
        int start = doc.sentenceStart(s) + ("CCONJ".equals(doc.pos(doc.sentenceStart(s))) && doc.sentenceStart(s) + 1 < end ? 1 : 0);
        int from = afterFrontedAdjunct(s);
        if (from > start && !doc.token(start).hasPos("ADP")) {
            start = from; // "Interrogé sur son cas, X s'est montré prudent :": past the fronted participle
        }
        int to = verbOrQuote(start, end);
        // "Pour le directeur de l'ONG, X, ces libérations « ... »": a source or an adjunct, not a subject
        boolean adjunct = Grammar.sourcePrepositionEnd(doc.foldedTokens(), start) >= 0 || "pour".equals(doc.folded(start));
        if (to == start || adjunct) {
            return Optional.empty();
        }
        if (from > start) {
            // "Du dernier, elle retient surtout ceci : « … »", "Au Quai, un diplomate glisse :": the subject after a
            // fronted phrase, else what the phrase names; its verb is after the phrase, which may hold a participle
            // ("Dans une lettre transmise par son avocat, X se veut rassurante :"), and then a description is
            // nobody's it only guesses ("Dans un message transmis par le consulat, le Sétois …" is the detainee's)
            boolean afterAdjunctVerb = from > to;
            Optional<Attribution> after = classify(from, verbOrQuote(from, end), "speaker:sentence-subject")
                    .filter(a -> !afterAdjunctVerb || !a.rule().endsWith(SALIENT));
            if (after.isPresent()) {
                return after;
            }
        }
        return classify(start, to, "speaker:sentence-subject");
    }

    /**
     * The organisation that is the subject of sentence {@code s} ("Le centre de défense … Viasna recense"); only
     * when no person, role or person noun is in reach, since reading one would give somebody a role.
     */
    Optional<Attribution> organizationSubject(int s) {
        int to = verbOrQuote(afterFrontedAdjunct(s), doc.sentenceEnd(s));
        for (int j = doc.sentenceStart(s); j < to; j++) {
            if (persons.hasPersonAt(j) || roles.at(doc, j).isPresent()
                    || Grammar.personNounAt(doc.foldedTokens(), j) > 0) {
                return Optional.empty();
            }
        }
        return sentenceSubject(s).filter(a -> a.speaker().kind() == Speaker.Kind.ORGANIZATION);
    }

    /** The first verb or quoted token from token {@code k}, or {@code end}: where a subject starting at k ends. */
    private int verbOrQuote(int k, int end) {
        int j = k;
        while (j < end && !doc.isVerb(j) && !doc.quoted(j)) {
            j++;
        }
        return j;
    }

    /**
     * Where the sentence's subject may start: after a fronted prepositional or participial phrase and its comma
     * ("Dans une lettre parvenue en mars, Erwan se veut rassurant": not the participle inside it; "Poursuivi pour
     * « … », X a été libéré"), and after a clause it holds ("A Lyon, où elle anime un comité, Camille X …"); past
     * a second prepositional phrase after the first ("En juillet 2023, au lendemain du coup d'État qui avait
     * renversé le président X, l'Australien …").
     */
    int afterFrontedAdjunct(int s) {
        int from = firstAdjunctEnd(s);
        if (from == doc.sentenceStart(s) || from >= doc.sentenceEnd(s) || !doc.token(from).hasPos("ADP")
                || doc.quoted(from)) {
            return from;
        }
        for (int k = from + 1; k < Math.min(doc.sentenceEnd(s) - 1, from + ADJUNCT_LENGTH); k++) {
            if (doc.quoted(k) || Grammar.que(doc.folded(k))) {
                return from;
            }
            if (",".equals(doc.folded(k))) {
                return k + 1;
            }
        }
        return from;
    }

    private int firstAdjunctEnd(int s) {
        int start = doc.sentenceStart(s);
        // a prepositional locution opens one too: an adverb and a preposition ("Lors d'un point de presse")
        boolean locution = "ADV".equals(doc.pos(start)) && start + 1 < doc.size() && doc.token(start + 1).hasPos("ADP");
        // past a day or an adverb: "Joint jeudi par Euronews, il …", "Interrogé hier sur son cas, X …"
        int next = start + 1;
        while (next < doc.sentenceEnd(s) && next < start + 3 && ("ADV".equals(doc.pos(next))
                || lex.calendarWords().contains(doc.folded(next)))) {
            next++;
        }
        // a participle before its agent, whatever the tagger read ("Sollicité par Ouest-France, le ministère …")
        boolean agent = next < doc.size() && "par".equals(doc.folded(next));
        // a past participle before a preposition, whatever the tagger read ("Interpellé à l'Assemblée, le ministre …")
        boolean participle = next < doc.size() && doc.token(next).hasPos("ADP")
                && Grammar.pastParticiple(doc.token(start).text());
        // a day set off by a comma: "Mardi, il s'est dit …", "Lundi soir, le ministère …", "Le 26 mai, le parquet …"
        int day = start;
        while (day < doc.sentenceEnd(s) && day < start + DATE_LENGTH && (dateWord(day)
                || "NUM".equals(doc.pos(day)) || day == start && "le".equals(doc.folded(day)))) {
            day++;
        }
        if (day > start && day < doc.sentenceEnd(s) && ",".equals(doc.folded(day))) {
            return day + 1;
        }
        // a short detached adjective or participle: "Visiblement éprouvé, le commandant …", "Émue, elle …"; an
        // adverb in -ment, capitalised, may be tagged as a noun
        int detached = start;
        while (detached < doc.sentenceEnd(s) && detached < start + DETACHED_LENGTH
                && (DETACHED_POS.contains(doc.pos(detached)) || detached == start && doc.folded(start).endsWith("ment"))) {
            detached++;
        }
        if (detached > start && detached < doc.sentenceEnd(s) && ",".equals(doc.folded(detached))) {
            return detached + 1;
        }
        // a name the tagger read as a verb opens no adjunct ("Reto X s'est brièvement exprimé …, vendredi matin.")
        boolean adjunctNoun = Grammar.adjunctNoun(doc.folded(start)); // "Côté nigérian, le DSS …"
        if (!doc.token(start).hasPos("ADP") && !"VERB".equals(doc.pos(start)) && !locution && !agent && !participle
                && !adjunctNoun || persons.hasPersonAt(start)) {
            return start;
        }
        int from = start;
        for (int k = start + 1; k < doc.sentenceEnd(s); k++) {
            if (!doc.quoted(k) && ",".equals(doc.folded(k))) {
                from = k + 1;
                // "A Lyon, où elle anime un comité de soutien, Camille X …": a clause inside the adjunct
                if (k + 1 >= doc.sentenceEnd(s) || !Grammar.clauseOpener(doc.token(k + 1).text()) && !nameInAdjunct(k + 1)) {
                    return from;
                }
            }
        }
        return from;
    }

    /** A month, a weekday, a season or a part of the day. */
    private boolean dateWord(int k) {
        return lex.calendarWords().contains(doc.folded(k)) || Grammar.dayPart(doc.folded(k));
    }

    /**
     * "Joint par le ministre des Affaires étrangères, Youssef X, M. Y a assuré": a name at {@code k} between
     * commas with another name right after, the apposition that ends the adjunct.
     */
    private boolean nameInAdjunct(int k) {
        String p = persons.personAt(k);
        int e = persons.nameEnd(k, doc.size());
        int next = e + 1 < doc.size() && Grammar.title(doc.folded(e + 1)) ? e + 2 : e + 1;
        return p != null && next < doc.size() && ",".equals(doc.folded(e)) && persons.hasPersonAt(next)
                && !p.equals(persons.personAt(next));
    }

    /**
     * "La Commission européenne « condamne ... », écrit-elle": the pronoun of an incise after a quotation
     * names the subject that opens the quotation's sentence, when that subject is a person or an organisation
     * of the pronoun's gender; else the last salient person of that gender.
     */
    Optional<Attribution> incisePronoun(Gender pronoun, int open, String rule) {
        int s = doc.sentenceOf(open);
        int start = doc.sentenceStart(s);
        // "«…», écrit-il, précisant que … «…»": every quotation of a sentence a quotation opens
        if (open == start || opensOnQuotation(start)) {
            return (s > 0 ? organizationSubject(s - 1, pronoun, rule) : Optional.<Attribution>empty())
                    .or(() -> orNamedBefore(referents.resolvePronoun(pronoun, rule, namedInside(open)), s, pronoun, rule));
        }
        Optional<Attribution> subject = sentenceSubject(s);
        boolean person = subject.filter(a -> a.speaker().kind() == Speaker.Kind.PERSON
                && referents.agrees(pronoun, a.speaker().personId())).isPresent();
        if (person) {
            return subject.map(a -> new Attribution(a.speaker(), rule + "+sentence-subject", 0.75));
        }
        return (organizationCanBe(s, pronoun) ? asOrganization(subject, rule) : Optional.<Attribution>empty())
                .or(() -> referents.resolvePronoun(pronoun, rule));
    }

    /** Whether the sentence starting at token {@code start} opens on a quotation, a quotation mark first. */
    private boolean opensOnQuotation(int start) {
        return doc.quoted(start) || doc.token(start).isPunctuation() && start + 1 < doc.size() && doc.quoted(start + 1);
    }

    /**
     * "sa fille Rima s'est jetée dans ses bras. « … », a-t-elle lâché": when no person put forward so far agrees with
     * the pronoun ({@code resolved} is unnamed), the one person agreeing with it that the sentence {@code s - 1}
     * before the quotation names as the subject of a verb, in the quotation's paragraph.
     */
    private Optional<Attribution> orNamedBefore(Optional<Attribution> resolved, int s, Gender pronoun, String rule) {
        if (s == 0 || resolved.isEmpty() || resolved.get().speaker().kind() != Speaker.Kind.UNNAMED) {
            return resolved;
        }
        int last = doc.sentenceEnd(s - 1) - 1;
        if (!doc.sameParagraph(doc.token(last).end(), doc.token(doc.sentenceStart(s)).start())) {
            return resolved;
        }
        Set<String> subjects = new HashSet<>();
        for (int j = doc.sentenceStart(s - 1); j < last; j++) {
            String p = persons.personAt(j);
            int after = p == null ? j : persons.nameEnd(j, last);
            // the subject of a verb ("sa fille Rima s'est jetée", "X, 27 ans, a été"), not its object ("a mis en
            // garde M. X")
            if (p != null && !doc.quoted(j) && referents.agrees(pronoun, p) && beforeVerb(after, last)) {
                subjects.add(p);
            }
            j = after > j ? after - 1 : j;
        }
        return subjects.size() != 1 ? resolved
                : Optional.of(new Attribution(Speaker.person(subjects.iterator().next()), rule + "+named-before", 0.65));
    }

    /** Whether a verb follows token {@code k}, or follows the apposition set off by commas that opens there. */
    private boolean beforeVerb(int k, int last) {
        if (k < last && ",".equals(doc.folded(k))) {
            int close = k + 1;
            while (close < last && close - k <= INCISE_WORDS && !",".equals(doc.folded(close)) && !doc.isVerb(close)) {
                close++;
            }
            k = close < last && ",".equals(doc.folded(close)) ? close + 1 : k + 1;
        }
        return k < last && !doc.quoted(k) && doc.inVerbGroup(k);
    }

    /** "« Ales m'a demandé de ne pas me taire », dit-il": the persons the quotation opening at {@code open} speaks of. */
    private Set<String> namedInside(int open) {
        Set<String> named = new HashSet<>();
        for (int k = open + 1; k < doc.size() && doc.quoted(k); k++) {
            String person = persons.personAt(k);
            if (person != null) {
                named.add(person);
            }
        }
        return named;
    }

    /**
     * "Le ministère … confirme « … ». Il précise que « … »": the subject of sentence {@code s} when it is an
     * organisation whose determiner has the gender of the pronoun that stands for it.
     */
    private Optional<Attribution> organizationSubject(int s, Gender pronoun, String rule) {
        // the subject is read only then: reading it may infer a role
        return organizationCanBe(s, pronoun) ? asOrganization(sentenceSubject(s), rule) : Optional.empty();
    }

    /**
     * Whether the subject of sentence {@code s} may be an organisation that {@code pronoun} stands for: one heads
     * it (not "le chef de la diplomatie allemande"), with a determiner of the pronoun's gender or of none ("L'"),
     * and no person is named before the verb ("Le porte-parole de la diplomatie, X, a …").
     */
    private boolean organizationCanBe(int s, Gender pronoun) {
        int from = afterFrontedAdjunct(s);
        for (int k = from; k < doc.sentenceEnd(s) && !doc.isVerb(k); k++) {
            if (persons.hasPersonAt(k)) {
                return false;
            }
        }
        int head = from + 1;
        boolean heads = head < doc.size() && (doc.token(head).isCapitalized()
                || lex.organizations().longestAt(doc.foldedTokens(), head).isPresent());
        Gender determiner = Grammar.determinerGender(doc.folded(from));
        return heads && (determiner == pronoun || determiner == Gender.UNKNOWN);
    }

    private static Optional<Attribution> asOrganization(Optional<Attribution> subject, String rule) {
        return subject.filter(a -> a.speaker().kind() == Speaker.Kind.ORGANIZATION)
                .map(a -> new Attribution(a.speaker(), rule + "+organization-subject", 0.7));
    }



    /**
     * What a noun phrase names as a speaker ({@link SpeakerPhrase}); a document ("un communiqué du NSS", "»,
     * poursuit le texte") gives the words to whoever issued it.
     */
    Optional<Attribution> classify(int from, int to, String rule) {
        int k = phrases.head(from, to);
        if (k < to) {
            if (DOCUMENT_NOUNS.contains(doc.folded(k)) && k + 2 < to && Grammar.deComplement(doc.folded(k + 1))) {
                // "Un communiqué du NSS, lu à la radio, évoquait": the words of whoever issued it
                Optional<Attribution> issuer = classify(k + 2, to, rule + "+document-of");
                if (issuer.isPresent()) {
                    return issuer;
                }
            }
            if (k > from && Grammar.definiteArticle(doc.folded(k - 1)) && DOCUMENT_NOUNS.contains(doc.folded(k))) {
                // "», poursuit le texte": the words of whoever issued it
                Optional<Attribution> issuer = issuerBefore(doc.sentenceOf(k), rule + "+document");
                if (issuer.isPresent()) {
                    return issuer;
                }
            }
        }
        return phrases.read(from, to, rule);
    }

    /**
     * Whom the words of a quotation inside another (its mark at token {@code open}) are given to by the outer
     * speaker: "il m'a dit :" (a pronoun: the person of its gender last named in the paragraph, else put forward
     * by the article, other than the outer speaker), "X a répondu :", "ce que lui répétait l'enquêteur :" (an
     * unnamed source); an unnamed source when no speech verb stands right before.
     */
    Attribution nestedSpeaker(int open, Speaker outer) {
        int k = open - 1;
        while (k >= 0 && doc.token(k).isPunctuation()) {
            k--;
        }
        int v = k;
        while (v >= Math.max(0, k - NESTED_REACH) && lex.speechVerbs().form(doc.token(v).text()).isEmpty() && !isSpeechPhrase(v)) {
            v--;
        }
        if (v < Math.max(0, k - NESTED_REACH)) {
            return new Attribution(Speaker.unnamed(QuoteExtractor.UNATTRIBUTED), "speaker:nested-quote+none", 0.5);
        }
        if (v < k) { // "répétait l'enquêteur :"
            String named = persons.personAt(k);
            return named != null ? new Attribution(Speaker.person(named), "speaker:nested-quote+inverted-subject", 0.6)
                    : new Attribution(Speaker.unnamed(doc.phrase(v + 1, k + 1)), "speaker:nested-quote+inverted-subject", 0.5);
        }
        int j = isSpeechPhrase(v) ? v - 2 : v - 1;
        while (j >= 0 && doc.inVerbGroup(j)) {
            j--;
        }
        String named = j >= 0 ? persons.personAt(j) : null;
        if (named != null) {
            return new Attribution(Speaker.person(named), "speaker:nested-quote+subject", 0.6);
        }
        Gender pronoun = j >= 0 ? Grammar.subjectPronoun(doc.folded(j)) : null;
        String outerPerson = outer.kind() == Speaker.Kind.PERSON ? outer.personId() : null;
        Optional<String> meant = pronoun == null ? Optional.empty() : referents.lastInParagraph(j, pronoun, outerPerson)
                .or(() -> salience.mostRecent(p -> !p.startsWith(UNRESOLVED) && !p.equals(outerPerson) && referents.agrees(pronoun, p)));
        return meant.map(p -> new Attribution(Speaker.person(p), "speaker:nested-quote+pronoun", 0.6))
                .orElse(new Attribution(Speaker.unnamed(QuoteExtractor.UNATTRIBUTED), "speaker:nested-quote+unresolved", 0.5));
    }

    /**
     * "un proche du président Joseph Aoun résume": the name ending at {@code j}, with the role before it, is the
     * complement of the noun that is the subject, not the subject.
     */
    private boolean titledComplement(int j, int start) {
        int name = persons.nameStart(j, start);
        Optional<RolePhrase> role = roles.before(doc, name);
        if (role.isEmpty()) {
            return false;
        }
        int k = role.get().from() - 1;
        if (k > start && Grammar.definiteArticle(doc.folded(k)) && Grammar.deComplement(doc.folded(k - 1))) {
            k--;
        }
        return k > start && Grammar.deComplement(doc.folded(k));
    }

    /**
     * A segment opening like a noun phrase: determiner, name, title, noun or an organisation's name, whatever the
     * tagger read its first word as ("Affaires mondiales Canada") — not a participle or preposition.
     */
    private boolean opensNounPhrase(int k) {
        String pos = doc.pos(k);
        return Grammar.determiner(doc.folded(k)) || persons.personAt(k) != null || "PROPN".equals(pos)
                || "NOUN".equals(pos) || Grammar.subjectPronoun(doc.folded(k)) != null
                || (Grammar.title(doc.folded(k)) && doc.token(k).isCapitalized())
                || (doc.token(k).isCapitalized() && lex.organizations().longestAt(doc.foldedTokens(), k).isPresent());
    }


    /**
     * "L'avocat de Paul X a déclaré": the name ending at {@code j} is the complement of the noun before it, which
     * is the subject.
     */
    private boolean nounComplement(int j, int start) {
        int k = doc.beforeTitles(persons.nameStart(j, start), start);
        return k > start && Grammar.deComplement(doc.folded(k)) && "NOUN".equals(doc.pos(k - 1));
    }

    /** ", John Kirby" within a few words after the end of a noun phrase, as the speaker. */
    private Optional<Attribution> nameInApposition(int npEnd, String rule) {
        return roleReference.appositionName(npEnd).map(p -> new Attribution(Speaker.person(p), rule + "+apposition", 0.8));
    }

    /** The person a role opening sentence {@code s} names ({@link RoleReference#roleSubject}). */
    Optional<String> roleSubject(int s) {
        return roleReference.roleSubject(s, afterFrontedAdjunct(s));
    }

    /** Reads the roles a demonstrative gives in sentence {@code s} ({@link RoleReference#readDemonstrativeRoles}). */
    void readDemonstrativeRoles(int s) {
        roleReference.readDemonstrativeRoles(s);
    }

    /** Roles read from the descriptions that named speakers ("la basketteuse", "l'athlète"). */
    List<RoleFact> inferredRoles() {
        return roleReference.inferredRoles();
    }

    /**
     * "X nuance : les étrangers ne sont selon elle « … »": after "selon" ending at token {@code source}, a stressed
     * pronoun stands for the one person of its gender that its sentence names before it.
     */
    Optional<Attribution> sourcePronounInSentence(int source) {
        Gender g = source + 1 < doc.size() ? Grammar.stressedPronoun(doc.folded(source + 1)) : null;
        return g == null ? Optional.empty() : referents.namedInSentenceBefore(source, g)
                .map(p -> new Attribution(Speaker.person(p), "speaker:source-pronoun+sentence", 0.75));
    }

    /** The person a demonym or a description at {@code k} was introduced with ({@link Referents#describedBefore}). */
    Optional<String> describedBefore(int k) {
        return referents.describedBefore(k);
    }

    /** The person "il" or "elle" stands for ({@link Referents#resolvePronoun}). */
    Optional<Attribution> resolvePronoun(Gender gender, String rule) {
        return referents.resolvePronoun(gender, rule);
    }

    /** The person sentence {@code s} quotes without naming ({@link Referents#anonymousPerson}). */
    Optional<String> anonymousPerson(int s) {
        return referents.anonymousPerson(s);
    }

    /** The relative a family noun at {@code k} names ({@link Referents#relativeOfLastPutForward}). */
    Optional<String> relativeOfLastPutForward(int k) {
        return referents.relativeOfLastPutForward(k);
    }

    /** Puts forward the persons sentence {@code s} brings back by a family noun ({@link Referents#readKinshipReferences}). */
    void readKinshipReferences(int s) {
        referents.readKinshipReferences(s);
    }
}
