package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.PhraseMatch;
import org.newskg.mention.Doc;
import org.newskg.mention.WordList;

/**
 * Persons held by a state: a detention cue ("emprisonnée", "en détention", "purge une peine", "arrêtée")
 * tied to the nearest person named before it in the sentence, and the country that holds them, read after
 * the cue: a country or a place ("en Russie", "aux États-Unis", "dans l'Illinois", "de Moscou") or a
 * nationality after a detaining authority ("une prison américaine", "un tribunal russe"). Without a country
 * in the sentence nothing is claimed.
 */
final class DetentionExtractor {

    private static final int PERSON_WINDOW = 12;
    private static final int COUNTRY_WINDOW = 18;
    /** "qui affirme avoir été condamnée": a verb that introduces the detention itself. */
    private static final Set<String> INFINITIVE_AUXILIARIES = Set.of("avoir", "etre", "ete");
    /** A release or a hoped-for release says less than a detention; the guidelines count detentions. */
    private static final String RELEASE = "release";

    private final Lexicon lex;
    private final WordList authorities = WordList.load("extract/detention-authorities.txt");
    private final WordList locatives = WordList.load("extract/locative-prepositions.txt");
    private final WordList numbers = WordList.load("extract/prison-terms.txt");
    private final WordList copulas = WordList.load("extract/copular-verbs.txt");

    DetentionExtractor(Lexicon lex) {
        this.lex = lex;
    }

    List<Detention> extract(Doc doc, PersonTable persons) {
        List<Detention> found = new ArrayList<>();
        List<String> words = doc.foldedTokens();
        Place unnamedBefore = null;
        int unnamedSentence = -1;
        for (int k = 0; k < doc.size(); k++) {
            Optional<PhraseMatch<String>> cue = lex.detentionCues().longestAt(words, k);
            if (cue.isEmpty()) {
                continue;
            }
            int cueEnd = k + cue.get().length();
            int s = doc.sentenceOf(k);
            if (RELEASE.equals(cue.get().value())) {
                // "des Américains détenus par Moscou. ... pour libérer Brittney Griner et Paul Whelan"
                if (unnamedBefore != null && s - unnamedSentence <= 1) {
                    for (int p : releasedAfter(doc, persons, cueEnd, doc.sentenceEnd(s))) {
                        if (found.stream().anyMatch(d -> d.personId().equals(persons.personAt(p)))) {
                            continue; // already said to be held elsewhere: the release is that detention's
                        }
                        Place held = new Place(unnamedBefore.code(), unnamedBefore.place(), cueEnd,
                                unnamedBefore.rule() + "+released-after-unnamed", 0.6);
                        found.add(detention(doc, persons, p, cue.get().value(), cueEnd, held, null));
                    }
                }
                k = cueEnd - 1;
                continue;
            }
            int start = doc.sentenceStart(s);
            int end = doc.sentenceEnd(s);
            int person = personBefore(doc, persons, k, start);
            if (person < 0 && opensSentence(doc, k, start)) {
                person = subjectAfter(doc, persons, cueEnd, end);
            }
            Optional<Place> country = countryAfter(doc, k, cueEnd, end);
            if (person < 0) {
                // "une basketteuse américaine a été arrêtée en Russie." names her in the next sentence
                if (country.isPresent()) {
                    unnamedBefore = country.get();
                    unnamedSentence = s;
                }
                k = cueEnd - 1;
                continue;
            }
            if (country.isEmpty()) {
                country = countryBefore(doc, start, person);
            }
            if (country.isEmpty() && unnamedSentence == s - 1 && unnamedBefore != null) {
                Place carried = unnamedBefore;
                country = Optional.of(new Place(carried.code(), carried.place(), cueEnd, carried.rule() + "+previous-sentence", 0.6));
            }
            if (country.isPresent()) {
                for (int p : coordinated(doc, persons, person, start)) {
                    found.add(detention(doc, persons, p, cue.get().value(), cueEnd, country.get(), term(doc, start, end)));
                }
            }
            k = cueEnd - 1;
        }
        return found;
    }

    /**
     * The first token of the person the cue is said of: the nearest name before it, reached across an
     * apposition or a relative clause ("Viktor Bout, un trafiquant d'armes russe emprisonné", "Griner, qui a
     * été arrêtée", "Krasikov est en détention", "X reste incarcéré") but not across another verb ("Blinken décrivant ... des
     * Américains détenus") or a "que" clause.
     */
    private int personBefore(Doc doc, PersonTable persons, int cue, int start) {
        for (int j = cue - 1; j >= Math.max(start, cue - PERSON_WINDOW); j--) {
            String w = doc.folded(j);
            boolean verb = "VERB".equals(doc.pos(j)) && !INFINITIVE_AUXILIARIES.contains(doc.folded(j + 1))
                    && !copulas.contains(w);
            if (persons.personAt(j) == null && (verb || doc.quoted(j) != doc.quoted(cue)
                    || w.equals("que") || w.equals("qu'") || w.equals(":") || w.equals(";"))) {
                return -1;
            }
            if (persons.personAt(j) != null) {
                String p = persons.personAt(j);
                while (j > start && p.equals(persons.personAt(j - 1))) {
                    j--;
                }
                return j;
            }
        }
        return -1;
    }

    private record Place(String code, String place, int from, int to, String rule, double confidence) {

        Place(String code, String place, int to, String rule, double confidence) {
            this(code, place, to - 1, to, rule, confidence);
        }
    }

    private static Detention detention(Doc doc, PersonTable persons, int person, String cue, int cueEnd, Place country,
                                       String term) {
        int s = doc.sentenceOf(person);
        int first = Math.min(person, country.from());
        int last = Math.max(Math.max(cueEnd, country.to()), person + 1) - 1;
        Evidence e = new Evidence(s, doc.sentence(s).text(), doc.token(first).start(), doc.token(last).end(),
                "detention:" + cue + "+" + country.rule(), country.confidence());
        return new Detention(persons.personAt(person), country.code(), country.place(), term, e);
    }

    /**
     * The person the cue was tied to and those coordinated before it: "Brittney Griner et du consultant en
     * sécurité Paul Whelan d'une prison russe" holds both.
     */
    private static List<Integer> coordinated(Doc doc, PersonTable persons, int person, int start) {
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
        for (j--; j >= limit && !"VERB".equals(doc.pos(j)) && !doc.token(j).isPunctuation(); j--) {
            if (persons.hasPersonAt(j) && !persons.personAt(j).equals(persons.personAt(person))) {
                String other = persons.personAt(j);
                while (j > start && other.equals(persons.personAt(j - 1))) {
                    j--;
                }
                all.add(j);
                break;
            }
        }
        return all;
    }

    /** The persons a release is about: "libérer la basketteuse X et l'ex-soldat Y", "la libération de X". */
    private static List<Integer> releasedAfter(Doc doc, PersonTable persons, int from, int end) {
        List<Integer> released = new ArrayList<>();
        int j = from;
        while (j < Math.min(end, from + PERSON_WINDOW) && !"VERB".equals(doc.pos(j)) && !doc.token(j).isPunctuation()) {
            if (persons.hasPersonAt(j)) {
                released.add(j);
                String p = persons.personAt(j);
                while (j < end && p.equals(persons.personAt(j))) {
                    j++;
                }
                if (j >= end || !isConjunction(doc, j)) {
                    break;
                }
            }
            j++;
        }
        return released;
    }

    private static boolean isConjunction(Doc doc, int j) {
        return "et".equals(doc.folded(j)) || "ainsi".equals(doc.folded(j));
    }

    /** "Détenu depuis un an en Iran, le Français Benjamin X a été condamné": a cue opening its sentence. */
    private static boolean opensSentence(Doc doc, int cue, int start) {
        for (int j = start; j < cue; j++) {
            if (!doc.token(j).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /** The first person named after the participial phrase that opens the sentence. */
    private static int subjectAfter(Doc doc, PersonTable persons, int cueEnd, int end) {
        for (int j = cueEnd; j < end; j++) {
            if (persons.hasPersonAt(j)) {
                return j;
            }
            if ("VERB".equals(doc.pos(j)) || doc.quoted(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** "En Russie, X a été arrêté", "La Cour suprême du Mexique ... X ... condamnée": a country before the person. */
    private Optional<Place> countryBefore(Doc doc, int start, int person) {
        List<String> words = doc.foldedTokens();
        for (int j = person - 1; j > start; j--) {
            if (locatives.contains(words.get(j - 1))) {
                Optional<PhraseMatch<org.newskg.lexicon.Country>> country = lex.countries().nameAt(words, j);
                if (country.isPresent()) {
                    return Optional.of(new Place(country.get().value().code(), null, j, j + country.get().length(),
                            "country-before", 0.7));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Place> countryAfter(Doc doc, int cue, int cueEnd, int end) {
        List<String> words = doc.foldedTokens();
        for (int j = cue; j < Math.min(end, cueEnd + COUNTRY_WINDOW); j++) {
            String w = words.get(j);
            boolean located = j > 0 && locatives.contains(words.get(j - 1));
            if (located) {
                Optional<PhraseMatch<org.newskg.lexicon.Country>> country = lex.countries().nameAt(words, j);
                if (country.isPresent()) {
                    return Optional.of(new Place(country.get().value().code(), null, j + country.get().length(),
                            "country", 0.85));
                }
                Optional<PhraseMatch<String>> place = lex.countries().placeAt(words, j);
                if (place.isPresent()) {
                    int to = j + place.get().length();
                    return Optional.of(new Place(place.get().value(), doc.span(j, to), to, "place", 0.8));
                }
            }
            if (authorityBefore(words, j) && lex.countries().byDemonym(w).isPresent()) {
                return Optional.of(new Place(lex.countries().byDemonym(w).get().code(), null, j + 1,
                        "authority-nationality", 0.8));
            }
        }
        return Optional.empty();
    }

    /** "une prison russe", "colonie pénitentiaire russe": an authority noun one or two words before. */
    private boolean authorityBefore(List<String> words, int j) {
        return (j >= 1 && authorities.contains(words.get(j - 1))) || (j >= 2 && authorities.contains(words.get(j - 2)));
    }

    /** "neuf ans de prison", "25 ans de prison": the term as printed, or null. */
    private String term(Doc doc, int start, int end) {
        for (int j = start; j + 2 < end; j++) {
            String w = doc.folded(j);
            boolean number = w.chars().allMatch(Character::isDigit) || numbers.contains(w);
            if (number && (doc.folded(j + 1).equals("ans") || doc.folded(j + 1).equals("mois"))
                    && (doc.folded(j + 2).equals("de") || doc.folded(j + 2).equals("d'"))) {
                return doc.span(j, Math.min(end, j + 4));
            }
        }
        return null;
    }
}
