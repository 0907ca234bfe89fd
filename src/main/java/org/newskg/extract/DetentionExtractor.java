package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newskg.extract.DetentionCountry.Place;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.PhraseMatch;
import org.newskg.lexicon.WordSet;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.RolePhrases;
import org.newskg.mention.WordList;

/**
 * Persons held by a state: a detention cue ("emprisonnée", "en détention", "purge une peine", "arrêtée")
 * tied to the person it is said of ({@link DetentionSubject}) and the country that holds them
 * ({@link DetentionCountry}), read in the cue's sentence. A person whose sentence names no country is held
 * where the article's other detentions are, or in its dateline's country, with a lower confidence.
 */
final class DetentionExtractor {

    /** A release or a hoped-for release says less than a detention; the guidelines count detentions. */
    private static final String RELEASE = "release";
    /** The kind of cue a prison's name is ({@code detention-cues.tsv}). */
    private static final String PRISON = "prison";
    /** "y a passé": time spent in the place just named ({@code detention-cues.tsv}). */
    private static final String THERE = "there";
    /** "enlevé", "retenu en otage": a hostage may be held by a state or by an armed group. */
    private static final String HOSTAGE = "hostage";
    /** "La libération de la présentatrice X, après plus de trois ans passés dans une prison": how far "après" may lie. */
    private static final int AFTER_RELEASE = 12;
    /** How far after the cue of unnamed detainees "parmi lesquels" may come ("détenus en Iran depuis 2019, parmi"). */
    private static final int AMONG_REACH = 10;
    private static final Set<String> AMONG_PRONOUNS = Set.of("lesquels", "lesquelles", "eux", "elles");
    /** A person named among detainees of a country: the country is said of the group. */
    private static final double AMONG_CONFIDENCE = 0.8;
    /** "après dix-huit mois de détention", "après plus de trois ans passés dans une prison": how far its cue may lie. */
    private static final int HELD_AFTER = 8;
    private static final double ANAPHOR_CONFIDENCE = 0.65;
    private static final double ARTICLE_CONFIDENCE = 0.5;
    private static final double POINTED_CONFIDENCE = 0.6;
    /** A companion held where the person arrested with them is: the country is said of the other one. */
    private static final double WITH_CONFIDENCE = 0.6;

    /** "par contumace", "in absentia": a sentence passed on somebody who is not held. */
    private static final String ABSENT = "absent";
    private static final int ABSENT_REACH = 6;

    private static final WordList PARLIAMENT = WordList.load("extract/parliamentary-words.txt");
    private static final String INTERPELLATION = "interpell";
    private static final int PARLIAMENT_REACH = 10;

    private static final WordSet ARMED_GROUPS = WordSet.load("/org/newskg/extract/armed-groups.txt");
    /** How many words after "par" the armed group may come ("par une faction dissidente de l'ex-guérilla des FARC"). */
    private static final int CAPTOR_REACH = 8;

    private final Lexicon lex;
    private final DetentionCountry countries;
    private final DetentionSubject subjects = new DetentionSubject();
    private final DetentionAnaphor anaphors;
    private final DetentionTerm terms = new DetentionTerm();

    DetentionExtractor(Lexicon lex, RolePhrases roles) {
        this.lex = lex;
        this.anaphors = new DetentionAnaphor(roles, subjects, lex.countries());
        this.countries = new DetentionCountry(lex);
    }

    /**
     * A detention whose person is known but whose sentence names no country; {@code clauseEnd}, where the cue's
     * clause ends at the latest: the sentence's end, or the subject after a phrase opening the sentence.
     */
    private record Unplaced(List<Integer> persons, String cue, int cueStart, int cueEnd, int clauseEnd,
                            double confidence) {
    }

    /**
     * What the cues read so far leave for the next sentence: the place of the last cue said of nobody named
     * ("une basketteuse américaine a été arrêtée en Russie"), and the persons the last sentence with a held
     * person held.
     */
    private static final class Unnamed {
        Place place;
        int sentence = -1;
        boolean ambiguous;
        List<Integer> held = List.of();
        int heldSentence = -1;
        /** The country of every cue said of nobody the article names, in order ("les geôles centrafricaines"). */
        final List<String> codes = new ArrayList<>();

        void held(List<Integer> persons, int s) {
            held = List.copyOf(persons);
            heldSentence = s;
        }

        /** Two cues of one sentence in different countries leave it unknown which one a later name is about. */
        void add(Place p, int s) {
            codes.add(p.code());
            if (s != sentence) {
                place = p;
                sentence = s;
                ambiguous = false;
            } else if (!place.code().equals(p.code())) {
                ambiguous = true;
            }
        }

        /** The place of an unnamed cue in sentence s (when {@code same}) or the one before it. */
        Optional<Place> near(int s, boolean same) {
            boolean close = s - sentence == 1 || (same && s == sentence);
            return place != null && !ambiguous && close ? Optional.of(place) : Optional.empty();
        }
    }

    /** A line of its own without a stop, inside the article: an intertitle ("Le pasteur toujours détenu"). */
    private static boolean intertitle(Doc doc, int s) {
        return s > 0 && doc.wholeParagraph(s) && !doc.token(doc.sentenceEnd(s) - 1).isPunctuation();
    }

    /** "condamné mardi par contumace": sentenced in absentia, so not held. */
    private boolean inAbsentia(Doc doc, int cueEnd) {
        return cueIn(doc, ABSENT, cueEnd, Math.min(doc.sentenceEnd(doc.sentenceOf(cueEnd - 1)), cueEnd + ABSENT_REACH));
    }

    /**
     * Whether the place "y" at {@code y} stands for is a place of detention: a cue of detention or of a prison
     * earlier in its sentence or in the sentence before ("… au centre d'expulsion de Talha, où sont enfermés les
     * travailleurs … X y a passé quatre mois"), not a country one lived in ("parti au Canada, il y a passé dix ans").
     */
    private boolean prisonJustBefore(Doc doc, int y) {
        int s = doc.sentenceOf(y);
        int from = doc.sentenceStart(Math.max(0, s - 1));
        return cueIn(doc, PRISON, from, y) || cueIn(doc, "detention", from, y) || cueIn(doc, "colony", from, y);
    }

    /** Whether a cue of {@code kind} ({@code detention-cues.tsv}) starts among the tokens [from, to). */
    private boolean cueIn(Doc doc, String kind, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.detentionCues().longestAt(doc.foldedTokens(), k).filter(m -> kind.equals(m.value())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Neuf Pakistanais ont été libérés de la prison d'Amritsar. Parmi eux, X, un berger …": the persons a sentence
     * opening on "Parmi eux" names were held where the group of the sentence before was.
     */
    private List<Detention> namedAmongPrevious(Doc doc, PersonTable persons, int s, Unnamed unnamed) {
        int start = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        Optional<Place> place = unnamed.near(s, false);
        if (place.isEmpty() || start + 2 >= end || !"parmi".equals(doc.folded(start))
                || !AMONG_PRONOUNS.contains(doc.folded(start + 1))) {
            return List.of();
        }
        int from = start + 2;
        if (",".equals(doc.folded(from)) || doc.isVerb(from)) {
            from++; // "Parmi eux, X", "Parmi eux figure X"
        }
        List<Detention> listed = new ArrayList<>();
        for (int p : DetentionSubject.listedAfter(doc, persons, from, end)) {
            listed.add(detention(doc, persons, p, "among-previous", start, start + 2, place.get(), AMONG_CONFIDENCE));
        }
        return listed;
    }

    /**
     * "retenue plus de six ans par les Farc dans la jungle", "enlevé à Gao par le Groupe de soutien à l'islam et aux
     * musulmans": the agent after the cue, in its clause, is an armed group ({@code extract/armed-groups.txt}),
     * which is no state.
     */
    private static boolean heldByArmedGroup(Doc doc, int cueEnd) {
        int end = doc.sentenceEnd(doc.sentenceOf(cueEnd - 1));
        int k = cueEnd;
        while (k < end && !doc.folded(k).equals("par") && !doc.token(k).isPunctuation() && !doc.isVerb(k)) {
            k++;
        }
        if (k == end || !doc.folded(k).equals("par")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(end, k + 1 + CAPTOR_REACH) && !doc.isVerb(j); j++) {
            if (ARMED_GROUPS.lengthAt(doc.foldedTokens(), j) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "Interpellé mercredi à la Chambre, le ministre …": questioned by members of parliament, not arrested. */
    private static boolean questionedInParliament(Doc doc, int cue, int cueEnd) {
        if (!doc.folded(cue).startsWith(INTERPELLATION)) {
            return false;
        }
        int end = Math.min(doc.sentenceEnd(doc.sentenceOf(cue)), cueEnd + PARLIAMENT_REACH);
        for (int k = cueEnd; k < end; k++) {
            if (PARLIAMENT.contains(doc.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "avait passé cinq mois à El Helicoide", "trois détenus de Lefortovo": a prison the gazetteer knows says its
     * subject was held there, as "prison" does; its name, after a locative preposition, gives the country.
     */
    private Optional<PhraseMatch<String>> prisonNamed(Doc doc, int k) {
        if (!doc.token(k).isCapitalized()) {
            return Optional.empty(); // asked of every token that opens no cue: the cheap test first
        }
        return lex.countries().prisonAt(doc.foldedTokens(), k).map(m -> new PhraseMatch<>(m.length(), PRISON));
    }

    /** The detentions of one article; {@code givenRoles}, the roles it gives named persons, tell whom a description is. */
    List<Detention> extract(Doc doc, PersonTable persons, List<RoleFact> givenRoles) {
        List<Detention> found = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        Unnamed unnamed = new Unnamed();
        List<String> words = doc.foldedTokens();
        List<Detention> among = new ArrayList<>();
        for (int k = 0; k < doc.size(); k++) {
            if (k == doc.sentenceStart(doc.sentenceOf(k))) {
                among.addAll(namedAmongPrevious(doc, persons, doc.sentenceOf(k), unnamed));
            }
            int at = k;
            Optional<PhraseMatch<String>> match = lex.detentionCues().longestAt(words, k).or(() -> prisonNamed(doc, at));
            if (match.isEmpty()) {
                continue;
            }
            String kind = match.get().value();
            int cueEnd = k + match.get().length();
            if (THERE.equals(kind)) {
                // "Placée en garde à vue, puis écrouée à la prison de Nsawam, elle y a passé cinquante jours"
                if (!prisonJustBefore(doc, k)) {
                    k = cueEnd - 1;
                    continue;
                }
                kind = PRISON;
            }
            if (heldByArmedGroup(doc, cueEnd)) {
                // "enlevé par un cartel dans l'État de Guerrero et retenu pendant trois semaines": the same captivity
                k = doc.sentenceEnd(doc.sentenceOf(k)) - 1;
                continue;
            }
            if (ABSENT.equals(kind) || questionedInParliament(doc, k, cueEnd) || inAbsentia(doc, cueEnd)
                    || DetentionSubject.qualifiesPersonNoun(doc, k, kind) || DetentionSubject.complementOfNoun(doc, k, kind)) {
                k = cueEnd - 1;
                continue;
            }
            k = RELEASE.equals(kind) ? release(doc, persons, k, cueEnd, unnamed, found, unplaced) - 1
                    : held(doc, persons, givenRoles, kind, k, cueEnd, unnamed, found, unplaced) - 1;
        }
        // not a person whose own sentence says where they are held ("Parmi eux, X, condamné à Urumqi")
        among.removeIf(a -> found.stream().anyMatch(d -> d.personId().equals(a.personId())
                && d.evidence().sentenceIndex() == a.evidence().sentenceIndex()));
        found.addAll(among);
        found.addAll(placeInArticle(doc, persons, found, unplaced, unnamed.codes));
        return found;
    }

    /**
     * A detention cue at {@code cue}: who is held (the subject, the person named after an event noun, else an
     * anaphor) and where (after the cue, before it, earlier in the sentence, or in the previous sentence).
     * Returns the index to go on from.
     */
    private int held(Doc doc, PersonTable persons, List<RoleFact> givenRoles, String kind, int cue, int cueEnd, Unnamed unnamed,
                     List<Detention> found, List<Unplaced> unplaced) {
        int s = doc.sentenceOf(cue);
        int start = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        List<Integer> held = new ArrayList<>();
        String via = "";
        double trust = 1.0;
        boolean event = subjects.namesEvent(doc, cue, kind);
        boolean active = !event && subjects.activeVoice(doc, cue, kind);
        // "X a retrouvé sa sœur, Y, après deux ans de détention": X, the subject of the verb "après" follows
        int clauseVerb = event ? -1 : subjects.durationClauseVerb(doc, cue, start);
        int said = clauseVerb >= 0 ? clauseVerb : cue;
        int person = event || active ? -1 : subjects.personBefore(doc, persons, said, start);
        int moved = subjects.movedFor(doc, cue);
        boolean subjectAfter = false;
        int subjectStart = start;
        if (person < 0 && !active && DetentionSubject.opensSentence(doc, cue, start)) {
            person = DetentionSubject.subjectAfterOpening(doc, persons, cueEnd, end);
            subjectAfter = true;
            // "Arrêté le 11 mars par la police, il était soupçonné de fraude": the pronoun is the subject
            OptionalInt pronoun = person < 0 ? DetentionSubject.pronounAfterOpening(doc, cueEnd, end) : OptionalInt.empty();
            said = pronoun.orElse(said);
            // "…, l'entrepreneur était accusé": a description, whose referent is sought from its article on
            Optional<DetentionSubject.Description> described = person < 0 && pronoun.isEmpty()
                    ? DetentionSubject.descriptionAfterOpening(doc, cueEnd, end) : Optional.empty();
            if (described.isPresent()) {
                said = described.get().verb();
                subjectStart = described.get().article();
            }
        } else if (person < 0 && !active && DetentionSubject.afterOpeningNounPhrase(doc, cue, start)) {
            person = DetentionSubject.appositionAfterOpening(doc, persons, cueEnd, end);
            subjectAfter = true;
        } else if (person < 0 && !active && (DetentionSubject.afterRelativePronoun(doc, cue, start)
                || subjects.afterOpeningLength(doc, cue, start))) {
            person = DetentionSubject.subjectAfter(doc, persons, cueEnd, end);
            subjectAfter = true;
        }
        if (person >= 0 && subjectAfter && DetentionSubject.plural(doc.folded(cue))) {
            // "Arrêtés en novembre à Abéché, A et B ont été condamnés": a plural participle, the subjects it agrees with
            held.addAll(DetentionSubject.listedAfter(doc, persons, person, end));
        } else if (person >= 0) {
            held.addAll(DetentionSubject.coordinated(doc, persons, person, start));
            int other = (DetentionSubject.plural(doc.folded(cue)) || DetentionSubject.pluralVerbBetween(doc, person, cue)) && held.size() == 1
                    ? subjects.coordinatedAcrossAppositions(doc, persons, person, start) : -1;
            if (other >= 0) {
                held.add(other);
            }

        } else if (event || active) {
            // "a dénoncé l'arrestation de la journaliste X à Moscou", "les policiers ont arrêté X": who comes after
            held.addAll(active ? DetentionSubject.objectAfter(doc, persons, cueEnd, end)
                    : DetentionSubject.namedAfter(doc, persons, cueEnd, end));
            via = active ? "+object" : "+event-of";
        } else if (moved >= 0 && unnamed.heldSentence == s) {
            // "X, condamné en 2019 à Holguín, puis transféré au Canada pour finir sa peine": the earlier cue's person
            held.addAll(unnamed.held);
            via = "+moved";
        } else {
            List<Integer> previous = unnamed.heldSentence == s - 1 ? unnamed.held : List.of();
            // an intertitle ("Le pasteur toujours détenu") announces whom the next paragraph names
            DetentionAnaphor.Resolved r = intertitle(doc, s) ? new DetentionAnaphor.Resolved(List.of(), "")
                    : anaphors.anaphor(doc, persons, givenRoles, said, subjectStart, previous);
            held.addAll(r.persons());
            via = "+" + r.rule();
            trust = ANAPHOR_CONFIDENCE;
        }
        int alongside = held.isEmpty() ? -1 : subjects.heldAlongside(doc, persons, cueEnd, end);
        if (alongside >= 0 && held.stream().noneMatch(p -> persons.personAt(p).equals(persons.personAt(alongside)))) {
            held.add(alongside); // "il a été interpellé …, en même temps que le maître de chai, Y"
        }
        if (held.isEmpty()) {
            // "deux hommes sont toujours derrière les barreaux : le Marocain A, second capitaine, et B"
            int colon = colonAfter(doc, cueEnd, end);
            if (colon >= 0) {
                held.addAll(DetentionSubject.listedAfter(doc, persons, colon + 1, end));
                via = "+listed-after-colon";
            }
        }
        if (!held.isEmpty()) {
            unnamed.held(held, s);
        }
        boolean hostage = HOSTAGE.equals(kind);
        // "Le tribunal de Bakou a condamné X, géographe de l'Université de Liège, …": an active verb's subject is the
        // authority that holds, and its place comes before the places that describe the person; "transféré en
        // Belgique pour y purger le reste de sa peine": held where the move led
        // "libéré après sept mois de détention, X est arrivé à Lomé": an opening phrase's place is inside it
        int placeEnd = subjectAfter && !held.isEmpty() && held.get(0) > cueEnd ? held.get(0) : end;
        Optional<Place> country = (active ? countries.authorityBefore(doc, start, cue) : Optional.<Place>empty())
                .or(() -> moved < 0 ? Optional.empty() : countries.after(doc, moved, moved + 1, cue, hostage))
                .or(() -> countries.after(doc, cue, cueEnd, placeEnd, hostage))
                .or(() -> countries.whereClause(doc, start, cue));
        if (held.isEmpty() && country.isPresent()) {
            // "cinq Américains détenus en Iran, parmi lesquels X, Y et Z, ont été libérés"
            int among = amongAfter(doc, cueEnd, end);
            List<Integer> named = among < 0 ? List.of() : DetentionSubject.listedAfter(doc, persons, among, end);
            for (int p : named) {
                found.add(detention(doc, persons, p, kind + "+among", cue, cueEnd, country.get(), AMONG_CONFIDENCE));
            }
            if (!named.isEmpty()) {
                return cueEnd;
            }
        }
        if (held.isEmpty()) {
            // "une basketteuse américaine a été arrêtée en Russie." names her in the next sentence; a cue
            // after a named one ("X a été condamné à six ans de prison par un tribunal de Y") is still X's
            if (found.stream().noneMatch(d -> d.evidence().sentenceIndex() == s)) {
                country.ifPresent(c -> unnamed.add(c, s));
            }
            return cueEnd;
        }
        if (country.isEmpty() && !hostage && person >= 0) {
            int before = Math.min(person, cue);
            country = countries.before(doc, start, before).or(() -> countries.authorityBefore(doc, start, before));
        }
        if (country.isEmpty() && !hostage && person < 0) {
            country = countries.beforeCue(doc, start, cue);
        }
        if (country.isEmpty() && !hostage && !allHeldBefore(held, found, persons)) {
            // not for a person already said to be held somewhere: a cue without a place of its own is that detention
            country = unnamed.near(s, false).map(c -> c.weaker("+previous-sentence", cueEnd, 0.6));
        }
        if (country.isPresent()) {
            for (int p : held) {
                found.add(detention(doc, persons, p, kind + via, cue, cueEnd, country.get(), trust));
            }
        } else if (!hostage) {
            unplaced.add(new Unplaced(held, kind + via, cue, cueEnd, placeEnd, trust));
        }
        return cueEnd;
    }

    /**
     * A release cue: "libéré en janvier après dix-huit mois de détention" says the person was held; "pour libérer
     * X et Y" after a sentence about unnamed detainees held in a country says where X and Y were. Returns the
     * index to go on from.
     */
    private int release(Doc doc, PersonTable persons, int cue, int cueEnd, Unnamed unnamed, List<Detention> found,
                        List<Unplaced> unplaced) {
        int s = doc.sentenceOf(cue);
        int start = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        int held = heldBeforeRelease(doc, cueEnd, end);
        int freed = subjects.personBefore(doc, persons, cue, start);
        if (held >= 0) {
            Optional<PhraseMatch<String>> detention = lex.detentionCues().longestAt(doc.foldedTokens(), held);
            int heldEnd = held + detention.get().length();
            List<Integer> released = new ArrayList<>();
            int person = freed;
            int placeEnd = end;
            if (person < 0 && DetentionSubject.opensSentence(doc, cue, start)) {
                // "Libéré après 74 jours de prison en Ouganda, le vidéaste X est rentré", not where he came back to
                person = DetentionSubject.subjectAfter(doc, persons, heldEnd, end);
                placeEnd = person >= 0 ? person : end;
            }
            if (person >= 0) {
                released.add(person);
            } else {
                released.addAll(DetentionSubject.namedAfter(doc, persons, cueEnd, end));
            }
            if (!released.isEmpty()) {
                String kind = detention.get().value() + "+released-after";
                Optional<Place> country = countries.after(doc, held, heldEnd, placeEnd, false);
                if (country.isPresent()) {
                    released.forEach(p -> found.add(detention(doc, persons, p, kind, held, heldEnd, country.get(), 1.0)));
                } else {
                    unplaced.add(new Unplaced(released, kind, held, heldEnd, placeEnd, 1.0));
                }
                return heldEnd;
            }
        }
        // "Gracié par le sultan d'Oman, le skipper X retrouve la France": the subject after the opening phrase
        int subject = freed < 0 && DetentionSubject.opensSentence(doc, cue, start)
                ? DetentionSubject.subjectAfterComma(doc, persons, cueEnd, end) : freed;
        Optional<Place> by = subject < 0 ? Optional.empty() : countries.releasedBy(doc, cueEnd, end);
        if (by.isPresent()) {
            // "X a été libérée dimanche par les autorités vénézuéliennes, en même temps que Y": held by that state
            List<Integer> released = new ArrayList<>(DetentionSubject.coordinated(doc, persons, subject, start));
            int alongside = subjects.heldAlongside(doc, persons, cueEnd, end);
            if (alongside >= 0) {
                released.add(alongside);
            }
            released.forEach(p -> found.add(detention(doc, persons, p, RELEASE + "+by-state", cue, cueEnd, by.get(), 1.0)));
            return cueEnd;
        }
        Optional<Place> state = countries.releasingState(doc, start, cue);
        if (state.isPresent()) {
            for (int p : DetentionSubject.namedAfter(doc, persons, cueEnd, end)) {
                found.add(detention(doc, persons, p, RELEASE, cue, cueEnd, state.get(), 1.0));
            }
            return cueEnd;
        }
        Optional<Place> before = unnamed.near(s, true);
        if (before.isPresent()) {
            for (int p : DetentionSubject.namedAfter(doc, persons, cueEnd, end)) {
                if (heldBefore(p, found, persons)) {
                    continue; // already said to be held elsewhere: the release is that detention's
                }
                Place held0 = before.get().weaker("+released-after-unnamed", cueEnd, 0.6);
                found.add(detention(doc, persons, p, RELEASE, cue, cueEnd, held0, 1.0));
            }
        } else if (freed >= 0 && passive(doc, cue, start) && !cueIn(doc, HOSTAGE, start, end)) {
            // "X, Y et Z avaient été libérés lors d'une amnistie": held where the article's detentions are; not
            // "ces libérations" nor "Loukachenko libère", nor a hostage freed by whoever held them
            List<Integer> released = new ArrayList<>(DetentionSubject.coordinated(doc, persons, freed, start));
            unplaced.add(new Unplaced(released, RELEASE + "+subject", cue, cueEnd, end, 1.0));
        }
        return cueEnd;
    }

    /** "avaient été libérés", "a été relâchée": a participle after an auxiliary, adverbs between. */
    private static boolean passive(Doc doc, int cue, int start) {
        int k = DetentionSubject.beforeAdverbs(doc, cue - 1, start);
        return k >= start && doc.token(k).hasPos("AUX") && Grammar.pastParticiple(doc.token(cue).text());
    }

    /** Whether every person at the tokens {@code held} already has a detention in {@code found}. */
    private static boolean allHeldBefore(List<Integer> held, List<Detention> found, PersonTable persons) {
        return held.stream().allMatch(p -> heldBefore(p, found, persons));
    }

    /** Whether the person at token {@code p} already has a detention in {@code found}. */
    private static boolean heldBefore(int p, List<Detention> found, PersonTable persons) {
        return found.stream().anyMatch(d -> d.personId().equals(persons.personAt(p)));
    }

    /** A colon a few words after the cue, with no verb between: what follows it names who is held. */
    private static int colonAfter(Doc doc, int cueEnd, int end) {
        for (int j = cueEnd; j < Math.min(end, cueEnd + AMONG_REACH) && !doc.isVerb(j) && !doc.quoted(j); j++) {
            if (":".equals(doc.folded(j))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Where the names start after "parmi lesquels", "parmi eux", "dont" or "notamment" that follow the cue of
     * unnamed detainees in its clause, before any verb; -1 when none does.
     */
    private static int amongAfter(Doc doc, int cueEnd, int end) {
        for (int j = cueEnd; j < Math.min(end, cueEnd + AMONG_REACH) && !doc.isVerb(j); j++) {
            String w = doc.folded(j);
            if ("parmi".equals(w) && j + 1 < end && AMONG_PRONOUNS.contains(doc.folded(j + 1))) {
                return j + 2;
            }
            if (("dont".equals(w) || "notamment".equals(w)) && ",".equals(doc.folded(j - 1))) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * "après dix-huit mois de détention", "après plus de trois ans passés dans une prison", "après quatre ans
     * derrière les barreaux" shortly after a release: the index of that detention cue, or -1.
     */
    private int heldBeforeRelease(Doc doc, int cueEnd, int end) {
        List<String> words = doc.foldedTokens();
        for (int j = cueEnd; j < Math.min(end, cueEnd + AFTER_RELEASE); j++) {
            if ("VERB".equals(doc.pos(j)) || words.get(j).equals(";") || words.get(j).equals(":")) {
                return -1;
            }
            if (!words.get(j).equals("apres")) {
                continue;
            }
            for (int d = j + 1; d <= Math.min(end - 1, j + HELD_AFTER); d++) {
                Optional<PhraseMatch<String>> cue = lex.detentionCues().longestAt(words, d);
                if (cue.isPresent() && !RELEASE.equals(cue.get().value())) {
                    return d;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * The persons whose sentence names no country are held in the article's holding country
     * ({@link DetentionCountry#holding}) when their sentence names no other up to where the cue's clause ends
     * ("libéré après dix-huit mois de détention, il a quitté le pays pour la Lituanie"); "la capitale", "le pays" in the
     * sentence make it surer. A person already placed by their own sentence is left where it put them.
     */
    private List<Detention> placeInArticle(Doc doc, PersonTable persons, List<Detention> found, List<Unplaced> unplaced,
                                           List<String> unnamedCodes) {
        List<Detention> placed = new ArrayList<>();
        List<Unplaced> left = new ArrayList<>();
        for (Unplaced u : unplaced) {
            Optional<String> with = heldWith(doc, persons, found, u);
            if (with.isPresent()) {
                Place together = new Place(with.get(), null, u.cueEnd(), "held-with", WITH_CONFIDENCE);
                for (int p : u.persons()) {
                    if (!heldBefore(p, found, persons)) {
                        placed.add(detention(doc, persons, p, u.cue(), u.cueStart(), u.cueEnd(), together, u.confidence()));
                    }
                }
            } else {
                left.add(u);
            }
        }
        Optional<String> holding = countries.holding(doc, found, unnamedCodes);
        if (holding.isEmpty()) {
            return placed;
        }
        for (Unplaced u : left) {
            int s = doc.sentenceOf(u.cueStart());
            int start = doc.sentenceStart(s);
            int end = doc.sentenceEnd(s);
            if (!countries.namesOnly(doc, start, countries.scanEnd(doc, u.cueEnd(), u.clauseEnd()), holding.get())) {
                continue;
            }
            boolean pointed = countries.pointsToArticleCountry(doc, start, end);
            Place article = new Place(holding.get(), null, u.cueEnd(), pointed ? "article-country-pointed" : "article-country",
                    pointed ? POINTED_CONFIDENCE : ARTICLE_CONFIDENCE);
            for (int p : u.persons()) {
                String id = persons.personAt(p);
                if (found.stream().noneMatch(d -> d.personId().equals(id) && toldBy(doc, d, u.cueStart()))) {
                    placed.add(detention(doc, persons, p, u.cue(), u.cueStart(), u.cueEnd(), article, u.confidence()));
                }
            }
        }
        return placed;
    }

    /**
     * "il est interpellé près de Khoïniki avec sa collègue Y": a cue without a country that holds several persons,
     * one of whom the article places in exactly one country by the end of the cue's paragraph, holds the others
     * there too.
     */
    private static Optional<String> heldWith(Doc doc, PersonTable persons, List<Detention> found, Unplaced u) {
        Set<String> ids = new HashSet<>();
        u.persons().forEach(p -> ids.add(persons.personAt(p)));
        List<String> codes = found.stream().filter(d -> ids.contains(d.personId()) && toldBy(doc, d, u.cueStart()))
                .map(Detention::countryCode).distinct().toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /**
     * Whether detention {@code d} was told by the paragraph of token {@code cue}, before or in it: one told in a
     * later paragraph may be another ("Ce n'est pas la première fois. En 2023, il avait été retenu à Niamey").
     */
    private static boolean toldBy(Doc doc, Detention d, int cue) {
        int at = doc.token(cue).start();
        return d.evidence().start() <= at || doc.sameParagraph(at, d.evidence().start());
    }

    /**
     * The detention with its evidence: the cue's sentence, from the person (when named there) or the cue to the
     * country; the rule names the cue kind, how the person was found and how the country was.
     */
    private Detention detention(Doc doc, PersonTable persons, int person, String cue, int cueStart, int cueEnd,
                                Place country, double trust) {
        int s = doc.sentenceOf(cueStart);
        boolean named = doc.sentenceOf(person) == s;
        int first = Math.min(Math.min(named ? person : cueStart, cueStart), country.from());
        int last = Math.max(Math.max(cueEnd, country.to()), named ? person + 1 : cueEnd) - 1;
        Evidence e = new Evidence(s, doc.sentence(s).text(), doc.token(first).start(), doc.token(last).end(),
                "detention:" + cue + "+" + country.rule(), Math.min(trust, country.confidence()));
        int from = doc.sentenceStart(s);
        return new Detention(persons.personAt(person), country.code(), country.place(),
                terms.in(doc, from, doc.sentenceEnd(s)), e);
    }
}
