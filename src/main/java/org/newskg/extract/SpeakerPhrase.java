package org.newskg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.RolePhrase;
import org.newskg.mention.RolePhrases;
import org.newskg.mention.WordList;

/**
 * Reads who a noun phrase standing as a speech verb's subject or as the source of "selon" names, from its head:
 * a named person; a pronoun or "ce dernier"; a relative ("le frère", "l'épouse de X"); a role, through
 * {@link RoleReference}; a demonym or a description of the person the article puts forward ("la Lilloise",
 * "le détenu"); an organisation, by its name, acronym or anaphor; an anonymous source ("une source
 * diplomatique"). Documents ("le communiqué") are {@link SpeakerFinder}'s, which knows the sentences before.
 */
final class SpeakerPhrase {

    /** "le détenu", "l'otage": nouns that name a person as held. */
    private static final WordList DETAINEE_NOUNS = WordList.load("extract/detainee-nouns.txt");

    private final Lexicon lex;
    private final RolePhrases roles;
    private final Doc doc;
    private final PersonTable persons;
    private final Salience salience;
    private final Referents referents;
    private final OrganizationReference organizations;
    private final RoleReference roleReference;
    private final Supplier<Set<String>> held;

    /** @param held the persons the article's detentions hold, whom "le détenu" may stand for; asked only then */
    SpeakerPhrase(Lexicon lex, RolePhrases roles, Doc doc, PersonTable persons, Salience salience, Referents referents,
                  OrganizationReference organizations, RoleReference roleReference, Supplier<Set<String>> held) {
        this.lex = lex;
        this.roles = roles;
        this.doc = doc;
        this.persons = persons;
        this.salience = salience;
        this.referents = referents;
        this.organizations = organizations;
        this.roleReference = roleReference;
        this.held = held;
    }

    /** The head of the noun phrase {@code from}–{@code to}: its first word after determiners, punctuation and civil titles. */
    int head(int from, int to) {
        int head = from;
        while (head < to && (Grammar.determiner(doc.folded(head)) || doc.token(head).isPunctuation()
                || (Grammar.title(doc.folded(head)) && doc.token(head).isCapitalized()))) {
            head++;
        }
        return head;
    }

    /** What the noun phrase {@code from}–{@code to} names as a speaker, read from its head; not a document. */
    Optional<Attribution> read(int from, int to, String rule) {
        final int k = head(from, to);
        if (k >= to) {
            return Optional.empty();
        }
        String person = persons.personAt(k);
        if (person != null) {
            return Optional.of(new Attribution(Speaker.person(person), rule, 0.9));
        }
        Gender pronoun = Grammar.subjectPronoun(doc.folded(k));
        if (pronoun != null && objectCliticsOnly(k + 1, to)) {
            return referents.resolvePronoun(pronoun, rule + "+pronoun");
        }
        Gender latter = k > from && latter(k) ? Grammar.demonstrative(doc.folded(k - 1)) : null;
        if (latter != null) { // "D'après ce dernier": the person named last
            return latterOf(k - 1, latter).map(p -> new Attribution(Speaker.person(p), rule + "+latter", 0.75));
        }
        boolean familyNoun = k > from && Grammar.kinship(doc.folded(k)) != null
                && (Grammar.definiteArticle(doc.folded(k - 1)) || Grammar.possessive(doc.folded(k - 1)));
        if (familyNoun && k + 1 < to && Grammar.definiteArticle(doc.folded(k - 1)) && persons.personAt(k + 1) != null) {
            // "glisse le père Hervé": a religious title before the name, not a relative
            return Optional.of(new Attribution(Speaker.person(persons.personAt(k + 1)), rule + "+title-name", 0.85));
        }
        if (familyNoun && k + 2 < to && ",".equals(doc.folded(k + 1)) && persons.personAt(k + 2) != null) {
            // "Leur maman, Josette, 79 ans, n'a plus qu'un souhait :": the relative named in apposition
            return Optional.of(new Attribution(Speaker.person(persons.personAt(k + 2)), rule + "+kinship-name", 0.85));
        }
        if (familyNoun && k + 2 < to && Grammar.deComplement(doc.folded(k + 1)) && persons.personAt(k + 2) != null) {
            // "confie l'épouse de Thibault X", "lâche le père de Mathilde": the relative the article names elsewhere
            String of = persons.personAt(k + 2);
            Gender kin = Grammar.kinship(doc.folded(k));
            Optional<String> relative = referents.relativeOf(of, kin);
            if (relative.isPresent()) {
                return Optional.of(new Attribution(Speaker.person(relative.get()), rule + "+kinship-of", 0.75));
            }
            // "« … », confie-t-elle. « … », a ajouté la mère de Brian": the person just put forward, of the noun's
            // gender as the article told it, when nobody bears the surname of the person the noun is said of
            Optional<String> salient = referents.namesakeNamed(of) ? Optional.empty() : salience.mostRecent(p -> true)
                    .filter(p -> !p.startsWith(SpeakerFinder.UNRESOLVED) && !p.equals(of) && kin != Gender.UNKNOWN
                            && referents.genderOf(p) == kin);
            if (salient.isPresent()) {
                return Optional.of(new Attribution(Speaker.person(salient.get()), rule + "+kinship-of-salient", 0.6));
            }
        }
        if (familyNoun && to - k <= 2) {
            // "», a raconté le frère" after "Son frère aîné, X, …": the relative the article introduced so
            Optional<String> relative = referents.introducedAs(k).or(() -> referents.familyMember(k));
            if (relative.isPresent()) {
                return Optional.of(new Attribution(Speaker.person(relative.get()), rule + "+kinship", 0.75));
            }
        }
        Optional<String> expanded = doc.token(k).isCapitalized() ? organizations.expandAcronym(k) : Optional.empty();
        if (expanded.isPresent()) {
            return Optional.of(new Attribution(Speaker.organization(expanded.get(), doc.token(k).text()),
                    rule + "+organization-acronym", 0.75));
        }
        Optional<String> introduced = doc.token(k).isCapitalized() ? organizations.introducedName(k, to) : Optional.empty();
        if (introduced.isPresent()) {
            return Optional.of(new Attribution(Speaker.organization(introduced.get()), rule + "+organization-named-before", 0.75));
        }
        // not an organisation's head ("le Département fédéral …" after "X, porte-parole du Département de l'immigration")
        boolean describes = k > from && Grammar.definiteArticle(doc.folded(k - 1)) && doc.token(k).isCapitalized()
                && lex.organizations().longestAt(doc.foldedTokens(), k).isEmpty();
        Optional<String> described = describes ? referents.describedBefore(k) : Optional.empty();
        if (described.isPresent()) { // "le Riomois" after "le Riomois Patrice X"
            return Optional.of(new Attribution(Speaker.person(described.get()), rule + "+described-before", 0.75));
        }
        Optional<RolePhrase> role = roles.at(doc, k);
        if (role.isEmpty() && k + 1 < to) {
            role = roles.at(doc, k + 1).filter(r -> r.from() == from || r.from() == k);
        }
        if (role.isPresent()) {
            return roleReference.byRole(role.get(), from, to, rule);
        }
        Optional<Attribution> demonym = byDemonym(from, k, rule);
        if (demonym.isPresent()) {
            return demonym;
        }
        int noun = k; // "l'ancienne détenue": over the adjectives before the noun
        while (noun + 1 < to && "ADJ".equals(doc.pos(noun)) && Grammar.personNounAt(doc.foldedTokens(), noun) == 0) {
            noun++;
        }
        int personNoun = Grammar.personNounAt(doc.foldedTokens(), noun);
        // not "sa femme", a family noun after a possessive, which the name in apposition tells ("sa femme, Ingrid X")
        boolean possessed = familyNoun && Grammar.possessive(doc.folded(k - 1));
        if (personNoun > 0 && k > from && !doc.folded(k - 1).startsWith("un") && !possessed) {
            Gender g = Grammar.personNounGender(doc.foldedTokens(), noun, personNoun);
            Predicate<String> ofGender = p -> !p.startsWith(SpeakerFinder.UNRESOLVED) && (g == Gender.UNKNOWN || referents.genderOf(p) == g);
            if (noun == k && DETAINEE_NOUNS.contains(doc.folded(noun))) { // "le détenu écrit :": one held now, not "l'ancienne otage"
                Optional<Attribution> detainee = salience.mostRecent(ofGender.and(held.get()::contains))
                        .map(p -> new Attribution(Speaker.person(p), rule + "+detainee" + SpeakerFinder.SALIENT, 0.6));
                if (detainee.isPresent()) {
                    return detainee;
                }
            }
            int aged = StatedAges.personOfAge(doc, persons, noun, Referents.FAR_SENTENCES);
            if (aged >= 0) { // "Mohammad X, 58 ans, … « … », confie le quinquagénaire": the one person of that age
                return Optional.of(new Attribution(Speaker.person(persons.personAt(aged)), rule + "+age-noun", 0.7));
            }
            // "« … », confie cette femme de 58 ans" after "Lee Mi-kyung dépose …": the person just put forward, when
            // nothing told that person's gender, which the noun now tells
            Optional<String> last = salience.mostRecent(p -> !p.startsWith(SpeakerFinder.UNRESOLVED));
            if (g != Gender.UNKNOWN && last.isPresent() && referents.genderOf(last.get()) == Gender.UNKNOWN) {
                persons.setGender(last.get(), g);
                return Optional.of(new Attribution(Speaker.person(last.get()),
                        rule + "+description-gender-unknown" + SpeakerFinder.SALIENT, 0.5));
            }
            return salience.mostRecent(ofGender)
                    .map(p -> new Attribution(Speaker.person(p), rule + "+description" + SpeakerFinder.SALIENT, 0.55));
        }
        int orgAt = k;
        if (lex.organizations().longestAt(doc.foldedTokens(), orgAt).isPresent()) {
            String label = orgLabel(orgAt, to);
            if (OrganizationReference.isAnaphor(label) && orgAt > from) {
                Optional<String> named = organizations.namedBefore(from, OrganizationReference.kindOf(label));
                if (named.isPresent()) {
                    return Optional.of(new Attribution(Speaker.organization(named.get()), rule + "+organization-anaphor", 0.7));
                }
            }
            return Optional.of(new Attribution(organization(orgAt, label), rule + "+organization", 0.8));
        }
        if (lex.unnamedSourceNouns().contains(doc.folded(k)) || lex.unnamedSourceNouns().lengthAt(doc.foldedTokens(), k) > 0) {
            return Optional.of(new Attribution(Speaker.unnamed(doc.phrase(from, to)), rule + SpeakerFinder.UNNAMED_SOURCE, 0.8));
        }
        for (int m = k + 1; m < to; m++) {
            // "son ami Igor Bancer", "l'opposante bélarusse Maria Lesnik": a noun, then the name it introduces
            String pos = doc.pos(m);
            if (doc.quoted(m) || !("NOUN".equals(pos) || "ADJ".equals(pos) || "PROPN".equals(pos))) {
                break;
            }
            if (persons.personAt(m) != null) {
                return Optional.of(new Attribution(Speaker.person(persons.personAt(m)), rule + "+noun-name", 0.85));
            }
        }
        for (int m = k + 1; m < to; m++) {
            if (doc.quoted(m)) {
                break;
            }
            if (lex.organizations().longestAt(doc.foldedTokens(), m).isPresent()) {
                return Optional.of(new Attribution(organization(m, orgLabel(m, to)), rule + "+organization", 0.75));
            }
            // "le centre de défense des droits humains Viasna"
            Optional<String> headed = doc.token(m).isCapitalized() ? organizations.headedNameAt(m, to) : Optional.empty();
            if (headed.isPresent()) {
                return Optional.of(new Attribution(Speaker.organization(headed.get()), rule + "+organization-headed",
                        0.75));
            }
        }
        return k > from && Grammar.definiteArticle(doc.folded(k - 1)) ? organizations.namedWithArticle(k, to)
                .map(label -> new Attribution(organization(k, label), rule + "+organization-named", 0.7))
                : Optional.empty();
    }

    /**
     * "la Française", "l'Américain", "la Lilloise", "l'Oisannais de 46 ans": a nationality or a town's demonym
     * used as a noun with a definite article names the salient person of its gender (the article's, else the
     * ending's). A demonym that names a country ("la Suisse"), an organisation or a place, or a capitalised
     * article inside a sentence ("selon Le Parisien"), does not.
     */
    private Optional<Attribution> byDemonym(int from, int head, String rule) {
        if (head == from || !doc.token(head).isCapitalized() || doc.folded(head - 1).startsWith("un")) {
            return Optional.empty();
        }
        String word = doc.folded(head);
        if (lex.countries().nameAt(doc.foldedTokens(), head).isPresent()) {
            return Optional.empty(); // "la Suisse" is the country before it is a Swiss woman
        }
        boolean nationality = lex.countries().byDemonym(word).isPresent();
        if (!nationality && !townDemonym(head)) {
            return Optional.empty();
        }
        Gender g = Grammar.determinerGender(doc.folded(head - 1));
        if (g == Gender.UNKNOWN && Grammar.demonymGender(word) != null) {
            g = Grammar.demonymGender(word);
        }
        Gender gender = g;
        return gender == Gender.UNKNOWN ? Optional.empty()
                : salience.mostRecent(p -> !p.startsWith(SpeakerFinder.UNRESOLVED) && referents.genderOf(p) == gender)
                .map(p -> new Attribution(Speaker.person(p), rule + (nationality ? "+nationality" : "+demonym") + SpeakerFinder.SALIENT, 0.6));
    }

    /** "la Lilloise": a word with a demonym's ending that names no person, organisation or town, nor a title's. */
    private boolean townDemonym(int head) {
        List<String> words = doc.foldedTokens();
        boolean titleArticle = doc.token(head - 1).isCapitalized() && head - 1 > doc.sentenceStart(doc.sentenceOf(head));
        return Grammar.demonymGender(words.get(head)) != null && !titleArticle && persons.personAt(head) == null
                && (head + 1 >= doc.size() || !doc.token(head + 1).isCapitalized())
                && lex.organizations().longestAt(words, head).isEmpty() && lex.countries().placeAt(words, head).isEmpty();
    }

    /**
     * The person "ce dernier" at token {@code k} stands for: the last one of gender {@code g} named before it in
     * its paragraph or the one before, outside quotation marks; nobody when a person is introduced without a name
     * in between ("aux dires d'un haut fonctionnaire du ministère. « … », reconnaît ce dernier").
     */
    private Optional<String> latterOf(int k, Gender g) {
        int breaks = 0;
        for (int j = k - 1; j > 0 && breaks <= 1; j--) {
            if (!doc.sameParagraph(doc.token(j).end(), doc.token(j + 1).start())) {
                breaks++;
                continue;
            }
            String p = doc.quoted(j) ? null : persons.personAt(j);
            if (p != null && referents.agrees(g, p)) {
                return Optional.of(p);
            }
            boolean unnamed = !doc.quoted(j) && (roles.at(doc, j).isPresent() || Grammar.personNounAt(doc.foldedTokens(), j) > 0)
                    && (Grammar.indefiniteArticle(doc.folded(j - 1)) || j > 1 && Grammar.indefiniteArticle(doc.folded(j - 2)));
            if (unnamed) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "dernier" in "ce dernier", "cette dernière": the person named last. */
    boolean latter(int k) {
        return k < doc.size() && ("dernier".equals(doc.folded(k)) || "derniere".equals(doc.folded(k)));
    }

    /**
     * An organisation's name from its head word to the end of the phrase, before any verb or what opens one
     * ("s'est bornée", "ne commente pas") and before a relative clause (", qui …"); a capitalised word is part of
     * the name, whatever the tagger read ("le SPF Affaires étrangères").
     */
    private String orgLabel(int head, int to) {
        int end = head + 1;
        while (end < to && !(doc.isVerb(end) && !doc.token(end).isCapitalized()) && !opensVerb(doc.folded(end))
                && !"(".equals(doc.folded(end)) // not the acronym in brackets
                && !"qui".equals(doc.folded(end)) && !(",".equals(doc.folded(end)) && end + 1 < to
                && ("qui".equals(doc.folded(end + 1)) || Grammar.stressedPronoun(doc.folded(end + 1)) != null
                || "on".equals(doc.folded(end + 1))))
                && !(Grammar.objectPronoun(doc.folded(end)) && !doc.token(end - 1).hasPos("ADP")
                && !"pres".equals(doc.folded(end - 1)) && end + 1 < to && !doc.token(end + 1).isCapitalized())) {
            // nor a relative clause, after a comma or not, nor the pronoun of "L'ambassade, elle, se refuse", "Au
            // Quai, on …", nor an object pronoun, an article before a lower-case word that no preposition brings
            // in ("le parquet le soupçonne"; "le parquet près le tribunal" is the legal "près")
            end++;
        }
        return doc.phrase(head, end);
    }

    /**
     * The organisation named {@code label} from token {@code from}; when an acronym in brackets closes its name,
     * the name runs up to it ("la Ligue cambodgienne pour la promotion … de l'homme (Licadho)") and keeps it.
     */
    Speaker organization(int from, String label) {
        int bracket = organizations.acronymBracket(from);
        return bracket < 0 ? Speaker.organization(label)
                : Speaker.organization(doc.phrase(from, bracket), doc.token(bracket + 1).text());
    }

    /**
     * Whether only a negation or object pronouns stand between a subject pronoun and its verb ("Elle n'a pu le voir",
     * "Il nous a dit"); "y" and "en" are left out, for the impersonal "il y a", "il en va".
     */
    private boolean objectCliticsOnly(int from, int to) {
        for (int j = from; j < to; j++) {
            String w = doc.folded(j);
            if (!Grammar.clitic(w) || "y".equals(w) || "en".equals(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensVerb(String folded) {
        return Grammar.reflexive(folded) || "ne".equals(folded) || "n'".equals(folded);
    }
}
