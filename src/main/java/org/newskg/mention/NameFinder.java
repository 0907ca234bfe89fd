package org.newskg.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.resolve.NameKey;

/**
 * Finds person names without a NER model: runs of capitalised words that no gazetteer claims (countries,
 * places, organisations, months, function words), with the initials, particles and hyphenated Arabic articles
 * inside them ("Andrew J. Carrington", "Majed al-Ansari", "Mme de la Cruz"), accepted as a person's name on a
 * cue — a civil title or a role before it, a role or an age in apposition, a known first name, a speech verb
 * beside it — or, in a second pass, because the article already named that person in full (the surname, or
 * the first name alone). Runs that the words around them show to name a thing ({@link ThingNames}) are not
 * accepted on any cue but a civil title, and a name after an indefinite article ("un James Bond") or in a
 * byline ({@link Bylines}) on none.
 */
public final class NameFinder {

    private static final Pattern POSSESSIVE = Pattern.compile(".*['\u2019]s");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s$");

    /** The rule of a name that a civil title introduces ("M. X", "Mme X"). */
    public static final String CIVIL_TITLE = "name:civil-title";

    /** English words that name organisations and publications, not persons ("The Standard", "Law Society"). */
    private static final WordList ENGLISH_NAME_WORDS = WordList.load("mention/english-name-words.txt");
    private static final WordList PLACE_NAME_PREFIXES = WordList.load("mention/place-name-prefixes.txt");

    private final Lexicon lex;
    private final RolePhrases roles;

    public NameFinder(Lexicon lex, RolePhrases roles) {
        this.lex = lex;
        this.roles = roles;
    }

    public List<NameMention> find(Doc doc) {
        boolean[] blocked = blocked(doc);
        List<int[]> runs = runs(doc, blocked);
        Set<String> thingNames = ThingNames.introducedNames(doc, runs);
        List<NameMention> found = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        Set<String> firstNames = new HashSet<>();
        List<int[]> unresolved = new ArrayList<>();
        for (int[] run : runs) {
            if (ThingNames.afterIndefiniteArticle(doc, run[0]) || Bylines.isByline(doc, doc.sentenceOf(run[0]))
                    || openingParticiple(doc, run) || ThingNames.namedAfterTitledPerson(doc, run[0])) {
                continue;
            }
            boolean thing = thingNames.contains(ThingNames.key(doc, run[0], run[1])) || ThingNames.afterArticle(doc, run[0], run[1]);
            Optional<NameMention> m = accept(doc, run[0], run[1]).filter(n -> !thing || n.rule().equals(CIVIL_TITLE));
            if (m.isPresent()) {
                found.add(m.get());
                surnames.add(surnameKey(doc, run[1]));
                if (run[1] - run[0] >= 2) {
                    firstNames.add(NameKey.of(doc.token(run[0]).text()));
                }
            } else {
                unresolved.add(run);
            }
        }
        for (int[] run : unresolved) {
            if (thingNames.contains(ThingNames.key(doc, run[0], run[1]))) {
                continue;
            }
            if (surnames.contains(surnameKey(doc, run[1]))) {
                found.add(mention(doc, run[0], run[1], Gender.UNKNOWN, "name:known-surname", 0.8));
            } else if (knownFirstName(doc, run, firstNames)) {
                found.add(mention(doc, run[0], run[1], Gender.UNKNOWN, "name:known-first-name", 0.75));
            } else if (coordinatedWithPerson(doc, run, found)) {
                found.add(mention(doc, run[0], run[1], Gender.UNKNOWN, "name:coordinated", 0.75));
            }
        }
        found.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return found;
    }

    /** "Le cas de Moses X illustre …", "C'est le cas de Davlatbek X": a case the press names by a person. */
    private static boolean caseOf(Doc doc, int from) {
        return from >= 2 && Grammar.deComplement(doc.folded(from - 1)) && "cas".equals(doc.folded(from - 2));
    }

    /** "Saint-Gilles" standing alone: one hyphenated word that opens like a town's name. */
    private static boolean placeName(Doc doc, int from, int to) {
        String w = doc.folded(from);
        int hyphen = w.indexOf('-');
        return to - from == 1 && hyphen > 0 && PLACE_NAME_PREFIXES.contains(w.substring(0, hyphen));
    }

    /**
     * "Interrogé, le porte-parole …", "Amaigrie, l'archéologue …": a participle opening the sentence, set off by a comma,
     * is no name, whatever the tagger read it as, unless it is a given name ("René, le frère de …") that is no
     * word of detention ("Gracié" is not "Gracie").
     */
    private boolean openingParticiple(Doc doc, int[] run) {
        if (run[1] - run[0] != 1 || run[0] != doc.sentenceStart(doc.sentenceOf(run[0])) || run[1] >= doc.size()
                || !",".equals(doc.folded(run[1]))) {
            return false;
        }
        return "VERB".equals(doc.pos(run[0])) || Grammar.participleForm(doc.token(run[0]).text())
                && (!lex.firstNames().contains(doc.folded(run[0]))
                        || lex.detentionCues().longestAt(doc.foldedTokens(), run[0]).isPresent());
    }

    /**
     * "soupire Maëlle", "Erwan se veut rassurant": one word, the first name of a person the article named in
     * full, as a portrait calls relatives who share a surname. A capitalised common noun opening a sentence is
     * not taken for one.
     */
    private static boolean knownFirstName(Doc doc, int[] run, Set<String> firstNames) {
        boolean opensSentence = run[0] == doc.sentenceStart(doc.sentenceOf(run[0]));
        return run[1] - run[0] == 1 && firstNames.contains(NameKey.of(doc.token(run[0]).text()))
                && (!opensSentence || doc.token(run[0]).isProperNoun());
    }

    /**
     * "deux cousins, Firdavs Nazarov et Jamshed Rahimov,": a name of two or more proper nouns joined by "et" to a
     * person's name is another person's, though no list knows its first name (a place's name makes no run).
     */
    private boolean coordinatedWithPerson(Doc doc, int[] run, List<NameMention> found) {
        if (run[1] - run[0] < 2 || !properNouns(doc, run[0], run[1])) {
            return false;
        }
        boolean before = run[1] < doc.size() && "et".equals(doc.folded(run[1]))
                && found.stream().anyMatch(m -> m.from() == run[1] + 1);
        boolean after = run[0] > 0 && "et".equals(doc.folded(run[0] - 1))
                && found.stream().anyMatch(m -> m.to() == run[0] - 1);
        return before || after;
    }

    private Optional<NameMention> accept(Doc doc, int from, int to) {
        if (partOfOrganizationName(doc, from, to) || placeName(doc, from, to)) {
            return Optional.empty();
        }
        if (from > 0 && Grammar.title(doc.folded(from - 1)) && doc.token(from - 1).isCapitalized()) {
            return Optional.of(mention(doc, from, to, Grammar.titleGender(doc.folded(from - 1)), CIVIL_TITLE, 0.95));
        }
        // "explique le père Tesfay X": a form of address of the clergy in lower case after "le", with no comma; a
        // relative would be "son père, X" or "le père de X"
        if (from > 1 && Grammar.title(doc.folded(from - 1)) && Grammar.definiteArticle(doc.folded(from - 2))
                && properNouns(doc, from, to)) {
            return Optional.of(mention(doc, from, to, Grammar.titleGender(doc.folded(from - 1)),
                    "name:religious-title", 0.85));
        }
        Optional<RolePhrase> before = roles.before(doc, from);
        // "un ancien Ingénieur Logiciel": after an indefinite role, one capitalised word is no surname
        boolean indefinite = before.map(r -> r.from() > 0 && Grammar.indefiniteArticle(doc.folded(r.from() - 1))).orElse(false);
        if (before.isPresent() && !(indefinite && to - from == 1)) {
            return Optional.of(mention(doc, from, to, before.get().gender(), "name:role-before", 0.9));
        }
        // French gives a person's name no article: "Le Sérésien, gérant d'une société" is somebody from Seraing
        boolean afterArticle = from > 0 && Grammar.definiteArticle(doc.folded(from - 1));
        Optional<RolePhrase> after = roles.apposition(doc, to);
        if (after.isPresent() && !afterArticle) {
            return Optional.of(mention(doc, from, to, unlessGivenName(after.get().gender(), doc, from, to),
                    "name:role-apposition", 0.85));
        }
        if (to - from >= 2 && caseOf(doc, from) && properNouns(doc, from, to)) {
            return Optional.of(mention(doc, from, to, Gender.UNKNOWN, "name:case-of", 0.8));
        }
        Optional<Gender> demonym = demonymBefore(doc, from);
        if (demonym.isPresent() && to - from >= 2 && doc.token(to - 1).isProperNoun()) {
            return Optional.of(mention(doc, from, to, demonym.get(), "name:demonym", 0.8));
        }
        Gender kin = kinshipBefore(doc, from);
        if (kin != null && doc.token(from).isProperNoun()) {
            return Optional.of(mention(doc, from, to, unlessGivenName(kin, doc, from, to), "name:kinship", 0.8));
        }
        Gender kinAfter = kinshipAfter(doc, to);
        if (kinAfter != null && (doc.token(from).isProperNoun() || lex.firstNames().contains(doc.folded(from)))) {
            return Optional.of(mention(doc, from, to, unlessGivenName(kinAfter, doc, from, to), "name:kinship-apposition", 0.8));
        }
        if (to - from >= 2 && lex.firstNames().contains(doc.folded(from))) {
            return Optional.of(mention(doc, from, to, Gender.UNKNOWN, "name:first-name", 0.85));
        }
        if (to - from >= 2 && ageApposition(doc, to)) {
            return Optional.of(mention(doc, from, to, Gender.UNKNOWN, "name:age", 0.85));
        }
        Optional<RolePhrase> opening = to - from >= 2 ? roleOpening(doc, from, to) : Optional.empty();
        if (opening.isPresent()) {
            return Optional.of(mention(doc, from, to, unlessGivenName(opening.get().gender(), doc, from, to),
                    "name:sentence-opening-role", 0.8));
        }
        if (to - from >= 2 && apposedToPersonNoun(doc, from, to)) {
            return Optional.of(mention(doc, from, to, Gender.UNKNOWN, "name:person-noun-apposition", 0.8));
        }
        // "Le Riomois assure", "Le jeune Bordelais reconnaît" speak of somebody from Riom, from Bordeaux
        boolean afterAdjective = from > 1 && "ADJ".equals(doc.pos(from - 1)) && !doc.token(from - 1).isCapitalized()
                && Grammar.definiteArticle(doc.folded(from - 2));
        if (besideSpeechVerb(doc, from, to) && doc.token(to - 1).isProperNoun() && !afterArticle && !afterAdjective) {
            return Optional.of(mention(doc, from, to, Gender.UNKNOWN, "name:speech-verb", 0.75));
        }
        return Optional.empty();
    }

    /** How many words may describe a person between "un"/"une" and an age ("un Franco-Vietnamien de 41 ans"). */
    private static final int AGED_NOUN_WORDS = 3;

    /**
     * "Kenta Oshiro, 57 ans,", "Kenta Oshiro, âgé de 57 ans", "Fourat X, un Homsiote de 34 ans": only a
     * person's name takes an age in apposition.
     */
    private static boolean ageApposition(Doc doc, int to) {
        int k = to;
        if (k >= doc.size() || !",".equals(doc.folded(k)) || doc.sentenceOf(k) != doc.sentenceOf(to - 1)) {
            return false;
        }
        k++;
        if (k + 1 < doc.size() && (doc.folded(k).equals("age") || doc.folded(k).equals("agee")) && "de".equals(doc.folded(k + 1))) {
            k += 2;
        } else if (k < doc.size() && Grammar.indefiniteArticle(doc.folded(k))) {
            int de = k + 1;
            while (de < Math.min(doc.size(), k + 2 + AGED_NOUN_WORDS) && !doc.token(de).isPunctuation()
                    && !"de".equals(doc.folded(de))) {
                de++;
            }
            if (de == k + 1 || de >= doc.size() || !"de".equals(doc.folded(de))) {
                return false;
            }
            k = de + 1;
        }
        return k + 1 < doc.size() && doc.folded(k).chars().allMatch(Character::isDigit) && !doc.folded(k).isEmpty()
                && "ans".equals(doc.folded(k + 1));
    }

    /**
     * "Ancien syndicaliste réfugié en Thaïlande, Sok X a été arrêté", "Interprète établie à Lausanne, Jennet X fait
     * partie …": proper nouns after the first comma of a sentence that a role opens, before a verb or a comma, are
     * whom the role describes; the role, or empty.
     */
    private Optional<RolePhrase> roleOpening(Doc doc, int from, int to) {
        int s = doc.sentenceOf(from);
        if (from < 2 || to >= doc.sentenceEnd(s) || !",".equals(doc.folded(from - 1))
                || !(doc.isVerb(to) || ",".equals(doc.folded(to)))) {
            return Optional.empty();
        }
        if (!properNouns(doc, from, to)) {
            return Optional.empty();
        }
        Optional<RolePhrase> role = roles.opening(doc, s);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        for (int k = role.get().to(); k < from - 1; k++) {
            if (doc.token(k).isPunctuation() || doc.quoted(k)) {
                return Optional.empty();
            }
        }
        return role;
    }

    /** Whether every token from {@code from} to {@code to} (exclusive) is tagged a proper noun. */
    private static boolean properNouns(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!doc.token(k).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /** How many words a noun phrase and its participle may hold before the name in apposition to it. */
    private static final int APPOSED_PHRASE_WORDS = 8;

    /**
     * "Un étudiant albanais arrêté avec eux, Arlind X, a été": proper nouns set off by commas after a clause-opening
     * noun phrase headed by a person noun or a role, with an article.
     */
    private boolean apposedToPersonNoun(Doc doc, int from, int to) {
        if (from < 3 || to >= doc.size() || !",".equals(doc.folded(from - 1)) || !",".equals(doc.folded(to))) {
            return false;
        }
        if (!properNouns(doc, from, to)) {
            return false;
        }
        List<String> folded = doc.foldedTokens();
        int start = doc.sentenceStart(doc.sentenceOf(from));
        for (int k = from - 2; k > start && from - k <= APPOSED_PHRASE_WORDS && !doc.token(k).isPunctuation(); k--) {
            boolean article = Grammar.indefiniteArticle(folded.get(k - 1)) || Grammar.definiteArticle(folded.get(k - 1));
            if (article && (Grammar.personNounAt(folded, k) > 0 || roles.at(doc, k).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "l'Azerbaïdjanais Tofiq X", "un Irano-Suédois, Bardia X": a nationality noun after an article, before the
     * name; the gender the article gives, when it gives one.
     */
    private Optional<Gender> demonymBefore(Doc doc, int from) {
        int k = from - 1;
        if (k >= 0 && ",".equals(doc.folded(k))) {
            k--;
        }
        if (k < 1 || doc.sentenceOf(k - 1) != doc.sentenceOf(from) || !doc.token(k).isCapitalized()) {
            return Optional.empty();
        }
        String article = doc.folded(k - 1);
        if (!nationality(doc.folded(k)) || !(Grammar.definiteArticle(article) || Grammar.indefiniteArticle(article))) {
            return Optional.empty();
        }
        return Optional.of(Grammar.determinerGender(article));
    }

    /** A nationality, compound ones too ("Tchadien", "Franco-Tchadien", "Irano-Suédois"): a demonym after any hyphen. */
    private boolean nationality(String folded) {
        return lex.countries().byDemonym(folded.substring(folded.lastIndexOf('-') + 1)).isPresent();
    }

    /** "sa sœur, Blandine", "son frère David": the gender a family noun before the name gives, or null. */
    private static Gender kinshipBefore(Doc doc, int from) {
        int k = from - 1;
        if (k >= 0 && ",".equals(doc.folded(k))) {
            k--;
        }
        if (k < 1 || doc.sentenceOf(k) != doc.sentenceOf(from)) {
            return null;
        }
        Gender possessed = Grammar.possessiveKinship(doc.folded(k - 1), doc.folded(k));
        if (possessed == null && k >= 2 && "ADJ".equals(doc.pos(k - 1)) && doc.sentenceOf(k - 2) == doc.sentenceOf(k)) {
            possessed = Grammar.possessiveKinship(doc.folded(k - 2), doc.folded(k)); // "Son petit frère, Bilal"
        }
        return possessed != null || k == from - 1 ? possessed : kinshipOfSomebody(doc, k);
    }

    /**
     * How many words may stand between a family noun and the comma before the name ("l'épouse du Kényan, X",
     * "l'épouse de l'homme d'affaires, X").
     */
    private static final int KIN_COMPLEMENT_WORDS = 6;

    /**
     * "L'épouse du Kényan, Mercy,", "Le frère aîné, Brian,": the gender of a family noun a few words before
     * the comma before the name, with no verb between, or null.
     */
    private static Gender kinshipOfSomebody(Doc doc, int last) {
        for (int noun = last - 1; noun >= 0 && noun >= last - KIN_COMPLEMENT_WORDS; noun--) {
            if (doc.token(noun).isPunctuation() || doc.isVerb(noun) || doc.sentenceOf(noun) != doc.sentenceOf(last)) {
                return null;
            }
            Gender g = Grammar.kinship(doc.folded(noun));
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /**
     * "Manon, sa petite sœur,", "X, son frère aîné,", "Coralie, l'épouse du commandant,": the gender a family noun in
     * apposition after the name gives, or null.
     */
    private static Gender kinshipAfter(Doc doc, int to) {
        int k = to + 1;
        if (k + 1 >= doc.size() || !",".equals(doc.folded(to)) || doc.sentenceOf(k + 1) != doc.sentenceOf(to)
                || !Grammar.possessive(doc.folded(k)) && !Grammar.definiteArticle(doc.folded(k))) {
            return null;
        }
        int noun = "ADJ".equals(doc.pos(k + 1)) && k + 2 < doc.size() ? k + 2 : k + 1; // "sa petite sœur"
        boolean ownName = noun + 2 < doc.size() && ",".equals(doc.folded(noun + 1)) && doc.token(noun + 2).isCapitalized()
                && doc.sentenceOf(noun + 2) == doc.sentenceOf(to);
        return ownName ? null : Grammar.kinship(doc.folded(noun)); // not "de Wittenheim, son père, Bernard,"
    }

    /** "Women's National Basketball Association": capitalised words that an organisation head closes. */
    private boolean partOfOrganizationName(Doc doc, int from, int to) {
        if (to < doc.size() && doc.token(to).isCapitalized() && doc.sentenceOf(to) == doc.sentenceOf(from)
                && lex.organizations().longestAt(doc.foldedTokens(), to).isPresent()) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (k < to - 1 && possessive(doc.token(k).text()) || ENGLISH_NAME_WORDS.contains(doc.folded(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean besideSpeechVerb(Doc doc, int from, int to) {
        int next = to;
        while (next < doc.size() && ("AUX".equals(doc.pos(next)) || "ADV".equals(doc.pos(next)))) {
            next++;
        }
        if (next < doc.size() && lex.speechVerbs().form(doc.folded(next)).isPresent()) {
            return true;
        }
        int prev = from - 1;
        // a verb whose subject a pronoun before it is ("Je remercie Dieu") has its object after it, not its speaker
        boolean inverted = prev >= 0 && !(prev > 0 && Grammar.personalSubject(doc.folded(prev - 1)));
        return prev >= 0 && (inverted && lex.speechVerbs().form(doc.folded(prev)).isPresent()
                || Grammar.endsSourcePreposition(doc.foldedTokens(), prev) || openingPour(doc, from, to));
    }

    /** "Pour Ardavan X, chargé de ..., ce verdict « … »": a sentence opening on a source, as with "selon". */
    private static boolean openingPour(Doc doc, int from, int to) {
        return from > 0 && to - from >= 2 && doc.sentenceStart(doc.sentenceOf(from)) == from - 1
                && "pour".equals(doc.folded(from - 1)) && to < doc.size() && ",".equals(doc.folded(to));
    }

    /**
     * The gender a role or family noun beside the name tells, unless the given name tells the other: "le père de
     * Mathilde X, ancien typographe", "que possède sa sœur, Xavier X," put the noun beside another's name.
     */
    private Gender unlessGivenName(Gender cue, Doc doc, int from, int to) {
        Gender given = to - from >= 2 ? lex.firstNameGender(doc.token(from).text()) : Gender.UNKNOWN;
        return cue.contradicts(given) ? given : cue;
    }

    private NameMention mention(Doc doc, int from, int to, Gender gender, String rule, double confidence) {
        String form = withoutPossessive(doc.span(from, to));
        Gender g = gender != Gender.UNKNOWN || to - from < 2 ? gender : lex.firstNameGender(doc.token(from).text());
        return new NameMention(from, to, doc.sentenceOf(from), form, g, rule, confidence);
    }

    private static String surnameKey(Doc doc, int to) {
        return NameKey.of(withoutPossessive(doc.token(to - 1).text()));
    }

    /** "Women's": the word ends with an English possessive. */
    private static boolean possessive(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')
                && POSSESSIVE.matcher(word).matches();
    }

    private static String withoutPossessive(String text) {
        return text.indexOf("'s") < 0 && text.indexOf("\u2019s") < 0 ? text : POSSESSIVE_END.matcher(text).replaceAll("");
    }

    /**
     * "sa compagne, Ni Made Ayu,", "le vice-ministre Ma Zhaoxu": a capitalised function word inside a sentence,
     * after a word or a comma (not a mark that may open a sentence), before a proper noun that is no function word
     * ("Pour Des Attaques …" is a title in capitals), is the first word of a name; not an article or particle,
     * which a name takes inside it ("Le Drian", "La Haye").
     */
    private boolean opensNameInside(Doc doc, int i) {
        int s = doc.sentenceOf(i);
        if (i == doc.sentenceStart(s) || i + 1 >= doc.sentenceEnd(s) || lex.nameParticles().contains(doc.folded(i))
                || Grammar.definiteArticle(doc.folded(i)) || !nameShaped(doc.token(i + 1).text())) {
            return false;
        }
        return (",".equals(doc.folded(i - 1)) || !doc.token(i - 1).isPunctuation())
                && doc.token(i + 1).isProperNoun() && !lex.functionWords().contains(doc.folded(i + 1));
    }

    /** Maximal runs of name-like tokens that no gazetteer claims, within one sentence. */
    private List<int[]> runs(Doc doc, boolean[] blocked) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < doc.size()) {
            if (!nameToken(doc, i, blocked) && !initialBeforeName(doc, i, blocked)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < doc.size() && doc.sentenceOf(j) == doc.sentenceOf(i)
                    && (nameToken(doc, j, blocked) || particle(doc, j, blocked) || initialBeforeName(doc, j, blocked))) {
                j++;
            }
            while (j > i + 1 && !nameToken(doc, j - 1, blocked)) {
                j--;
            }
            if (j < doc.size() && doc.sentenceOf(j) == doc.sentenceOf(i) && Grammar.regnalNumber(doc.token(j).text())) {
                j++;
            }
            runs.add(new int[] {afterDescribingNoun(doc, particlesAfterTitle(doc, i), j), j});
            i = j;
        }
        return runs;
    }

    /**
     * "le Namurois Gatien X", "la Lausannoise Hedwige Y": a capitalised noun between an article and a known
     * first name describes the person (an inhabitant's name, most often) and is no part of the name, and so is an
     * inhabitant's name by its ending before any name of two words ("le Brossardois Minh-Khoi X"); so is a
     * word after a place name, before a known first name: the end of a name that opens with the place ("sur
     * France Inter Jean-Noël X"). So is, before a known first name, a headline's or a slogan's common noun or
     * imperative ("Affaire Karim X", "« Libérez Anthony »"), and a verb opening its sentence before its subject
     * ("Reste Bakary X"): the tagger reads capitalised names as proper nouns. So is a place after "de" before a
     * first name and a surname ("la députée des Landes Gabrielle X"), the complement of the noun before, and the
     * first word of three after a contracted article ("a déclaré au Devoir Ximena X").
     */
    private int afterDescribingNoun(Doc doc, int from, int to) {
        if (to - from < 2 || lex.firstNames().contains(doc.folded(from))) {
            return from;
        }
        if (from == doc.sentenceStart(doc.sentenceOf(from)) && Grammar.subjectInverting(doc.folded(from))) {
            return from + 1; // "Reste Bakary X, toujours détenu à Bamako."
        }
        if (to - from >= 3 && from > 0 && Grammar.contractedArticle(doc.folded(from - 1))) {
            return from + 1; // "a déclaré au Devoir Ximena X": no name takes an article
        }
        boolean article = from > 0 && Grammar.definiteArticle(doc.folded(from - 1));
        if (!lex.firstNames().contains(doc.folded(from + 1))) {
            // "le Brossardois Minh-Khoi X": an inhabitant's name before a name of two words, whatever they are
            return to - from >= 3 && article && Grammar.demonymGender(doc.folded(from)) != null ? from + 1 : from;
        }
        boolean cut = from > 0 && doc.token(from - 1).isCapitalized() && doc.sentenceOf(from - 1) == doc.sentenceOf(from)
                && (lex.countries().nameAt(doc.foldedTokens(), from - 1).isPresent()
                        || lex.countries().anyPlaceAt(doc.foldedTokens(), from - 1).isPresent());
        // "le député du Tarn Philippe X": a place after "de" completes the noun before, before a first name (not
        // after a preposition: "près de San Pedro Carchá" is a town)
        boolean complement = from > 1 && Grammar.deComplement(doc.folded(from - 1)) && "NOUN".equals(doc.pos(from - 2));
        boolean described = to - from >= 3 && (article || cut || complement);
        return described || headlineWord(doc, from) ? from + 1 : from;
    }

    /** A common noun, or an imperative in -ez, which the tagger may read as a name ("« Libérez Anthony »"). */
    private static boolean headlineWord(Doc doc, int k) {
        return "NOUN".equals(doc.pos(k)) || doc.folded(k).endsWith("ez");
    }

    /**
     * "Mme de la Cruz", "M. Le Pen": where a run starts once the particles between a civil title and the
     * name word are counted in.
     */
    private int particlesAfterTitle(Doc doc, int i) {
        int k = i;
        while (k > 0 && lex.nameParticles().contains(doc.folded(k - 1)) && doc.sentenceOf(k - 1) == doc.sentenceOf(i)) {
            k--;
        }
        return k < i && k > 0 && Grammar.title(doc.folded(k - 1)) && doc.token(k - 1).isCapitalized() ? k : i;
    }

    /**
     * A particle inside a name, between a name word and another ("von der Leyen", "Jean-Yves Le Drian", "de
     * Gaulle"): the run goes on over it. Capitalised particles ("Le", "Van") are claimed as function words
     * elsewhere, so they count only here, after a name word of the run.
     */
    private boolean particle(Doc doc, int j, boolean[] blocked) {
        int k = j;
        while (k < doc.size() && lex.nameParticles().contains(doc.folded(k)) && doc.sentenceOf(k) == doc.sentenceOf(j)) {
            k++;
        }
        return k > j && k < doc.size() && doc.sentenceOf(k) == doc.sentenceOf(j) && nameToken(doc, k, blocked);
    }

    /** "S. Jaishankar", "J. R. Ellison": a capital initial, not a civil title ("M."), that a name or an initial follows. */
    private boolean initialBeforeName(Doc doc, int i, boolean[] blocked) {
        String t = doc.token(i).text();
        return t.length() == 2 && t.charAt(1) == '.' && Character.isUpperCase(t.charAt(0)) && !blocked[i]
                && !Grammar.title(doc.folded(i))
                && i + 1 < doc.size() && doc.sentenceOf(i + 1) == doc.sentenceOf(i)
                && (nameToken(doc, i + 1, blocked) || initialBeforeName(doc, i + 1, blocked));
    }

    private boolean nameToken(Doc doc, int i, boolean[] blocked) {
        return !blocked[i] && (nameShaped(doc.token(i).text()) || articleJoined(doc.token(i).text()));
    }

    /** "al-Ansari", "el-Sissi": a lower-case particle joined by a hyphen to a name word. */
    private boolean articleJoined(String t) {
        int hyphen = t.indexOf('-');
        return hyphen > 0 && Character.isLowerCase(t.charAt(0)) && lex.nameParticles().contains(t.substring(0, hyphen))
                && nameShaped(t.substring(hyphen + 1));
    }

    /** Capitalised, then letters, hyphens and apostrophes with at least one lower-case letter. */
    private static boolean nameShaped(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int k = 1; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return lower;
    }

    /** "Victoria Nuland", "Florence Parly": a first name that is also a place, followed by a surname. */
    private boolean firstNameOfPerson(Doc doc, int i) {
        return lex.firstNames().contains(doc.folded(i)) && i + 1 < doc.size() && doc.token(i + 1).isCapitalized()
                && doc.sentenceOf(i + 1) == doc.sentenceOf(i);
    }

    /**
     * "et Thaís Cardoso Lemos": a first name that is also a nationality ("les Thaïs"), before a name and after no
     * article, which a noun of nationality would take ("le Thaï Somchai X").
     */
    private boolean firstNameWithoutArticle(Doc doc, int i) {
        String before = i > 0 ? doc.folded(i - 1) : "";
        return firstNameOfPerson(doc, i) && !Grammar.definiteArticle(before) && !Grammar.indefiniteArticle(before);
    }

    /**
     * "Luc Marchand", "Anne Boulanger", "Jacques Paris": a capitalised role word or place name right after a
     * first name is a surname.
     */
    private boolean surnameAfterFirstName(Doc doc, int i) {
        return i > 0 && doc.token(i).isCapitalized() && doc.token(i - 1).isCapitalized()
                && lex.firstNames().contains(doc.folded(i - 1)) && doc.sentenceOf(i - 1) == doc.sentenceOf(i);
    }

    /**
     * "Ludovic Mba Ondo", "Ana Ruiz Lima": a one-word place name right after a first name and another name word
     * ends a compound surname, as no place follows a name without a preposition.
     */
    private boolean secondSurnameAfterFirstName(Doc doc, int i) {
        return i > 1 && doc.token(i).isCapitalized() && surnameAfterFirstName(doc, i - 1)
                && doc.sentenceOf(i - 1) == doc.sentenceOf(i);
    }

    /** "raconte son frère Santiago", "sa sœur, Mai": a given name after a family noun, whatever else the word is. */
    private boolean givenNameAfterKin(Doc doc, int i) {
        return lex.firstNames().contains(doc.folded(i)) && kinshipBefore(doc, i) != null;
    }

    /**
     * "l'ancienne sénatrice Leila de Lima", "Ana dos Santos": a one-word city right after a first name and a
     * lower-case particle is a surname; a country is not ("Marie de France" may be a title), nor a first name
     * after an article.
     */
    private boolean surnameAfterParticle(Doc doc, int i) {
        int k = i - 1;
        while (k > 0 && !doc.token(k).isCapitalized() && lex.nameParticles().contains(doc.folded(k))) {
            k--;
        }
        // not "La Ville de Nantes": a first name has no article
        return k < i - 1 && doc.token(i).isCapitalized() && doc.token(k).isCapitalized()
                && lex.firstNames().contains(doc.folded(k)) && doc.sentenceOf(k) == doc.sentenceOf(i)
                && (k == 0 || !Grammar.determiner(doc.folded(k - 1)));
    }

    /**
     * "le journaliste sénégalais Pape Moustapha Diop": a capitalised word that is also a role, with no determiner
     * before it, opens the name when a first name and another name word follow it.
     */
    private boolean givenNameBeforeName(Doc doc, int i) {
        return doc.token(i).isCapitalized() && (i == 0 || !Grammar.determiner(doc.folded(i - 1)))
                && i + 2 < doc.size() && doc.sentenceOf(i + 2) == doc.sentenceOf(i)
                && lex.firstNames().contains(doc.folded(i + 1)) && doc.token(i + 1).isCapitalized()
                && doc.token(i + 2).isCapitalized();
    }

    /**
     * Tokens that gazetteers claim: places, countries, organisations, nationalities, titles, months, roles.
     * A claim matters only where it covers a name-shaped token, so positions from which no entry can reach
     * one are not looked up.
     */
    private boolean[] blocked(Doc doc) {
        List<String> words = doc.foldedTokens();
        int n = doc.size();
        int[] nextNameShaped = new int[n + 1];
        nextNameShaped[n] = Integer.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            nextNameShaped[i] = nameShaped(doc.token(i).text()) ? i : nextNameShaped[i + 1];
        }
        int countryReach = lex.countries().maxLength();
        int organizationReach = lex.organizations().maxLength();
        int roleReach = lex.roles().maxLength();
        boolean[] blocked = new boolean[n];
        for (int i = 0; i < n; i++) {
            int distance = nextNameShaped[i] - i;
            if (distance >= Math.max(1, Math.max(countryReach, Math.max(organizationReach, roleReach)))) {
                continue;
            }
            String w = words.get(i);
            int placeOrRole = 0;
            boolean country = false;
            if (distance < countryReach) {
                int countryName = lex.countries().nameAt(words, i).map(m -> m.length()).orElse(0);
                country = countryName > 0;
                placeOrRole = Math.max(countryName, lex.countries().anyPlaceAt(words, i).map(m -> m.length()).orElse(0));
            }
            int role = distance < roleReach ? lex.roles().longestAt(words, i).map(m -> m.length()).orElse(0) : 0;
            // "Bandar Abbas", "Bandar Seri Begawan": a place of several words that opens on a first name is the place
            boolean wholePlace = placeOrRole > 1 && placeOrRole >= role;
            placeOrRole = Math.max(placeOrRole, role);
            // a first name, or a surname after one ("Jacques Paris"), is no place or role: asked of a match only
            boolean ofPerson = placeOrRole > 0 && (firstNameOfPerson(doc, i) && !wholePlace || surnameAfterFirstName(doc, i)
                    || placeOrRole == 1 && role == 1 && givenNameBeforeName(doc, i)
                    || placeOrRole == 1 && role == 0 && secondSurnameAfterFirstName(doc, i)
                    || placeOrRole == 1 && role == 0 && !country && surnameAfterParticle(doc, i)
                    // "raconte son frère Santiago": a first name after a family noun, though a city bears it
                    || placeOrRole == 1 && givenNameAfterKin(doc, i));
            int claimed = ofPerson ? 0 : placeOrRole;
            if (distance < organizationReach) {
                claimed = Math.max(claimed, lex.organizations().longestAt(words, i).map(m -> m.length()).orElse(0));
            }
            boolean functionWord = distance == 0 && lex.functionWords().containsAsWritten(doc.token(i).text())
                    && !opensNameInside(doc, i);
            // "raconte sa sœur, Mai": a month that is a given name, after a family noun, is the name
            boolean month = lex.calendarWords().contains(w) && !givenNameAfterKin(doc, i);
            if (distance == 0 && (functionWord || month || Grammar.title(w)
                    || nationality(w) && !firstNameWithoutArticle(doc, i))) {
                claimed = Math.max(claimed, 1);
            }
            for (int k = i; k < Math.min(n, i + claimed); k++) {
                blocked[k] = true;
            }
        }
        return blocked;
    }
}
