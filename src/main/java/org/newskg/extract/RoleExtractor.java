package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.NameMention;
import org.newskg.mention.RolePhrase;
import org.newskg.mention.RolePhrases;

/**
 * Roles given to named persons: a role before the name ("le secrétaire d'État Antony Blinken", "la
 * basketteuse Brittney Griner") with the roles joined to it ("le Premier ministre et ministre des Affaires
 * étrangères, X", "le chef de la junte, le général X"), in apposition after it ("Adrienne Watson,
 * porte-parole du Conseil national de sécurité"), or opening the sentence of which the name is the subject
 * ("Correspondante à Minsk, Mme X a …"), with the country and organisation the phrase names.
 */
final class RoleExtractor {

    private static final int COMPLEMENT = 8;
    /** Roles joined one to another before a name: more is a list, not one person's titles. */
    private static final int MAX_JOINED = 3;
    /** How long a family apposition before a role may be ("la sœur de l'ingénieur"). */
    private static final int FAMILY_APPOSITION = 8;

    private final Lexicon lex;
    private final RolePhrases roles;

    RoleExtractor(Lexicon lex, RolePhrases roles) {
        this.lex = lex;
        this.roles = roles;
    }

    List<RoleFact> extract(Doc doc, List<NameMention> mentions, PersonTable persons) {
        List<RoleFact> facts = new ArrayList<>();
        for (NameMention m : mentions) {
            String person = persons.personAt(m.from());
            Optional<RolePhrase> before = roles.before(doc, m.from());
            before.ifPresent(r -> facts.add(fact(doc, person, r, r.to(), m.from(), r.from(), m.to(), "role:before-name", 0.9)));
            Optional<RolePhrase> joined = before;
            for (int n = 0; n < MAX_JOINED && joined.isPresent(); n++) {
                joined = roles.joined(doc, joined.get());
                joined.ifPresent(r -> facts.add(fact(doc, person, r, r.to(), complementEnd(doc, r.to()), r.from(), m.to(),
                        "role:joined", 0.85)));
            }
            int familyEnd = afterFamilyApposition(doc, m.to());
            // "le père de Mathilde, ancien typographe": an apposition of the other gender is not the name's
            Optional<RolePhrase> after = roles.apposition(doc, m.to())
                    .or(() -> familyEnd < 0 ? Optional.empty() : roles.apposition(doc, familyEnd))
                    .filter(r -> !r.gender().contradicts(persons.gender(person)));
            after.ifPresent(r -> facts.add(fact(doc, person, r, r.to(), complementEnd(doc, r.to()), m.from(), r.to(),
                    "role:apposition", 0.85)));
            // "X, président de la République, chef de l'État, a …": appositions one after the other, up to a
            // name, which the next apposition belongs to ("porte-parole du président Y, chef du Kremlin")
            Optional<RolePhrase> stacked = after;
            for (int n = 0; n < MAX_JOINED && stacked.isPresent(); n++) {
                int end = complementEnd(doc, stacked.get().to());
                boolean named = IntStream.range(stacked.get().from(), end).anyMatch(persons::hasPersonAt);
                stacked = named ? Optional.empty() : roles.apposition(doc, end);
                stacked.ifPresent(r -> facts.add(fact(doc, person, r, r.to(), complementEnd(doc, r.to()), m.from(),
                        r.to(), "role:stacked-apposition", 0.8)));
            }
            before.or(() -> after).filter(r -> r.gender() != Gender.UNKNOWN)
                    .ifPresent(r -> persons.setGender(person, r.gender()));
        }
        periphrases(doc, facts);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            Optional<RolePhrase> opening = roles.opening(doc, s);
            if (opening.isPresent()) {
                RolePhrase r = opening.get();
                Optional<NameMention> named = subject(doc, mentions, r);
                named.ifPresent(m -> facts.add(fact(doc, persons.personAt(m.from()), r, r.to(),
                        complementEnd(doc, r.to()), r.from(), m.to(), "role:sentence-opening", 0.8)));
                int pronoun = named.isPresent() ? -1 : pronounAfter(doc, r);
                String antecedent = pronoun < 0 ? null : antecedent(doc, persons, s, Grammar.subjectPronoun(doc.folded(pronoun)), r);
                if (antecedent != null) {
                    facts.add(fact(doc, antecedent, r, r.to(), complementEnd(doc, r.to()), r.from(), pronoun + 1,
                            "role:sentence-opening+pronoun", 0.7));
                }
            }
        }
        return facts;
    }

    /**
     * "Le chef de l'Etat a …" after "le président X": a periphrasis opening a clause (at the sentence start or
     * after a comma) as the subject of its verb names the one person to whom an earlier sentence gave the
     * office it stands for — of the country its nationality adjective names, if it has one. Two such persons
     * and the reader cannot tell: no fact.
     */
    private void periphrases(Doc doc, List<RoleFact> facts) {
        List<RoleFact> named = List.copyOf(facts);
        for (int k = 0; k < doc.size(); k++) {
            boolean clauseStart = k == doc.sentenceStart(doc.sentenceOf(k)) || ",".equals(doc.folded(k - 1));
            Optional<RolePhrase> subject = clauseStart ? roles.definiteSubject(doc, k) : Optional.empty();
            if (subject.isEmpty()) {
                continue;
            }
            RolePhrase r = subject.get();
            int s = doc.sentenceOf(k);
            int nationality = nationalityOf(lex, doc, r);
            String country = countryOf(lex, roles, doc, r, nationality);
            Set<String> holders = officeHolders(roles, r, country,
                    named.stream().filter(f -> f.evidence().sentenceIndex() < s));
            if (holders.size() == 1) {
                int qualified = Math.max(r.to(), nationality + 1);
                facts.add(fact(doc, holders.iterator().next(), r, r.to(), qualified, k, qualified, "role:periphrasis", 0.7));
            }
        }
    }

    /**
     * Where the nationality of an office or periphrasis stands: inside it ("le ministre suisse des Affaires
     * étrangères") or right after it ("le chef de la diplomatie turque"); -1 for none.
     */
    static int nationalityOf(Lexicon lex, Doc doc, RolePhrase r) {
        for (int k = r.from(); k <= r.to() && k < doc.size(); k++) {
            if (lex.countries().byDemonym(doc.folded(k)).isPresent()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The country of an office or periphrasis whose nationality stands at {@code nationality} ({@link
     * #nationalityOf}), or of the one country whose office its title is when it has none; null for neither.
     */
    static String countryOf(Lexicon lex, RolePhrases roles, Doc doc, RolePhrase r, int nationality) {
        return nationality < 0 ? roles.nationalOffice(r)
                : lex.countries().byDemonym(doc.folded(nationality)).map(c -> c.code()).orElse(null);
    }

    /**
     * The persons {@code facts} give an office the {@code periphrasis} stands for: of {@code country}, when both
     * it and the fact name one. Serves the periphrasis as subject here and as speaker ({@link SpeakerFinder}).
     */
    static Set<String> officeHolders(RolePhrases roles, RolePhrase periphrasis, String country, Stream<RoleFact> facts) {
        return facts.filter(f -> roles.standsFor(periphrasis, f.role()))
                .filter(f -> country == null || f.countryCode() == null || country.equals(f.countryCode()))
                .map(RoleFact::personId).collect(Collectors.toSet());
    }

    /**
     * "X, le père, chauffeur de bus", "Y, sa compagne, photographe", "Z, la sœur de l'ingénieur, pharmacienne":
     * where a family apposition right after the name ends (its closing comma), or -1; the role may follow it.
     */
    private static int afterFamilyApposition(Doc doc, int to) {
        int end = to < doc.size() ? doc.sentenceEnd(doc.sentenceOf(to)) : to;
        int k = to + 1;
        if (k + 1 >= end || !",".equals(doc.folded(to))
                || !(Grammar.possessive(doc.folded(k)) || Grammar.definiteArticle(doc.folded(k)))
                || Grammar.kinship(doc.folded(k + 1)) == null) {
            return -1;
        }
        for (k += 2; k < Math.min(end, to + FAMILY_APPOSITION); k++) {
            if (",".equals(doc.folded(k))) {
                return k;
            }
            if (doc.isVerb(k) || doc.quoted(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The subject a sentence-opening role is detached before: the first name after it that follows a comma
     * (a title allowed between) and is followed by a comma or a verb, with no other name and no subject
     * pronoun in between ("Doctorante à Bologne, Mme X, 31 ans, avait été arrêtée").
     */
    private static Optional<NameMention> subject(Doc doc, List<NameMention> mentions, RolePhrase role) {
        int s = doc.sentenceOf(role.from());
        int k = role.to();
        for (NameMention m : mentions) {
            if (m.sentence() != s || m.from() < role.to()) {
                continue;
            }
            for (; k < m.from(); k++) {
                if (Grammar.subjectPronoun(doc.folded(k)) != null) {
                    return Optional.empty();
                }
            }
            int p = m.from() - 1;
            if (Grammar.title(doc.folded(p)) && doc.token(p).isCapitalized()) {
                p--;
            }
            boolean detached = ",".equals(doc.folded(p));
            boolean subject = m.to() < doc.sentenceEnd(s)
                    && (",".equals(doc.folded(m.to())) || "AUX".equals(doc.pos(m.to())) || "VERB".equals(doc.pos(m.to())));
            return detached && subject ? Optional.of(m) : Optional.empty();
        }
        return Optional.empty();
    }

    /** How many detached phrases may stand between a sentence-opening role and the pronoun after it. */
    private static final int DETACHED_PHRASES = 2;

    /**
     * "Coordinatrice d'une ONG spécialisée dans la lutte contre la malnutrition, elle supervisait …", "Agronome de
     * formation, naturalisé suisse en 2009, il travaille …": the "il" or "elle" right after the comma that ends a
     * sentence-opening role and its complement, or another detached phrase after it; -1 when there is none.
     */
    private static int pronounAfter(Doc doc, RolePhrase role) {
        int end = doc.sentenceEnd(doc.sentenceOf(role.from()));
        int commas = 0;
        for (int k = role.to(); k + 1 < end; k++) {
            if (",".equals(doc.folded(k))) {
                Gender g = Grammar.subjectPronoun(doc.folded(k + 1));
                if (g != null && !doc.quoted(k + 1) && !doc.folded(k + 1).startsWith("-")) {
                    return k + 1;
                }
                if (++commas > DETACHED_PHRASES) {
                    return -1;
                }
            }
            if ("AUX".equals(doc.pos(k)) || doc.quoted(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whom the pronoun after a sentence-opening role in sentence {@code s} stands for: the subject of the sentence
     * before, else the one person it names, of the pronoun's and the role's gender; null when none is.
     */
    private static String antecedent(Doc doc, PersonTable persons, int s, Gender pronoun, RolePhrase role) {
        if (s == 0) {
            return null;
        }
        Set<String> agreeing = new LinkedHashSet<>();
        for (int j = doc.sentenceStart(s - 1); j < doc.sentenceEnd(s - 1); j++) {
            String p = persons.personAt(j);
            if (p != null && !doc.quoted(j) && !pronoun.contradicts(persons.gender(p)) && !role.gender().contradicts(persons.gender(p))) {
                agreeing.add(p);
            }
        }
        int subject = persons.subjectOf(doc, s - 1);
        if (subject >= 0 && agreeing.contains(persons.personAt(subject))) {
            return persons.personAt(subject);
        }
        // not when somebody unnamed opens the sentence before ("Depuis l'été, un homme épaule les X. Ancien …, il")
        return agreeing.size() == 1 && !unnamedBeforePersons(doc, persons, s - 1) ? agreeing.iterator().next() : null;
    }

    /** Whether an indefinite article comes before the first person sentence {@code s} names. */
    private static boolean unnamedBeforePersons(Doc doc, PersonTable persons, int s) {
        for (int j = doc.sentenceStart(s); j < doc.sentenceEnd(s) && !persons.hasPersonAt(j); j++) {
            if (Grammar.indefiniteArticle(doc.folded(j)) && !doc.quoted(j)) {
                return true;
            }
        }
        return false;
    }

    /** The end of "du Conseil national de sécurité" after a role in apposition: up to punctuation. */
    private static int complementEnd(Doc doc, int from) {
        int end = Math.min(doc.sentenceEnd(doc.sentenceOf(from)), from + COMPLEMENT);
        int k = from;
        while (k < end && !doc.token(k).isPunctuation()) {
            k++;
        }
        return k;
    }

    private RoleFact fact(Doc doc, String person, RolePhrase role, int complementFrom, int complementTo,
                          int spanFrom, int spanTo, String rule, double confidence) {
        String country = null;
        String organization = null;
        for (int k = role.from(); k < complementTo && country == null; k++) {
            country = countryAt(doc, k);
        }
        for (int k = complementFrom; k < complementTo && organization == null; k++) {
            final int at = k;
            organization = lex.organizations().longestAt(doc.foldedTokens(), k)
                    .map(o -> trimmedSpan(doc, at, complementTo)).orElse(null);
        }
        int s = doc.sentenceOf(spanFrom);
        Evidence e = new Evidence(s, doc.sentence(s).text(), doc.token(spanFrom).start(), doc.token(spanTo - 1).end(),
                rule, confidence);
        return new RoleFact(person, role.label(), organization, country, e);
    }

    /** The country a nationality adjective or a country name at token {@code k} names, or null. */
    private String countryAt(Doc doc, int k) {
        return lex.countries().byDemonym(doc.folded(k)).map(c -> c.code())
                .or(() -> lex.countries().nameAt(doc.foldedTokens(), k).map(m -> m.value().code()))
                .orElse(null);
    }

    private static String trimmedSpan(Doc doc, int from, int to) {
        while (to > from && (doc.token(to - 1).isPunctuation() || "DET".equals(doc.pos(to - 1)))) {
            to--;
        }
        return to > from ? doc.span(from, to) : null;
    }
}
