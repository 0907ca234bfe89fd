package org.newskg.extract;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.lexicon.Gender;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;

/**
 * Whom a pronoun or a description points back to, among the persons the article named and put forward so far
 * ({@link Salience}): "il" and "elle", "ce maître de conférences", "sa conjointe", a pronoun inside a quotation.
 */
final class Referents {

    /**
     * How many sentences back a demonstrative or "il" may point when no nearer one names a person it may stand
     * for: to the person the passage is about ("… Quang-Minh X. Son tort ? … Ce professeur …").
     */
    static final int FAR_SENTENCES = 4;

    private final Doc doc;
    private final PersonTable persons;
    private final Salience salience;

    Referents(Doc doc, PersonTable persons, Salience salience) {
        this.doc = doc;
        this.persons = persons;
        this.salience = salience;
    }

    /**
     * A pronoun names the last salient person it agrees with; "elle" a person known to be a woman, or the
     * last salient person of all when nothing tells that person's gender ("Camille X n'attendait rien. « … »,
     * souffle-t-elle"). When that is a role nobody in the article was named with, the pronoun stays unresolved.
     */
    Optional<Attribution> resolvePronoun(Gender gender, String rule) {
        return resolvePronoun(gender, rule, Set.of());
    }

    /** As {@link #resolvePronoun(Gender, String)}, leaving out the persons {@code besides}. */
    Optional<Attribution> resolvePronoun(Gender gender, String rule, Set<String> besides) {
        Optional<String> last = salience.mostRecent(p -> !besides.contains(p));
        if (gender == Gender.FEMININE && last.isPresent() && genderOf(last.get()) == Gender.UNKNOWN) {
            persons.setGender(last.get(), Gender.FEMININE); // what "elle" has taught of that person
            return Optional.of(new Attribution(Speaker.person(last.get()), rule + "+gender-unknown", 0.6));
        }
        Optional<Attribution> resolved = salience.mostRecent(p -> agrees(gender, p) && !besides.contains(p))
                .filter(p -> !p.startsWith(SpeakerFinder.UNRESOLVED))
                .map(p -> new Attribution(Speaker.person(p), rule, 0.75));
        return Optional.of(resolved.orElse(new Attribution(
                Speaker.unnamed(gender == Gender.FEMININE ? "elle" : "il"), rule + "+unresolved", 0.5)));
    }

    /**
     * "Le Riomois assure …" after "le Riomois Patrice X", "souffle le Villeurbannais" after "l'étudiant
     * villeurbannais Baptiste X": the person whose name the same word introduced before token {@code k}, as a
     * noun after a determiner or as an adjective.
     */
    Optional<String> describedBefore(int k) {
        String word = doc.folded(k);
        for (int m = k - 1; m > 0; m--) {
            // "le Riomois Patrice X", or the word as an adjective: "l'étudiant villeurbannais Baptiste X"
            boolean introduces = doc.folded(m).equals(word)
                    && (Grammar.determiner(doc.folded(m - 1)) || !doc.token(m).isCapitalized());
            String p = introduces ? persons.personAt(m + 1) : null;
            if (p == null && introduces && !doc.quoted(m)) {
                p = namedBeforeApposition(m); // "Mindaugas X, un enseignant lituanien"
            }
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** How many words an apposition may hold before the word that describes the name ({@link #describedBefore}). */
    private static final int APPOSITION_WORDS = 3;

    /** The person named right before the comma that opens the apposition holding token {@code m}, or null. */
    private String namedBeforeApposition(int m) {
        for (int j = m - 1; j > 0 && j >= m - APPOSITION_WORDS; j--) {
            if (",".equals(doc.folded(j))) {
                return persons.personAt(j - 1);
            }
            if (doc.token(j).isPunctuation() || persons.personAt(j) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * The one person agreeing with {@code pronoun} that the sentence of token {@code k} names before it, outside
     * quotation marks; empty when none or several do.
     */
    Optional<String> namedInSentenceBefore(int k, Gender pronoun) {
        Set<String> named = new LinkedHashSet<>();
        for (int j = doc.sentenceStart(doc.sentenceOf(k)); j < k; j++) {
            String p = persons.personAt(j);
            if (p != null && !doc.quoted(j) && agrees(pronoun, p)) {
                named.add(p);
            }
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /**
     * "l'épouse de Thibault X": the one other person of the article who shares a surname with {@code person} and
     * agrees with the family noun's gender {@code g}; empty when none or several do.
     */
    Optional<String> relativeOf(String person, Gender g) {
        return relativeOf(person, g, doc.size());
    }

    /** As {@link #relativeOf(String, Gender)}, among the persons named before token {@code before}. */
    private Optional<String> relativeOf(String person, Gender g, int before) {
        List<String> relatives = persons.namedBefore(before).stream()
                .filter(p -> !p.equals(person) && persons.shareSurname(p, person) && agrees(g, p)).toList();
        return relatives.size() == 1 ? Optional.of(relatives.get(0)) : Optional.empty();
    }

    /** Whether the article names another person with {@code person}'s surname. */
    boolean namesakeNamed(String person) {
        return persons.namedBefore(doc.size()).stream()
                .anyMatch(p -> !p.equals(person) && persons.shareSurname(p, person));
    }

    /** "elle" only a person known to be a woman; "il" anyone else. */
    boolean agrees(Gender pronoun, String person) {
        return pronoun == Gender.FEMININE ? genderOf(person) == Gender.FEMININE : genderOf(person) != Gender.FEMININE;
    }

    Gender genderOf(String id) {
        if (id.startsWith(SpeakerFinder.UNRESOLVED)) {
            return id.endsWith("f") ? Gender.FEMININE : Gender.MASCULINE;
        }
        return persons.gender(id);
    }

    /**
     * The person of gender {@code g} named last before token {@code k}, in its sentence or the few before,
     * outside quotation marks, whatever their place in the sentence: a demonstrative points back to the last
     * one named ("a condamné l'historien X. Âgé de 58 ans, ce maître de conférences …").
     */
    Optional<String> lastNamedBefore(int k, Gender g) {
        return lastNamedBefore(k).filter(p -> genderOf(p) == g);
    }

    /** The person named last before token {@code k}, in its sentence or the few before, outside quotation marks. */
    Optional<String> lastNamedBefore(int k) {
        int first = doc.sentenceStart(Math.max(0, doc.sentenceOf(k) - FAR_SENTENCES));
        for (int j = k - 1; j >= first; j--) {
            String p = doc.quoted(j) ? null : persons.personAt(j);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The person of gender {@code g} named last before token {@code k} in its paragraph, quoted or not, but not {@code other}. */
    Optional<String> lastInParagraph(int k, Gender g, String other) {
        for (int j = k - 1; j >= 0 && doc.sameParagraph(doc.token(j).end(), doc.token(j + 1).start()); j--) {
            String p = persons.personAt(j);
            if (p != null && !p.equals(other) && agrees(g, p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * "aux dires de sa conjointe, qui a pu lui parler": a possessive and a family noun outside quotation marks
     * bring back the person the article introduced with the same noun ("sa conjointe, Laurence X"), so that
     * the next "elle" is that person.
     */
    void readKinshipReferences(int s) {
        for (int k = doc.sentenceStart(s) + 1; k < doc.sentenceEnd(s); k++) {
            if (!doc.quoted(k) && Grammar.possessiveKinship(doc.folded(k - 1), doc.folded(k)) != null
                    && !persons.hasPersonAt(k + 1) && !(k + 2 < doc.size() && ",".equals(doc.folded(k + 1))
                    && persons.hasPersonAt(k + 2))) {
                introducedAs(k).ifPresent(salience::touch);
            }
        }
    }

    /**
     * "Son confrère iranien, qui a requis l'anonymat, n'a pu consulter le dossier.": a placeholder for the person
     * sentence {@code s} quotes without a name, of the gender of the last article or possessive before the words
     * that say so; the next "il" is that person.
     */
    Optional<String> anonymousPerson(int s) {
        int start = doc.sentenceStart(s);
        int marker = start;
        while (marker < doc.sentenceEnd(s) && (doc.quoted(marker) || !Grammar.anonymity(doc.foldedTokens(), marker))) {
            marker++;
        }
        if (marker == doc.sentenceEnd(s)) {
            return Optional.empty();
        }
        Gender g = Gender.UNKNOWN;
        for (int k = marker - 1; k >= start && g == Gender.UNKNOWN; k--) {
            if (!doc.quoted(k) && (Grammar.indefiniteArticle(doc.folded(k)) || Grammar.possessive(doc.folded(k)))) {
                g = Grammar.determinerGender(doc.folded(k));
            }
        }
        return Optional.of(SpeakerFinder.UNRESOLVED + (g == Gender.FEMININE ? "f" : "m"));
    }

    /**
     * The person introduced before token {@code k} with the family noun at {@code k} ("sa conjointe, X", "Son
     * frère aîné, Y", "Z, sa mère").
     */
    Optional<String> introducedAs(int k) {
        String noun = doc.folded(k);
        Gender g = Grammar.kinship(noun);
        for (int j = k - 1; j > 0; j--) {
            if (doc.folded(j).equals(noun)) {
                // not a name of the other gender ("la photo que possède sa sœur, Xavier X, pose")
                Optional<String> p = introducedAt(j).filter(person -> g == null || agrees(g, person));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** The person a possessive and the family noun at {@code j} introduce: named beside it, in its sentence. */
    private Optional<String> introducedAt(int j) {
        if (!Grammar.possessive(doc.folded(j - 1))) {
            return Optional.empty();
        }
        int after = j + 1 < doc.size() && "ADJ".equals(doc.pos(j + 1)) ? j + 2 : j + 1; // "aîné", "cadette"
        boolean comma = after < doc.size() && ",".equals(doc.folded(after));
        int name = comma ? after + 1 : after;
        // not the subject of the next sentence ("…, dit son père\n\nMathilde X, 36 ans"), nor of the clause
        // a source opens ("Selon sa mère, Mathieu partage une cellule")
        boolean sameSentence = name < doc.size() && doc.sentenceOf(name) == doc.sentenceOf(j);
        String p = sameSentence ? persons.personAt(name) : null;
        if (p != null && comma && Grammar.endsSourcePreposition(doc.foldedTokens(), j - 2)) {
            int end = persons.nameEnd(name, doc.size());
            p = end < doc.size() && ",".equals(doc.folded(end)) ? p : null; // "Selon sa mère, Lise X, il …"
        }
        if (p == null && j > 2 && ",".equals(doc.folded(j - 2))) {
            p = persons.personAt(j - 3); // "raconte Soizic X, sa mère,"
        }
        return Optional.ofNullable(p);
    }

    /**
     * "« … », tranche Sylvie X. Son mari se montre plus nuancé": a family noun at {@code k} names the one other
     * person of the surname of the person last put forward, of the noun's gender.
     */
    Optional<String> relativeOfLastPutForward(int k) {
        Gender g = Grammar.kinship(doc.folded(k));
        return g == null ? Optional.empty() : salience.mostRecent(p -> true)
                .filter(p -> !p.startsWith(SpeakerFinder.UNRESOLVED)).flatMap(p -> relativeOf(p, g, k));
    }

    /**
     * "« …, confie le père. … »" when nobody was introduced as the father: the one person of the family noun's
     * gender named before token {@code k} who shares a surname with the person named most so far (whose family
     * the article is about), if no other family noun introduced that person.
     */
    Optional<String> familyMember(int k) {
        Gender g = Grammar.kinship(doc.folded(k));
        List<String> named = persons.namedBefore(k);
        Optional<String> main = named.stream().max(Comparator.comparingInt(p -> persons.mentionsBefore(p, k)));
        if (g == null || main.isEmpty() || introducedAt(k).isPresent()) { // "D'après son épouse, X, …" names her
            return Optional.empty();
        }
        Set<String> otherwiseIntroduced = new HashSet<>();
        for (int j = 1; j < k; j++) {
            if (Grammar.kinship(doc.folded(j)) != null && !doc.folded(j).equals(doc.folded(k))) {
                introducedAt(j).ifPresent(otherwiseIntroduced::add);
            }
        }
        Predicate<String> candidate = p -> !p.equals(main.get()) && agrees(g, p) && !otherwiseIntroduced.contains(p);
        List<String> family = named.stream().filter(candidate.and(p -> persons.shareSurname(p, main.get()))).toList();
        if (family.isEmpty()) {
            family = speakingOfTheirRelative(k).stream().filter(candidate).toList();
        }
        return family.size() == 1 ? Optional.of(family.get(0)) : Optional.empty();
    }

    /**
     * "Mariela X n'a pas entendu la voix de son mari. … « … », confie son épouse": the persons named first in a
     * sentence before token {@code k} that speaks of their relative by the noun that names the tie of the noun at
     * {@code k} the other way round.
     */
    private Set<String> speakingOfTheirRelative(int k) {
        String tie = Grammar.reciprocalTie(doc.folded(k));
        Set<String> speakers = new HashSet<>();
        for (int j = 1; tie != null && j < k; j++) {
            if (Grammar.possessive(doc.folded(j - 1)) && tie.equals(Grammar.familyTie(doc.folded(j)))) {
                firstNamedBefore(j).ifPresent(speakers::add);
            }
        }
        return speakers;
    }

    /** The person named first in the sentence of token {@code j}, before it. */
    private Optional<String> firstNamedBefore(int j) {
        for (int m = doc.sentenceStart(doc.sentenceOf(j)); m < j; m++) {
            String p = persons.personAt(m);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
