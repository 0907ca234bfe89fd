package org.newskg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.PhraseMatch;
import org.newskg.lexicon.RoleWord;
import org.newskg.text.DataFile;
import org.newskg.text.Fold;

/**
 * Finds role phrases ({@code roles.tsv}) around names: "le secrétaire d'État Antony Blinken" (before, with
 * nationality and organisation in between), "Adrienne Watson, porte-parole du Conseil" (apposition), a role
 * joined to another ("le Premier ministre et ministre des Affaires étrangères", "le chef de la junte, le
 * général") and a role opening its sentence before the subject ("Correspondante à Minsk, Mme X a …").
 */
public final class RolePhrases {

    private static final int WINDOW = 14;
    private static final Set<String> DEFINITE = Set.of("le", "la", "l'");

    private final Lexicon lex;
    private final WordList affixes = WordList.load("mention/role-affixes.txt");
    private final WordList determiners = WordList.load("mention/determiners.txt");
    private final WordList honorifics = WordList.load("mention/honorifics.txt");
    private final WordList politicalAdjectives = WordList.load("mention/political-adjectives.txt");
    private final WordList nationalOffices = WordList.load("mention/national-offices.tsv");
    /** Each office, folded, with its periphrases, folded ("président": "chef de l'état"); role-periphrases.tsv. */
    private final Map<String, List<String>> periphrasesByOffice = new HashMap<>();
    /** Each periphrasis, folded, with the offices it stands for ("chef de la diplomatie": "ministre des affaires …"). */
    private final Map<String, List<String>> officesByPeriphrasis = new HashMap<>();

    public RolePhrases(Lexicon lex) {
        this.lex = lex;
        for (String[] row : DataFile.rows("/org/newskg/mention/role-periphrases.tsv")) {
            String office = Fold.of(row[0]);
            for (String periphrasis : DataFile.alternatives(row[1])) {
                periphrasesByOffice.computeIfAbsent(office, k -> new ArrayList<>()).add(Fold.of(periphrasis));
                officesByPeriphrasis.computeIfAbsent(Fold.of(periphrasis), k -> new ArrayList<>()).add(office);
            }
        }
    }

    /** The role phrase starting at token {@code i}, nationality adjectives inside it skipped. */
    public Optional<RolePhrase> at(Doc doc, int i) {
        int end = Math.min(doc.sentenceEnd(doc.sentenceOf(i)), i + WINDOW);
        if (i >= end) {
            return Optional.empty();
        }
        String folded = doc.folded(i);
        String first = folded.startsWith("ex-") ? folded.substring(3) : folded;
        if (!lex.roles().startsAnEntry(first)) {
            return Optional.empty();  // asked at most tokens of a text: no list is made for them
        }
        List<Integer> kept = new ArrayList<>(List.of(i));
        List<String> words = new ArrayList<>(List.of(first));
        for (int k = i + 1; k < end; k++) {
            String w = doc.folded(k);
            if (qualifier(w) && !doc.token(k).isCapitalized()) {
                continue;
            }
            kept.add(k);
            words.add(w);
        }
        Optional<PhraseMatch<RoleWord>> m = lex.roles().longestAt(words, 0);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        if (m.get().length() == 1 && afterCapitalisedNoun(doc, i)) {
            return Optional.empty(); // "l'Assemblée générale": an adjective of the name before it
        }
        int last = kept.get(m.get().length() - 1);
        int from = i;
        StringBuilder label = new StringBuilder();
        if (i > 0 && affixes.contains(doc.folded(i - 1)) && doc.sentenceOf(i - 1) == doc.sentenceOf(i)) {
            from = i - 1;
            label.append(doc.token(i - 1).text()).append(' ');
        }
        for (int n = 0; n < m.get().length(); n++) {
            String t = doc.token(kept.get(n)).text();
            label.append(t);
            if (!t.endsWith("'") && !t.endsWith("\u2019")) {
                label.append(' ');
            }
        }
        RoleWord role = m.get().value();
        return Optional.of(new RolePhrase(from, last + 1, label.toString().trim().toLowerCase(Locale.ROOT),
                genderOf(doc, from, role), role.form(), role.kind()));
    }

    /** Whether a capitalised noun that opens no role stands right before token {@code i}, inside its sentence. */
    private boolean afterCapitalisedNoun(Doc doc, int i) {
        int k = i - 1;
        return k > doc.sentenceStart(doc.sentenceOf(i)) && doc.token(k).isCapitalized() && "NOUN".equals(doc.pos(k))
                && !lex.roles().startsAnEntry(doc.folded(k));
    }

    /**
     * A role phrase that ends right before token {@code nameStart}, modifiers allowed in between: nationality,
     * country, organisation, "de la", adjectives ("le ministre russe des Affaires étrangères Sergueï Lavrov",
     * "l'ambassadeur américain à Moscou, John Sullivan"). A name in between ("le marchand d'armes Viktor Bout,
     * Brittney Griner") ends the search; a name that is itself a complement ("l'ONG de M. X", "le ministère
     * de l'Europe") has no role before it.
     */
    public Optional<RolePhrase> before(Doc doc, int nameStart) {
        int k = nameStart;
        if (k > 0 && honorific(doc, k - 1)) {
            k--; // "l'avocate de la famille, Me Hélène Garnier", "l'émir, cheikh X"
        }
        int p = k > 0 && determiners.contains(doc.folded(k - 1)) ? k - 1 : k;
        if (afterPreposition(doc, k) || (p > 0 && doc.token(p - 1).hasPos("ADP"))) {
            return Optional.empty(); // "chercheur à (l')Institut X": the object of a preposition holds no role
        }
        boolean comma = k > 0 && ",".equals(doc.folded(k - 1));
        // "le secrétaire général de l'Union nationale des journalistes (UNJ), X": the acronym is passed over,
        // and does not count in the window
        int acronym = comma && k >= 4 && ")".equals(doc.folded(k - 2)) && "(".equals(doc.folded(k - 4)) ? 3 : 0;
        return endingAt(doc, (comma ? k - 1 : k) - acronym, comma, nameStart - acronym)
                .filter(r -> !(comma && agentBeforeSubject(doc, r, nameStart)));
    }

    /**
     * "Gracié par l'émir, X rentre au Liban": the agent of an opening participle, and the name after its comma the
     * subject of the verb right after it, not the agent's name in apposition.
     */
    private boolean agentBeforeSubject(Doc doc, RolePhrase role, int nameStart) {
        int det = role.from() > 0 && determiners.contains(doc.folded(role.from() - 1)) ? role.from() - 1 : role.from();
        if (det == 0 || !"par".equals(doc.folded(det - 1))) {
            return false;
        }
        int end = nameStart;
        while (end < doc.size() && doc.token(end).isCapitalized() && doc.sentenceOf(end) == doc.sentenceOf(nameStart)) {
            end++;
        }
        return end < doc.size() && "VERB".equals(doc.pos(end));
    }

    /**
     * Another role of the same person, joined to {@code role} found before a name: coordinated without a
     * determiner ("la vice-présidente et porte-parole, X") or stacked, set apart by a comma ("le chef de la
     * junte, le général X", "le ministre d'État, ministre de la Justice, X").
     */
    public Optional<RolePhrase> joined(Doc doc, RolePhrase role) {
        int f = role.from();
        if (f > 0 && "et".equals(doc.folded(f - 1))) {
            return endingAt(doc, f - 1, false, f);
        }
        if (f > 1 && determiners.contains(doc.folded(f - 1)) && ",".equals(doc.folded(f - 2))) {
            // not a role after a preposition before a trade: "Gracié par le sultan d'Oman, le skipper X" is not the
            // sultan; "décidées par le chef de la junte, le général X" is the chief
            return endingAt(doc, f - 2, true, f).filter(r -> !(objectOfPreposition(doc, r.from()) && role.isProfession()));
        }
        if (f > 0 && ",".equals(doc.folded(f - 1))) {
            // "le ministre d'État, ministre de la Justice, garde des Sceaux, X": titles in a row, no article
            return endingAt(doc, f - 1, true, f).filter(r -> r.to() == f - 1);
        }
        return Optional.empty();
    }

    /** Whether the role starting at {@code from}, past its determiner, follows any preposition ("par le sultan"). */
    private static boolean objectOfPreposition(Doc doc, int from) {
        int k = from - 1;
        if (k >= 0 && Grammar.determiner(doc.folded(k))) {
            k--;
        }
        return k >= 0 && Grammar.preposition(doc, k);
    }

    /**
     * A role with no determiner opening sentence {@code s}, detached before its subject: "Correspondante depuis
     * 2016 de la chaîne X, Mme Y a …", "Ancien ministre, M. Z …". Not one of alternatives ("Espion ou simple
     * touriste, X …"): that weighs a label, it does not give a function. The caller finds the subject.
     */
    public Optional<RolePhrase> opening(Doc doc, int s) {
        int start = doc.sentenceStart(s);
        int head = affixes.contains(doc.folded(start)) ? start + 1 : start;
        // not a participle that folds to a role ("Jugé en trois audiences, il": "juge")
        if (head >= doc.sentenceEnd(s) || !doc.token(start).isCapitalized()
                || doc.token(head).hasPos("VERB") && Grammar.pastParticiple(doc.token(head).text())) {
            return Optional.empty();
        }
        // nor one with its agent ("Employé par un sous-traitant pétrolier, il …")
        return at(doc, head).filter(r -> r.from() == start && !"ou".equals(doc.folded(r.to()))
                && !"par".equals(doc.folded(r.to())));
    }

    /** The nearest role ending at {@code end} (exclusive) with only modifiers up to there, widened to the longest. */
    private Optional<RolePhrase> endingAt(Doc doc, int end, boolean comma, int nameStart) {
        int sentenceStart = doc.sentenceStart(doc.sentenceOf(nameStart));
        int limit = Math.max(sentenceStart, nameStart - WINDOW);
        for (int j = end - 1; j >= limit; j--) {
            Optional<RolePhrase> r = fits(doc, j, end, comma);
            if (r.isPresent()) {
                return Optional.of(widest(doc, r.get(), end, comma, limit));
            }
            if ("VERB".equals(doc.pos(j)) && !qualifier(doc.folded(j))) {
                return participleComplement(doc, j, end, limit);
            }
            if (doc.token(j).isPunctuation()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "l'avocat spécialisé dans les droits des travailleurs X": a role right before the participle at
     * {@code participle}, whose prepositional complement runs up to the name in lower-case words only and
     * ends with a noun or adjective (after a preposition, the name is its object).
     */
    private Optional<RolePhrase> participleComplement(Doc doc, int participle, int end, int limit) {
        if (participle + 1 >= end || !"ADP".equals(doc.pos(participle + 1))
                || !("NOUN".equals(doc.pos(end - 1)) || "ADJ".equals(doc.pos(end - 1)))) { // "… sur X": X is the object
            return Optional.empty();
        }
        for (int k = participle + 1; k < end; k++) {
            String pos = doc.pos(k);
            boolean lowerCaseWord = !doc.token(k).isCapitalized() && !doc.token(k).isPunctuation()
                    && ("NOUN".equals(pos) || "ADJ".equals(pos) || doc.token(k).hasPos("DET") || doc.token(k).hasPos("ADP"));
            if (!lowerCaseWord) {
                return Optional.empty();
            }
        }
        for (int j = Math.max(limit, participle - lex.roles().maxLength()); j < participle; j++) { // longest first
            Optional<RolePhrase> r = at(doc, j).filter(p -> p.to() == participle && !afterPreposition(doc, p.from()));
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * The role at {@code j} if only modifiers follow it up to {@code end}. Before a comma, a role in a
     * complement ("la sœur de l'humanitaire, X", "l'avocat du journaliste, X") belongs to somebody else.
     */
    private Optional<RolePhrase> fits(Doc doc, int j, int end, boolean comma) {
        return at(doc, j).filter(r -> r.to() <= end && modifiersOnly(doc, r.to(), end, comma)
                && !(comma && afterPreposition(doc, r.from())));
    }

    /** "procureur général", not "général": the longest role that still ends where {@code role} ends or later. */
    private RolePhrase widest(Doc doc, RolePhrase role, int end, boolean comma, int limit) {
        RolePhrase best = role;
        for (int k = role.from() - 1; k >= Math.max(limit, role.from() - lex.roles().maxLength()); k--) {
            Optional<RolePhrase> r = fits(doc, k, end, comma);
            if (r.isPresent() && r.get().to() >= role.to() && r.get().from() < best.from()) {
                best = r.get();
            }
        }
        return best;
    }

    /** A civil title ("M.", "Me", capitalised) or an honorific ("cheikh") right before a name: not a role. */
    private boolean honorific(Doc doc, int k) {
        return Grammar.title(doc.folded(k)) && doc.token(k).isCapitalized() || honorifics.contains(doc.folded(k));
    }

    /** Whether the phrase at token {@code k} is the complement of "de": "de M. X", "du ministre", "de l'Europe". */
    private boolean afterPreposition(Doc doc, int k) {
        int p = k - 1;
        if (p >= 0 && determiners.contains(doc.folded(p)) && !Grammar.deComplement(doc.folded(p))) {
            p--;
        }
        return p >= 0 && Grammar.deComplement(doc.folded(p)) && doc.sentenceOf(p) == doc.sentenceOf(k);
    }

    /** A nationality or political adjective, skipped inside and after a role ("le Premier ministre travailliste"). */
    private boolean qualifier(String folded) {
        return lex.countries().byDemonym(folded).isPresent() || politicalAdjectives.contains(folded);
    }

    /**
     * ", porte-parole du Conseil", ", un trafiquant d'armes", ", le célèbre trafiquant d'armes", ", 57 ans,
     * directeur de la filiale" right after a name ending before {@code nameEnd}. Not a role that opens a new
     * clause or introduces the next name (see {@link #startsClause}).
     */
    public Optional<RolePhrase> apposition(Doc doc, int nameEnd) {
        int end = doc.sentenceEnd(doc.sentenceOf(nameEnd - 1));
        int k = nameEnd;
        if (k >= end || !(",".equals(doc.folded(k)) || "(".equals(doc.folded(k)))) {
            return Optional.empty();
        }
        k++;
        if (k + 2 < end && "NUM".equals(doc.pos(k)) && "ans".equals(doc.folded(k + 1)) && ",".equals(doc.folded(k + 2))) {
            k += 3; // the age: "Takahiro Nishimura, 57 ans, directeur"
        }
        if (k < end && determiners.contains(doc.folded(k))) {
            k++;
        }
        while (k < end && "ADJ".equals(doc.pos(k)) && !affixes.contains(doc.folded(k)) && at(doc, k).isEmpty()) {
            k++;
        }
        if (k < end && affixes.contains(doc.folded(k))) {
            k++;
        }
        if (k >= end) {
            return Optional.empty();
        }
        Optional<RolePhrase> role = at(doc, k);
        if (role.isEmpty() && ("NOUN".equals(doc.pos(k)) || "VERB".equals(doc.pos(k)) && !verbAt(doc, k, end))) {
            role = coordinated(doc, k, end);
        }
        return role.filter(r -> !startsClause(doc, r.to(), end));
    }

    /**
     * A role coordinated after another noun in one apposition: "X, 61 ans, figure du barreau et ancienne
     * bâtonnière, …" (the tagger may take the first noun for a verb), "Y, mère de deux enfants et
     * enseignante". No other verb nor punctuation before "et".
     */
    private Optional<RolePhrase> coordinated(Doc doc, int k, int end) {
        for (int e = k + 1; e + 1 < end && !doc.token(e).isPunctuation() && !verbAt(doc, e, end)
                && !"VERB".equals(doc.pos(e)); e++) {
            if ("et".equals(doc.folded(e))) {
                int conjunct = e + 1;
                int head = affixes.contains(doc.folded(conjunct)) ? conjunct + 1 : conjunct;
                return head < end ? at(doc, head).filter(r -> r.from() == conjunct) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A role with a definite article at token {@code k}, subject of the verb right after it ("Le chef de
     * l'Etat tunisien a défendu …", "…, le chef de la diplomatie italienne s'était entretenu …").
     */
    public Optional<RolePhrase> definiteSubject(Doc doc, int k) {
        int end = doc.sentenceEnd(doc.sentenceOf(k));
        if (!DEFINITE.contains(doc.folded(k)) || k + 1 >= end) {
            return Optional.empty();
        }
        // a role found at its head takes the affix before it in ("le haut diplomate")
        return at(doc, k + 1).or(() -> at(doc, k + 2))
                .filter(r -> r.from() == k + 1 && verbAt(doc, afterQualifiers(doc, r.to(), end), end));
    }

    /**
     * Whether what follows a role ending at {@code to} shows it is no apposition: a verb makes the role the
     * subject of a new clause ("Selon son avocate, X, la journaliste a refusé"), a name makes it the role of
     * that name ("le prêtre X, l'ancienne députée Y").
     */
    private boolean startsClause(Doc doc, int to, int end) {
        int k = afterPlaceComplement(doc, afterQualifiers(doc, to, end), end);
        // "X, chercheur, juge que ...", "X, juge le dossier vide": a role word that a "que" or an article
        // follows is a verb
        boolean que = to < end && Grammar.que(doc.folded(to));
        boolean object = to < end && (Grammar.definiteArticle(doc.folded(to)) || Grammar.indefiniteArticle(doc.folded(to)));
        return que || object || verbAt(doc, k, end) || k < end && doc.token(k).isProperNoun()
                && lex.organizations().longestAt(doc.foldedTokens(), k).isEmpty()
                && lex.countries().nameAt(doc.foldedTokens(), k).isEmpty()
                && lex.countries().placeAt(doc.foldedTokens(), k).isEmpty();
    }

    /** "de Saint-Jérôme", "du Cap-Haïtien": past a "de" and the capitalised name it introduces, else {@code k}. */
    private static int afterPlaceComplement(Doc doc, int k, int end) {
        if (k + 1 >= end || !Grammar.deComplement(doc.folded(k)) || !doc.token(k + 1).isCapitalized()) {
            return k;
        }
        int j = k + 1;
        while (j < end && doc.token(j).isCapitalized() && !doc.token(j).isPunctuation()) {
            j++;
        }
        return j;
    }

    /** The first token from {@code k} that is not a lower-case adjective or nationality. */
    private int afterQualifiers(Doc doc, int k, int end) {
        while (k < end && ("ADJ".equals(doc.pos(k)) || qualifier(doc.folded(k))) && !doc.token(k).isCapitalized()) {
            k++;
        }
        return k;
    }

    /**
     * A finite verb at {@code k}: an auxiliary (whatever its tag), a clitic pronoun before a verb, a speech verb, or a verb
     * followed by another ("devrait être") — not a lone participle ("un ingénieur condamné en 2021").
     */
    private boolean verbAt(Doc doc, int k, int end) {
        if (k >= end) {
            return false;
        }
        String w = doc.folded(k);
        return "AUX".equals(doc.pos(k)) || "VERB".equals(doc.pos(k)) && Grammar.finiteAuxiliary(w)
                || Grammar.clitic(w) && (doc.token(k).hasPos("PRON") || "ADV".equals(doc.pos(k)))
                || "VERB".equals(doc.pos(k)) && (lex.speechVerbs().form(w).isPresent() || Grammar.finiteEnding(w)
                        || k + 1 < end && doc.isVerb(k + 1));
    }

    /**
     * Whether tokens [from, to) only qualify the role: nationality and country, an organisation with its
     * complement, lower-case nouns only when a comma sets the name apart ("le porte-parole du Conseil de
     * sécurité nationale, John Kirby", "l'avocate de la famille, Me X"), "de la", "à Moscou", "et des" inside
     * an organisation's name, nationality, political and other adjectives. A capitalised word no gazetteer
     * claims is a name, not a modifier.
     */
    private boolean modifiersOnly(Doc doc, int from, int to, boolean comma) {
        List<String> words = doc.foldedTokens();
        boolean inOrganization = false;
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            Optional<PhraseMatch<String>> org = lex.organizations().longestAt(words, k);
            if (org.isPresent()) {
                inOrganization = true;
                k += org.get().length() - 1;
                continue;
            }
            boolean claimed = lex.countries().byDemonym(w).isPresent() || lex.countries().nameAt(words, k).isPresent()
                    || lex.countries().placeAt(words, k).isPresent();
            boolean complement = k > from && (afterPreposition(doc, k)
                    || doc.token(k - 1).isCapitalized() && Grammar.deComplement(words.get(Math.max(from, k - 2))));
            if (doc.token(k).isCapitalized() && !claimed && !inOrganization && !complement) {
                return false; // a name, not a qualifier of the role
            }
            boolean ok = claimed || doc.token(k).isCapitalized()
                    || "ADJ".equals(doc.pos(k)) || qualifier(w) || doc.token(k).hasPos("DET") || Grammar.deComplement(w)
                    || "et".equals(w) && k + 1 < to && Grammar.deComplement(words.get(k + 1))
                    || "à".equals(doc.token(k).text())
                    || (comma && "NOUN".equals(doc.pos(k)));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the role {@code later} names the holder of {@code given} once named: its periphrasis ("chef de
     * l'état" after "président"), or the office itself after its periphrasis ("le ministre des Affaires
     * étrangères" after "le chef de la diplomatie lituanienne, X").
     */
    public boolean standsFor(RolePhrase later, String given) {
        return periphrasisOf(Fold.of(later.label()), Fold.of(given)) || periphrasisOf(Fold.of(given), Fold.of(later.label()));
    }

    /**
     * Whether {@code label} ("ministre") shortens the title {@code given} ("ministre de la Justice") or an office
     * that {@code given} is a periphrasis of ("chef de la diplomatie" for "ministre des affaires étrangères").
     */
    public boolean shortens(String label, String given) {
        String key = Fold.of(label) + " ";
        String title = Fold.of(given);
        return title.startsWith(key)
                || officesByPeriphrasis.getOrDefault(title, List.of()).stream().anyMatch(o -> o.startsWith(key));
    }

    /** The one country whose office this role's title is ("ministre de l'Europe et des Affaires étrangères"), or null. */
    public String nationalOffice(RolePhrase role) {
        return nationalOffice(role.label());
    }

    /** The one country whose office the title {@code label} is ("conseiller fédéral"), or null. */
    public String nationalOffice(String label) {
        return nationalOffices.value(Fold.of(label));
    }

    private boolean periphrasisOf(String periphrasis, String office) {
        return periphrasesByOffice.getOrDefault(office, List.of()).contains(periphrasis);
    }

    private Gender genderOf(Doc doc, int from, RoleWord role) {
        if (role.gender() != Gender.UNKNOWN) {
            return role.gender();
        }
        Gender affix = affixes.gender(doc.folded(from));
        if (affix != Gender.UNKNOWN) {
            return affix;
        }
        return from > 0 ? determiners.gender(doc.folded(from - 1)) : Gender.UNKNOWN;
    }
}
