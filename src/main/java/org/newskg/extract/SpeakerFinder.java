package org.newskg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.RolePhrase;
import org.newskg.mention.RolePhrases;
import org.newskg.resolve.NameKey;

/**
 * Finds who speaks through a speech verb: the subject before it ("M. Lavrov a déclaré"), the inverted
 * subject after it ("a déclaré Adrienne Watson", "a-t-il ajouté") or the source of "selon X". A subject is
 * a named person, a pronoun resolved to the last salient person of its gender, a role whose holder the
 * article named ("le secrétaire d'État américain"), an organisation ("un communiqué du ministère russe des
 * Affaires étrangères") or an unnamed source ("une source familière").
 */
final class SpeakerFinder {

    private static final int NP_LIMIT = 12;
    /** Salience id of a role subject the article never tied to a name. */
    private static final String UNRESOLVED = "?";

    private final Lexicon lex;
    private final RolePhrases roles;
    private final Doc doc;
    private final PersonTable persons;
    private final Salience salience;
    private final Map<String, String> roleHolders = new HashMap<>();

    SpeakerFinder(Lexicon lex, RolePhrases roles, Doc doc, PersonTable persons, Salience salience,
                  Iterable<RoleFact> roleFacts) {
        this.lex = lex;
        this.roles = roles;
        this.doc = doc;
        this.persons = persons;
        this.salience = salience;
        roleFacts.forEach(r -> roleHolders.put(NameKey.fold(r.role()), r.personId()));
    }

    boolean isSpeechVerb(int i) {
        if (doc.quoted(i) || lex.speechVerbs().form(doc.folded(i)).isEmpty()) {
            return false;
        }
        String pos = doc.pos(i);
        return "VERB".equals(pos) || (("NOUN".equals(pos) || "ADJ".equals(pos)) && i > 0 && "AUX".equals(doc.pos(i - 1)));
    }

    /** The subject of the speech verb at {@code v}, written before it. */
    Optional<Attribution> subjectBefore(int v) {
        int start = doc.sentenceStart(doc.sentenceOf(v));
        int j = v - 1;
        while (j >= start && !doc.quoted(j) && ("AUX".equals(doc.pos(j)) || "ADV".equals(doc.pos(j))
                || Grammar.clitic(doc.folded(j)))) {
            j--;
        }
        if (j < start || doc.quoted(j)) {
            return Optional.empty();
        }
        String person = persons.personAt(j);
        if (person != null) {
            return Optional.of(new Attribution(Speaker.person(person), "speaker:subject-before", 0.9));
        }
        Gender pronoun = Grammar.subjectPronoun(doc.folded(j));
        if (pronoun != null) {
            return resolvePronoun(pronoun, "speaker:pronoun-before");
        }
        int clause = j;
        while (clause > start && !doc.quoted(clause - 1) && !Grammar.clauseOpener(doc.folded(clause - 1))
                && !":".equals(doc.folded(clause - 1)) && !";".equals(doc.folded(clause - 1))) {
            clause--;
        }
        int segmentEnd = j + 1;
        for (int k = j; k >= clause; k--) {
            if (",".equals(doc.folded(k)) || k == clause) {
                int from = ",".equals(doc.folded(k)) ? k + 1 : k;
                Optional<Attribution> a = classify(from, segmentEnd, "speaker:subject-before");
                if (a.isPresent()) {
                    return a;
                }
                segmentEnd = k;
            }
        }
        return Optional.empty();
    }

    /** The inverted subject after the speech verb at {@code v}: "a déclaré X", "dit-elle", "selon X". */
    Optional<Attribution> subjectAfter(int v) {
        int end = doc.sentenceEnd(doc.sentenceOf(v));
        if (v + 1 < end) {
            Gender pronoun = Grammar.subjectPronoun(doc.folded(v + 1));
            if (pronoun != null) {
                return resolvePronoun(pronoun, "speaker:inverted-pronoun");
            }
        }
        int from = v + 1;
        while (from < end && "ADV".equals(doc.pos(from))) {
            from++;
        }
        int to = from;
        while (to < end && to < from + NP_LIMIT && !doc.quoted(to) && !doc.token(to).isPunctuation()
                && !(to > from && Grammar.adjunctOpener(doc.folded(to)))) {
            to++;
        }
        return classify(from, to, "speaker:inverted-subject");
    }

    /** What a noun phrase names as a speaker. */
    Optional<Attribution> classify(int from, int to, String rule) {
        if (from >= to) {
            return Optional.empty();
        }
        for (int k = from; k < to; k++) {
            String person = doc.quoted(k) ? null : persons.personAt(k);
            if (person != null) {
                return Optional.of(new Attribution(Speaker.person(person), rule, 0.9));
            }
        }
        Gender pronoun = Grammar.subjectPronoun(doc.folded(from));
        if (pronoun != null && to - from == 1) {
            return resolvePronoun(pronoun, rule + "+pronoun");
        }
        for (int k = from; k < to; k++) {
            Optional<RolePhrase> role = roles.at(doc, k);
            if (role.isPresent()) {
                boolean definite = k > from && !doc.folded(k - 1).startsWith("un");
                String holder = roleHolders.get(NameKey.fold(role.get().label()));
                if (definite && holder != null) {
                    return Optional.of(new Attribution(Speaker.person(holder), rule + "+role-holder", 0.8));
                }
                break;
            }
        }
        for (int k = from; k < to; k++) {
            if (lex.organizations().longestAt(doc.foldedTokens(), k).isPresent()) {
                int end = k + 1;
                while (end < to && !"VERB".equals(doc.pos(end)) && !"AUX".equals(doc.pos(end))) {
                    end++;
                }
                return Optional.of(new Attribution(Speaker.organization(trim(k, end)), rule + "+organization", 0.8));
            }
        }
        for (int k = from; k < to; k++) {
            if (lex.unnamedSourceNouns().contains(doc.folded(k))) {
                return Optional.of(new Attribution(Speaker.unnamed(trim(from, to)), rule + "+unnamed", 0.8));
            }
        }
        return Optional.empty();
    }

    /**
     * A pronoun names the last salient person it agrees with; "elle" only a person known to be a woman. When
     * that is a role nobody in the article was named with, the pronoun stays unresolved.
     */
    Optional<Attribution> resolvePronoun(Gender gender, String rule) {
        return salience.mostRecent(p -> gender == Gender.FEMININE
                        ? genderOf(p) == Gender.FEMININE
                        : genderOf(p) != Gender.FEMININE)
                .filter(p -> !p.startsWith(UNRESOLVED))
                .map(p -> new Attribution(Speaker.person(p), rule, 0.75));
    }

    /**
     * A role opening the sentence as its subject ("Le haut diplomate américain a ..."): its holder when the
     * article named one, else a placeholder of the role's gender that keeps a later "il" from reaching back
     * past it.
     */
    Optional<String> roleSubject(int s) {
        int k = doc.sentenceStart(s);
        if (k + 1 >= doc.sentenceEnd(s) || !Grammar.determiner(doc.folded(k)) || doc.folded(k).startsWith("un")) {
            return Optional.empty();
        }
        Optional<RolePhrase> role = roles.at(doc, k + 1).or(() -> roles.at(doc, k + 2).filter(r -> r.from() == k + 1));
        if (role.isEmpty() || persons.personAt(role.get().to()) != null) {
            return Optional.empty();
        }
        String holder = roleHolders.get(NameKey.fold(role.get().label()));
        if (holder != null) {
            return Optional.of(holder);
        }
        Gender g = role.get().gender() != Gender.UNKNOWN ? role.get().gender() : Grammar.determinerGender(doc.folded(k));
        return Optional.of(UNRESOLVED + (g == Gender.FEMININE ? "f" : "m"));
    }

    private Gender genderOf(String id) {
        if (id.startsWith(UNRESOLVED)) {
            return id.endsWith("f") ? Gender.FEMININE : Gender.MASCULINE;
        }
        return persons.gender(id);
    }

    private String trim(int from, int to) {
        while (from < to && (Grammar.determiner(doc.folded(from)) || doc.token(from).isPunctuation())) {
            from++;
        }
        while (to > from && (doc.token(to - 1).isPunctuation() || Grammar.determiner(doc.folded(to - 1)))) {
            to--;
        }
        return doc.span(from, Math.max(to, from + 1));
    }
}
