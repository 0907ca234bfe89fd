package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Countries;
import org.newskg.lexicon.Country;
import org.newskg.lexicon.Gender;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.RolePhrase;
import org.newskg.mention.RolePhrases;
import org.newskg.text.Fold;

/**
 * Whom a detention cue with no name for its subject is said of: the person a subject pronoun ("il", "elle",
 * "ils", "tous deux") or a description ("La lauréate du prix Nobel", "Ce Belgo-Marocain", "l'ingénieur") stands
 * for, read back from the cue through its clause ({@link DetentionSubject}) to the persons named or held before.
 */
final class DetentionAnaphor {

    /** How many sentences back a pronoun or a role noun may find its person. */
    private static final int ANAPHOR_SENTENCES = 2;

    /** How many words may stand between a nationality and the name it describes ("un Italien, le coopérant X"). */
    private static final int NATIONALITY_REACH = 4;

    private final RolePhrases roles;
    private final DetentionSubject subjects;
    private final Countries countries;

    DetentionAnaphor(RolePhrases roles, DetentionSubject subjects, Countries countries) {
        this.roles = roles;
        this.subjects = subjects;
        this.countries = countries;
    }

    /** A person resolved from an anaphor, with the rule that resolved it. */
    record Resolved(List<Integer> persons, String rule) {
    }

    /**
     * The person a subject pronoun or a sentence-opening role noun before the cue refers to ("Arrêté à Bombay, il
     * est depuis détenu", "Tous deux étaient détenus", "La lauréate du prix Nobel, âgée de 78 ans, purge une
     * peine"): the one person of the pronoun's gender named just before (a role noun: the one person named just
     * before); "tous deux", "tous trois": that many persons named over the sentences before; "les deux militants":
     * the two the previous sentence names. A pronoun that no name resolves is the one person held in the sentence
     * before; "ils", "elles", the persons held there when more than one ({@code heldBefore}, their tokens).
     */
    Resolved anaphor(Doc doc, PersonTable persons, List<RoleFact> givenRoles, int cue, int start, List<Integer> heldBefore) {
        int j = subjectLast(doc, persons, cue, start);
        // "Tous trois" may gather persons named over a few sentences; "Les deux hommes", those of the one before
        boolean all = j > start && List.of("tous", "toutes").contains(doc.folded(j - 1));
        int group = all ? groupSize(doc, j) : theGroup(doc, j, start);
        if (group > 1) {
            return new Resolved(allOfPrevious(doc, persons, doc.sentenceOf(cue), group, all ? Referents.FAR_SENTENCES : 1), "group");
        }
        if (j >= start && DetentionSubject.PLURAL_PRONOUNS.contains(doc.folded(j)) && !doc.quoted(j) && heldBefore.size() > 1) {
            // "Les deux militants avaient été interpellés. Placés en garde à vue, ils …": those held just before
            return new Resolved(heldBefore, "plural-pronoun+previous-held");
        }
        int previousHeld = heldBefore.size() == 1 ? heldBefore.get(0) : -1;
        // "il"/"elle" standing before the cue; not a plural, which may stand for any group
        Gender pronoun = j >= start && !doc.folded(j).startsWith("-") ? Grammar.subjectPronoun(doc.folded(j)) : null;
        if (pronoun != null && !doc.quoted(j)) {
            Optional<Resolved> described = describedAntecedent(doc, persons, givenRoles, j, pronoun, previousHeld);
            if (described.isPresent()) {
                return described.get();
            }
            int announced = namedBeforeColon(doc, persons, j, start, pronoun);
            if (announced >= 0) {
                return single(announced, "pronoun+before-colon");
            }
            int from = DetentionSubject.frontedBefore(doc, j, start) ? start : j;
            int named = unique(doc, persons, from, pronoun, false, true, Referents.FAR_SENTENCES);
            boolean heldAgrees = previousHeld >= 0 && !pronoun.contradicts(persons.gender(persons.personAt(previousHeld)));
            // "… la réélection de Paul X. Transféré à Yaoundé, il …" after the sentence that held somebody, "venu
            // couvrir la réélection d'Alexandre X, il avait passé …": not the name completing a noun
            if (named >= 0 && (heldAgrees || doc.sentenceOf(named) == doc.sentenceOf(j))
                    && DetentionSubject.nounComplement(doc, named)) {
                named = -1;
            }
            if (named < 0 && heldAgrees) {
                // "Ce professeur … avait été arrêté. Depuis, il est détenu à …": the person the sentence before held
                return single(previousHeld, "pronoun+previous-held");
            }
            if (named < 0 && persons.namedBefore(j).isEmpty()) {
                // "Arrêtée à l'aéroport …, elle est détenue à Evin. Nasrin X, belgo-iranienne, exerce à Gand": a lead
                // that names nobody yet speaks of whom the next sentence opens on
                return single(openingNextSentence(doc, persons, j, pronoun), "pronoun+named-next");
            }
            return single(named, "pronoun");
        }
        int national = j > start && Grammar.definiteArticle(doc.folded(j - 1)) ? ofNationality(doc, persons, j) : -1;
        if (national >= 0) {
            // "Arrêté près de la frontière, le Franco-Colombien avait été accusé": the person of that nationality
            return single(national, "nationality");
        }
        int opening = roleNounSubject(doc, persons, j, start);
        int aged = opening < 0 ? -1 : StatedAges.personOfAge(doc, persons, opening + 1, Referents.FAR_SENTENCES);
        if (aged >= 0) {
            // "Mohammad X, 58 ans, … Son fils Ali … Le quinquagénaire serait incarcéré": the one person of that age
            return single(aged, "age-noun");
        }
        Optional<RolePhrase> role = opening < 0 ? Optional.empty() : roleAfter(doc, opening, j);
        Optional<String> holder = role.flatMap(r -> onlyHolder(persons, givenRoles, r, doc.token(opening).start()));
        if (holder.isPresent()) {
            // "En 2022, l'ingénieur avait déjà été retenu" after "X, ingénieur de 31 ans,"
            return single(lastMention(persons, holder.get(), opening), "role-holder");
        }
        if (opening >= 0) {
            boolean demonstrative = Grammar.demonstrative(doc.folded(opening)) != null;
            // "L'ancien président est lui-même détenu" after "Leila X, … opposante à Rodrigo Y": after "l'", a role
            // whose own words tell its gender picks, as a pronoun does, the one person of that gender
            Gender gender = Grammar.determinerGender(doc.folded(opening));
            boolean alone = gender != Gender.UNKNOWN || role.isEmpty() || role.get().gender() == Gender.UNKNOWN;
            if (!alone) {
                gender = role.get().gender();
            }
            return single(unique(doc, persons, start, gender, alone, false,
                    demonstrative ? Referents.FAR_SENTENCES : ANAPHOR_SENTENCES), demonstrative ? "demonstrative" : "role-noun");
        }
        return new Resolved(List.of(), "");
    }

    /** The person whose name opens the sentence after token {@code j}'s when their gender agrees, else -1. */
    private static int openingNextSentence(Doc doc, PersonTable persons, int j, Gender gender) {
        int next = doc.sentenceOf(j) + 1;
        if (next >= doc.sentenceCount()) {
            return -1;
        }
        int first = doc.sentenceStart(next);
        String p = persons.personAt(first);
        return p != null && !gender.contradicts(persons.gender(p)) ? first : -1;
    }

    /**
     * "X, lui, connaissait les risques : en 2021, il avait été retenu deux nuits à Puno": the one person named, not
     * after a preposition but as a noun's complement, in the clause a colon or semicolon closes before the pronoun
     * at {@code pronoun}, when that person's gender agrees; else -1.
     */
    private static int namedBeforeColon(Doc doc, PersonTable persons, int pronoun, int start, Gender gender) {
        int colon = pronoun - 1;
        while (colon > start && !":".equals(doc.folded(colon)) && !";".equals(doc.folded(colon))) {
            colon--;
        }
        Set<String> named = new HashSet<>();
        int first = -1;
        for (int k = start; k < colon; k++) {
            String p = persons.personAt(k);
            if (p != null && !doc.quoted(k) && named.add(p)) {
                first = persons.nameStart(k, start);
            }
        }
        // not a source ("Selon X :"), but maybe the complement of a noun ("la première mésaventure de X :")
        if (colon <= start || named.size() != 1
                || DetentionSubject.isPrepositionObject(doc, first) && !DetentionSubject.nounComplement(doc, first)
                || gender.contradicts(persons.gender(named.iterator().next()))) {
            return -1;
        }
        return first;
    }

    /**
     * "Les deux militants avaient été interpellés": how many "les deux", "ces trois" and a noun opening the sentence,
     * ending at {@code last}, count; 0 when the subject is no such group.
     */
    private static int theGroup(Doc doc, int last, int start) {
        int k = last;
        while (k > start && ("NOUN".equals(doc.pos(k)) || "ADJ".equals(doc.pos(k)))) {
            k--;
        }
        return k < last && k == start + 1 && List.of("les", "ces").contains(doc.folded(start)) ? groupSize(doc, k) : 0;
    }

    /** The number the word at {@code k} writes out ("trois"), or 0. */
    private static int groupSize(Doc doc, int k) {
        return DetentionTerm.numberWord(doc.folded(k));
    }

    /**
     * "Le géographe connaît ces soupçons : en 2009, il avait passé trois jours en garde à vue": a description of a
     * person opening a clause ("le géographe", "que l'hydrogéologue", ", le Namurois"), nearer the pronoun than
     * any name, is what the pronoun stands for: the person named just before it in apposition, else the person
     * its sentence held ({@code previousHeld}, a token, or -1), else the one the article gave its role before,
     * else the one person named just before it. A demonym after "le" ("le Namurois") that no name is
     * known for resolves to nobody. Empty when a name comes first or the description tells nothing.
     */
    private Optional<Resolved> describedAntecedent(Doc doc, PersonTable persons, List<RoleFact> givenRoles,
                                                   int pronoun, Gender gender, int previousHeld) {
        int first = doc.sentenceStart(Math.max(0, doc.sentenceOf(pronoun) - 1));
        for (int m = pronoun - 1; m > first; m--) {
            if (persons.hasPersonAt(m) && !doc.quoted(m)) {
                return Optional.empty();
            }
            if (doc.quoted(m) || !opensDescription(doc, m - 1) || gender.contradicts(Grammar.determinerGender(doc.folded(m - 1)))) {
                continue;
            }
            Optional<RolePhrase> role = roles.at(doc, m);
            boolean described = role.isPresent() || Grammar.personNounAt(doc.foldedTokens(), m) > 0
                    || doc.token(m).isCapitalized() && Grammar.demonymGender(doc.folded(m)) != null;
            if (!described) {
                continue;
            }
            if (m - 3 >= first && ",".equals(doc.folded(m - 2)) && persons.hasPersonAt(m - 3)) {
                return Optional.of(single(persons.nameStart(m - 3, first), "pronoun+described")); // "X, le géographe, …"
            }
            if (previousHeld >= 0 && doc.sentenceOf(m) == doc.sentenceOf(previousHeld)) {
                // "La photographe … a été arrêtée en juin. Elle est détenue depuis …": whom that sentence held
                return Optional.of(single(previousHeld, "pronoun+described-held"));
            }
            int head = m;
            Optional<String> holder = role.flatMap(r -> onlyHolder(persons, givenRoles, r, doc.token(head).start()));
            if (holder.isPresent()) {
                return Optional.of(single(lastMention(persons, holder.get(), head), "pronoun+role-holder"));
            }
            // a role nobody was given, a person noun, a demonym after "ce": the one person named just before, as
            // for a role noun opening the cue's own sentence; "le Namurois" may be anybody the article has named
            boolean demonstrative = Grammar.demonstrative(doc.folded(m - 1)) != null;
            boolean demonym = role.isEmpty() && Grammar.personNounAt(doc.foldedTokens(), m) == 0;
            int named = demonym && !demonstrative ? ofNationality(doc, persons, m) : unique(doc, persons, m - 1,
                    Grammar.determinerGender(doc.folded(m - 1)), true, false, demonstrative ? Referents.FAR_SENTENCES : ANAPHOR_SENTENCES);
            if (named >= 0 || demonym) {
                return Optional.of(single(named, "pronoun+description"));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A definite or demonstrative article at {@code k} that opens its sentence or a clause ("que l'…", ", le …"). */
    private static boolean opensDescription(Doc doc, int k) {
        String w = doc.folded(k);
        if (!Grammar.definiteArticle(w) && Grammar.demonstrative(w) == null || w.equals("les")) {
            return false;
        }
        if (k == doc.sentenceStart(doc.sentenceOf(k))) {
            return true;
        }
        String before = doc.folded(k - 1);
        return Grammar.que(before) || before.equals(",") || before.equals(":") || before.equals(";");
    }

    /**
     * "le Franco-Colombien" at {@code noun}: the one person the article described with that nationality beside
     * the name before it ("l'humanitaire franco-colombien X", "X, un Franco-Colombien de 38 ans"), at their last
     * mention; -1 when the word is no nationality, or none or several persons had it.
     */
    private int ofNationality(Doc doc, PersonTable persons, int noun) {
        List<String> codes = nationalities(doc.folded(noun));
        if (codes.isEmpty()) {
            return -1;
        }
        Set<String> described = new LinkedHashSet<>();
        for (int t = 0; t < noun; t++) {
            if (!doc.quoted(t) && codes.equals(nationalities(doc.folded(t)))) {
                nameBeside(doc, persons, t).ifPresent(described::add);
            }
        }
        return described.size() == 1 ? lastMention(persons, described.iterator().next(), noun) : -1;
    }

    /**
     * A nationality whatever its gender and number: the country of its last part, after the prefixes of a
     * compound one ("franco-colombienne": franco, CO); empty if the word is none.
     */
    private List<String> nationalities(String folded) {
        int hyphen = folded.lastIndexOf('-');
        Optional<Country> country = countries.byDemonym(folded.substring(hyphen + 1));
        if (country.isEmpty()) {
            return List.of();
        }
        List<String> key = new ArrayList<>(hyphen < 0 ? List.of() : List.of(folded.substring(0, hyphen).split("-")));
        key.add(country.get().code());
        return key;
    }

    /** The person named right after the nationality at {@code t}, or right before it in apposition ("X, un Russe"). */
    private static Optional<String> nameBeside(Doc doc, PersonTable persons, int t) {
        int s = doc.sentenceOf(t);
        for (int k = t + 1; k < Math.min(doc.sentenceEnd(s), t + 1 + NATIONALITY_REACH) && !doc.isVerb(k); k++) {
            if (persons.hasPersonAt(k)) {
                return Optional.of(persons.personAt(k));
            }
        }
        boolean apposed = t >= 3 && doc.sentenceOf(t - 3) == s && ",".equals(doc.folded(t - 2))
                && (Grammar.indefiniteArticle(doc.folded(t - 1)) || Grammar.definiteArticle(doc.folded(t - 1)));
        return apposed && persons.hasPersonAt(t - 3) ? Optional.of(persons.personAt(t - 3)) : Optional.empty();
    }

    /** The one person the article gave the role {@code role} before offset {@code before}. */
    private static Optional<String> onlyHolder(PersonTable persons, List<RoleFact> givenRoles, RolePhrase role, int before) {
        String label = Fold.of(role.label());
        List<String> holders = givenRoles.stream()
                .filter(r -> r.evidence().start() < before && Fold.of(r.role()).equals(label)
                        && !role.gender().contradicts(persons.gender(r.personId())))
                .map(RoleFact::personId).distinct().toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /** The last token before {@code before} that names {@code person}, or -1. */
    private static int lastMention(PersonTable persons, String person, int before) {
        for (int j = before - 1; j >= 0; j--) {
            if (person.equals(persons.personAt(j))) {
                return persons.nameStart(j, 0);
            }
        }
        return -1;
    }

    /**
     * Where the subject of the cue's clause ends: before the verb group that leads to the cue, over what stands
     * between them ("il avait passé trois semaines en détention à", "L'homme d'affaires venait de passer trois
     * mois à la prison"), else before the adverbs and auxiliaries right before the cue.
     */
    private int subjectLast(Doc doc, PersonTable persons, int cue, int start) {
        int verb = cue;
        for (int j = cue - 1; j >= Math.max(start, cue - DetentionSubject.PERSON_WINDOW); j--) {
            if (doc.token(j).isPunctuation() || persons.hasPersonAt(j) || subjects.breaksSubject(doc, persons, j, cue)) {
                break;
            }
            if (doc.isVerb(j)) {
                verb = j;
            }
        }
        int j = verb - 1;
        while (j >= start && (subjects.filler(doc.folded(j)) || "AUX".equals(doc.pos(j)))) {
            j--;
        }
        return j;
    }

    /**
     * "La lauréate du prix Nobel de la paix, âgée de 78 ans," before the cue: a definite noun phrase opening the
     * sentence, with no verb or person in it but in a relative clause set off by commas, maybe followed by one
     * apposition; the index of its article or -1.
     */
    private int roleNounSubject(Doc doc, PersonTable persons, int last, int start) {
        boolean fronted = doc.token(start).hasPos("ADP") || "ADV".equals(doc.pos(start)) || "NOUN".equals(doc.pos(start));
        if (last > start && fronted) {
            // "Pendant onze mois, l'ancien officier a été détenu", "Depuis, cet homme d'affaires n'est jamais
            // ressorti de la prison", "Correspondant d'un site kinois, le journaliste avait été interpellé": past a
            // fronted prepositional phrase, adverb or noun phrase without article
            int comma = start;
            // a participle qualifying a noun of the phrase does not end it ("un site d'information basé à Kinshasa")
            while (comma < last && !",".equals(doc.folded(comma)) && !(doc.isVerb(comma)
                    && !(doc.token(comma).hasPos("VERB") && Grammar.pastParticiple(doc.token(comma).text())))) {
                comma++;
            }
            start = ",".equals(doc.folded(comma)) ? comma + 1 : start;
        }
        boolean definite = List.of("le", "la", "l'").contains(doc.folded(start));
        boolean demonstrative = Grammar.demonstrative(doc.folded(start)) != null;
        // a demonstrative reaches further back, so only before the noun itself ("cet ancien technicien" may be
        // somebody the passage recalls), or before a demonym ("Ce Belgo-Marocain d'Anderlecht a été condamné")
        boolean demonym = demonstrative && last > start && doc.token(start + 1).isCapitalized()
                && (Grammar.demonymGender(doc.folded(start + 1)) != null
                        || countries.byDemonym(doc.folded(start + 1)).isPresent()); // "Ce Turc de 31 ans"
        if (last <= start || !(definite || demonstrative && "NOUN".equals(doc.pos(start + 1)) || demonym)
                || !(demonym || DetentionSubject.personHead(doc, start + 1, last) >= 0)) {
            return -1;
        }
        for (int j = start; j <= last; j++) {
            if (j > start && doc.folded(j).equals("qui") && doc.folded(j - 1).equals(",")) {
                j = relativeEnd(doc, j, last); // "Cet historien, qui possède la double nationalité, purgeait"
                continue;
            }
            if (persons.hasPersonAt(j) || "VERB".equals(doc.pos(j)) || doc.quoted(j) || doc.folded(j).equals("que")) {
                return -1;
            }
        }
        return start;
    }

    /** The role that heads the noun phrase after the article at {@code opening}, past adjectives ("L'ancien président"). */
    private Optional<RolePhrase> roleAfter(Doc doc, int opening, int last) {
        int k = opening + 1;
        Optional<RolePhrase> role = roles.at(doc, k);
        while (role.isEmpty() && k < last && "ADJ".equals(doc.pos(k))) {
            role = roles.at(doc, ++k);
        }
        return role;
    }

    /** The comma that closes the relative clause opening at {@code qui}, or {@code last} when none does before it. */
    private static int relativeEnd(Doc doc, int qui, int last) {
        int j = qui;
        while (j < last && !doc.folded(j).equals(",")) {
            j++;
        }
        return j;
    }

    private static Resolved single(int person, String rule) {
        return new Resolved(person < 0 ? List.of() : List.of(person), rule);
    }

    /**
     * The one person named outside quotations before token {@code from}, in its sentence and the one before, else
     * further back up to {@code reach} sentences, whose gender does not contradict {@code gender}; -1 when there is none or more than one
     * ("elle" after "X et Y" is left unresolved). With {@code alone}, any other person named there, of either
     * gender, makes it -1 too: a role noun's gender says less than a pronoun's.
     */
    private static int unique(Doc doc, PersonTable persons, int from, Gender gender, boolean alone, boolean subjectFirst,
            int reach) {
        int sentence = doc.sentenceOf(from);
        for (int back = 1; back <= reach && sentence - back >= 0; back++) {
            Map<String, Integer> named = new LinkedHashMap<>();
            for (int j = from - 1; j >= doc.sentenceStart(sentence - back); j--) {
                String p = persons.personAt(j);
                if (p != null && !doc.quoted(j)) {
                    named.put(p, j);
                }
            }
            List<String> compatible = named.keySet().stream()
                    .filter(p -> !gender.contradicts(persons.gender(p))).toList();
            if (compatible.size() > 1 && subjectFirst && back == 1) {
                // "X, 26 ans, fait partie des étrangers graciés par le président Y. Il avait été condamné": the
                // subject of the pronoun's own sentence ("X, 47 ans, enseignait … lorsqu'il a été arrêté"), else,
                // when that sentence names nobody before the pronoun, the subject of the sentence before
                int own = persons.subjectOf(doc, sentence);
                int subject = own >= 0 && own < from ? own
                        : namesBefore(doc, persons, from) ? -1 : persons.subjectOf(doc, sentence - 1);
                if (subject >= 0 && compatible.contains(persons.personAt(subject))) {
                    return subject;
                }
            }
            if (compatible.size() > 1 || (alone && named.size() > compatible.size())) {
                return -1;
            }
            if (compatible.size() == 1) {
                return named.get(compatible.get(0));
            }
        }
        return -1;
    }


    /** Whether the sentence of token {@code k} names a person before it, outside quotations. */
    private static boolean namesBefore(Doc doc, PersonTable persons, int k) {
        for (int j = doc.sentenceStart(doc.sentenceOf(k)); j < k; j++) {
            if (persons.hasPersonAt(j) && !doc.quoted(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of each of the {@code count} persons the sentences before {@code sentence} name, reading back
     * at most {@code reach} sentences until that many are found ("A … B et C … . Tous trois ont été détenus"), or
     * nothing when more or fewer are.
     */
    private static List<Integer> allOfPrevious(Doc doc, PersonTable persons, int sentence, int count, int reach) {
        Set<String> seen = new LinkedHashSet<>();
        List<Integer> firsts = new ArrayList<>();
        for (int s = sentence - 1; s >= Math.max(0, sentence - reach) && firsts.size() < count; s--) {
            List<Integer> named = new ArrayList<>();
            for (int j = doc.sentenceStart(s); j < doc.sentenceEnd(s); j++) {
                String p = persons.personAt(j);
                if (p != null && !doc.quoted(j) && seen.add(p)) {
                    named.add(j);
                }
            }
            firsts.addAll(0, named);
        }
        return firsts.size() == count ? firsts : List.of();
    }
}
