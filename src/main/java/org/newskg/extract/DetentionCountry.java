package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newskg.lexicon.Country;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.PhraseMatch;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.WordList;

/**
 * Which state holds a person, read around a detention cue: a country or a place after a locative
 * preposition ("en Russie", "aux États-Unis", "dans l'Illinois", "de Moscou"), a nationality or city adjective
 * after a detaining authority ("une prison russe", "une prison pékinoise"), a de-facto authority ("par les
 * talibans"); and, for the whole article, the country most of its detentions are in or its dateline names.
 */
final class DetentionCountry {

    static final int WINDOW = 18;
    private static final String RELEASE = "release";
    /** The kind of a stop word that ends a clause only before a verb ("et vit désormais en Allemagne"). */
    private static final String BEFORE_VERB = "before-verb";
    /** The kind of a return word that ends a clause unless "de" names where the person came back from. */
    private static final String NOT_BEFORE_DE = "not-before-de";
    /** How many words after a return its "de" may come ("rentré dimanche de Nauru"). */
    private static final int RETURN_REACH = 4;
    /** How far before a cue "où" may stand ("où il est toujours détenu"). */
    private static final int WHERE_REACH = 5;
    /** How many words the place before "où" may have ("vers les Émirats arabes unis, où"). */
    private static final int WHERE_PLACE_WORDS = 4;
    /** How many words after an authority noun its place or nationality may come ("tribunal des crimes graves de Bakou"). */
    private static final int AUTHORITY_REACH = 7;
    /** How far after a town its country may be named ("à Brest, dans l'ouest du Bélarus"). */
    private static final int TOWN_COUNTRY_REACH = 6;
    /** How many detentions read in their own sentence a headline's country weighs as ({@link #holding}). */
    private static final int HEADLINE_VOTES = 2;
    /** "la capitale", "le pays": the country the article is about, named elsewhere. */
    private static final List<List<String>> ARTICLE_COUNTRY = List.of(List.of("la", "capitale"),
            List.of("le", "pays"), List.of("du", "pays"));

    /** Where the country was read, by which rule and how far it is trusted. */
    record Place(String code, String place, int from, int to, String rule, double confidence) {

        Place(String code, String place, int to, String rule, double confidence) {
            this(code, place, to - 1, to, rule, confidence);
        }

        Place weaker(String suffix, int at, double confidence) {
            return new Place(code, place, at - 1, at, rule + suffix, confidence);
        }
    }

    private final Lexicon lex;
    private final WordList authorities = WordList.load("extract/detention-authorities.txt");
    private final WordList locatives = WordList.load("extract/locative-prepositions.txt");
    private final WordList articles = WordList.load("extract/place-articles.txt");
    private final WordList qualifiers = WordList.load("extract/place-qualifiers.txt");
    private final WordList stops = WordList.load("extract/country-scan-stops.txt");
    private final WordList goods = WordList.load("extract/goods-participles.txt");
    private final WordList origins = WordList.load("extract/origin-words.txt");
    private final WordList requests = WordList.load("extract/request-nouns.txt");
    private final WordList deFacto = WordList.load("extract/de-facto-authorities.tsv");
    private final WordList countryParts = WordList.load("extract/country-part-nouns.txt");

    DetentionCountry(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The country read after the cue, up to a clause that moves the scene ("avant son retour au Japon") or a
     * release ("libéré et remis aux autorités qataries"), or a quoted cue's quotation. With {@code byStateOnly}
     * (hostage cues) only a holder introduced by "par" or an authority counts: a hostage "enlevé près de Mopti" may
     * be held by anyone.
     */
    Optional<Place> after(Doc doc, int cue, int cueEnd, int end, boolean byStateOnly) {
        List<String> words = doc.foldedTokens();
        int stop = Math.min(scanEnd(doc, cueEnd, end), cueEnd + WINDOW);
        for (int j = cue; j < stop; j++) {
            if (cue < cueEnd && doc.quoted(cue) && !doc.quoted(j)) {
                break; // "« … l'imaginer dans une cellule », souffle la retraitée, aide-soignante au CHU de Nantes"
            }
            String w = words.get(j);
            int prep = prepositionBefore(words, j);
            if (prep >= 0 && (!byStateOnly || words.get(prep).equals("par")) && !notTheHolder(doc, prep)) {
                Optional<Place> named = nameAt(doc, j, "country", "place");
                if (named.isPresent()) {
                    return Optional.of(countryNamedAfter(doc, named.get(), end));
                }
            }
            if (deFacto.contains(w)) {
                return Optional.of(new Place(deFacto.value(w), null, j + 1, "de-facto-authority", 0.8));
            }
            if (authorityBefore(words, j)) {
                String ofPlace = lex.countries().byPlaceAdjective(w);
                Optional<String> code = lex.countries().byDemonym(w).map(Country::code).or(() -> Optional.ofNullable(ofPlace));
                if (code.isPresent()) {
                    String rule = ofPlace != null ? "authority-place-adjective" : "authority-nationality";
                    return Optional.of(new Place(code.get(), null, j + 1, rule, 0.8));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Venue à Shanghai pour les funérailles de sa mère, elle a été placée en résidence surveillée": the country
     * read between the sentence's start and the cue, but not in a relative clause about something else ("Le
     * skipper, qui convoyait un voilier de Gdansk à Brest, a été interpellé").
     */
    Optional<Place> beforeCue(Doc doc, int start, int cue) {
        return after(doc, start, start, cue, false).filter(p -> !inRelativeClause(doc, start, p.from()));
    }

    /**
     * "extradé vers la Chine, où il est toujours détenu": a cue in a relative clause opened by "où", with only its
     * subject pronoun, auxiliaries and adverbs before it, is said of the place the clause hangs on, named right
     * before it.
     */
    Optional<Place> whereClause(Doc doc, int start, int cue) {
        int where = cue - 1;
        while (where > start && where >= cue - WHERE_REACH && !Grammar.where(doc.token(where).text())) {
            where--;
        }
        if (where <= start || !Grammar.where(doc.token(where).text())) {
            return Optional.empty();
        }
        for (int j = where + 1; j < cue; j++) {
            String w = doc.folded(j);
            if (Grammar.subjectPronoun(w) == null && !Grammar.finiteAuxiliary(w) && !doc.token(j).hasPos("ADV")) {
                return Optional.empty();
            }
        }
        int end = ",".equals(doc.folded(where - 1)) ? where - 1 : where;
        for (int b = end - 1; b > start && b >= end - WHERE_PLACE_WORDS; b--) {
            Optional<Place> named = nameAt(doc, b, "where-country", "where-place");
            if (named.isPresent() && named.get().to() == end) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * "à Brest, dans l'ouest du Bélarus", "à Brest (Bélarus)": a town's country as the text names it right after
     * the town, over the gazetteer's town of the same name elsewhere.
     */
    private Place countryNamedAfter(Doc doc, Place town, int end) {
        if (town.place() == null) {
            return town;
        }
        List<String> words = doc.foldedTokens();
        int j = town.to();
        if (j >= end || !(",".equals(words.get(j)) || "(".equals(words.get(j)))) {
            return town;
        }
        for (int k = j + 1; k < Math.min(end, j + 1 + TOWN_COUNTRY_REACH); k++) {
            if (doc.isVerb(k) || ",".equals(words.get(k)) || requests.contains(words.get(k))) {
                break; // not "à Almaty, à la demande de la Russie"
            }
            Optional<PhraseMatch<Country>> country = lex.countries().nameAt(words, k);
            if (country.isPresent()) {
                String code = country.get().value().code();
                return code.equals(town.code()) ? town : new Place(code, town.place(), town.from(),
                        k + country.get().length(), town.rule() + "+country-after", town.confidence());
            }
        }
        return town;
    }

    /**
     * "Un tribunal de Perm a condamné X", "Le tribunal régional de Perm, dans l'Oural, a condamné X", "les
     * autorités bélarusses ont arrêté X": an authority before the person, with its place or nationality.
     */
    Optional<Place> authorityBefore(Doc doc, int start, int person) {
        List<String> words = doc.foldedTokens();
        for (int a = start; a < person; a++) {
            if (!authorities.contains(words.get(a)) || doc.quoted(a)) {
                continue;
            }
            for (int j = a + 1; j < Math.min(person, a + AUTHORITY_REACH); j++) {
                // "partage sa cellule avec un Italien": another preposition than "de" leaves the authority's phrase
                if (doc.token(j).isPunctuation() || doc.isVerb(j)
                        || doc.token(j).hasPos("ADP") && !Grammar.deComplement(words.get(j))) {
                    break;
                }
                Optional<Country> demonym = lex.countries().byDemonym(words.get(j));
                // not the person's own description in apposition ("un ancien garde-côte norvégien, Knut X,")
                boolean describesPerson = j + 2 == person && ",".equals(words.get(j + 1));
                if (demonym.isPresent() && !describesPerson) {
                    return Optional.of(new Place(demonym.get().code(), null, j, j + 1, "authority-before", 0.75));
                }
                if (words.get(j - 1).equals("de") || words.get(j - 1).equals("d'")) {
                    Optional<Place> named = nameAt(doc, j, "authority-country-before", "authority-place-before");
                    if (named.isPresent()) {
                        return Optional.of(new Place(named.get().code(), named.get().place(), j, named.get().to(),
                                named.get().rule(), 0.75));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Téhéran a libéré X", "la France a remis en liberté Y": the country or capital whose name is the subject
     * right before a release verb and its auxiliary ({@code verb}), opening its clause: the state that held them.
     */
    Optional<Place> releasingState(Doc doc, int start, int verb) {
        int last = verb - 1;
        while (last > start && doc.inVerbGroup(last)) {
            last--;
        }
        for (int j = Math.max(start, last + 1 - lex.countries().maxLength()); j <= last; j++) {
            Optional<Place> named = nameAt(doc, j, "releasing-country", "releasing-capital");
            int opening = j > start && Grammar.definiteArticle(doc.folded(j - 1)) ? j - 1 : j;
            if (named.isPresent() && named.get().to() == last + 1
                    && (opening == start || ",".equals(doc.folded(opening - 1)))) {
                return Optional.of(new Place(named.get().code(), null, j, last + 1, named.get().rule(), 0.75));
            }
        }
        return Optional.empty();
    }

    /** How many words may stand between a release and the "par" that names who released ("libérée dimanche soir par"). */
    private static final int RELEASER_REACH = 6;

    /**
     * "libérée dimanche soir par les autorités vénézuéliennes", "relâché par Téhéran": the state named after "par"
     * right after a release ({@code cueEnd}), before any other verb or punctuation: the state that held.
     */
    Optional<Place> releasedBy(Doc doc, int cueEnd, int end) {
        List<String> words = doc.foldedTokens();
        for (int j = cueEnd; j < Math.min(end, cueEnd + RELEASER_REACH); j++) {
            if (doc.isVerb(j) || doc.token(j).isPunctuation() || doc.quoted(j)) {
                return Optional.empty();
            }
            if (!"par".equals(words.get(j))) {
                continue;
            }
            int k = j + 1;
            while (k < end && Grammar.determiner(words.get(k))) {
                k++;
            }
            Optional<Place> named = k < end ? nameAt(doc, k, "released-by-country", "released-by-capital") : Optional.empty();
            if (named.isPresent()) {
                return named;
            }
            // "Gracié par le roi de Bahreïn", "par le sultan d'Oman": the state its head governs
            if (k + 2 < end && GoverningOffices.governs(words.get(k)) && Grammar.deComplement(words.get(k + 1))) {
                Optional<PhraseMatch<Country>> governed = lex.countries().nameAt(words, k + 2);
                if (governed.isPresent()) {
                    return Optional.of(new Place(governed.get().value().code(), null, k + 2, "released-by-head-of-state", 0.8));
                }
            }
            for (int t = k + 1; t < Math.min(end, k + 3); t++) {
                Optional<Country> state = lex.countries().byDemonym(words.get(t));
                if (authorityBefore(words, t) && state.isPresent()) {
                    return Optional.of(new Place(state.get().code(), null, t + 1, "released-by-authority", 0.8));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "En Russie, X a été arrêté": a country before the person, but not one inside a relative clause about
     * something else ("la chaîne Belsat, qui émet en Pologne, Mme X ... interpellée"); a town too when it opens
     * the sentence as its setting ("À Bakou, X purge une peine de six ans").
     */
    Optional<Place> before(Doc doc, int start, int person) {
        List<String> words = doc.foldedTokens();
        for (int j = person - 1; j > start; j--) {
            int preposition = prepositionBefore(words, j);
            if (preposition >= 0 && !inRelativeClause(doc, start, j) && !comesFrom(doc, preposition)) {
                Optional<PhraseMatch<Country>> country = lex.countries().nameAt(words, j);
                if (country.isPresent()) {
                    return Optional.of(new Place(country.get().value().code(), null, j, j + country.get().length(),
                            "country-before", 0.7));
                }
            }
            if (preposition == start) {
                Optional<Place> setting = nameAt(doc, j, "country-before", "place-opening-sentence");
                if (setting.isPresent()) {
                    return setting;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "un flacon d'huile achetée en Suisse, X a été détenue …", "après le sauvetage d'une embarcation partie de
     * Libye": a place after a participle of buying or making ({@code extract/goods-participles.txt}), or after
     * "de" following a word of origin ({@code extract/origin-words.txt}) or a noun for a person ("un commerçant de
     * Tyr"), says where a thing or a person comes from, not where anybody is held.
     */
    private boolean comesFrom(Doc doc, int preposition) {
        if (preposition == 0) {
            return false;
        }
        String before = doc.folded(preposition - 1);
        return goods.contains(before) || Grammar.deComplement(doc.folded(preposition))
                && (origins.contains(before) || personNounEndingAt(doc.foldedTokens(), preposition - 1));
    }

    /**
     * Whether the place after the preposition at {@code preposition} is where somebody or something comes from
     * ({@link #comesFrom}), or the state that asked for the arrest ("à la demande de la Russie"), not the one that
     * holds.
     */
    private boolean notTheHolder(Doc doc, int preposition) {
        return comesFrom(doc, preposition) || preposition > 0 && Grammar.deComplement(doc.folded(preposition))
                && requests.contains(doc.folded(preposition - 1));
    }

    /** "un commerçant de Tyr", "hydrogéologue de Thoune": a noun for a person or a one-word role at {@code k}. */
    private boolean personNounEndingAt(List<String> folded, int k) {
        return Grammar.personNounAt(folded, k) == 1
                || lex.roles().longestAt(folded, k).filter(m -> m.length() == 1).isPresent();
    }

    /**
     * Whether the place named at token {@code j} does not say where anybody is held: it is no holder's
     * ({@link #notTheHolder}), or it completes a noun ("éducateur dans un foyer de Saint-Denis").
     */
    private boolean incidentalPlace(Doc doc, int j) {
        int preposition = prepositionBefore(doc.foldedTokens(), j);
        return preposition >= 0 && (notTheHolder(doc, preposition) || preposition > 0
                && Grammar.deComplement(doc.folded(preposition)) && "NOUN".equals(doc.pos(preposition - 1)));
    }

    /**
     * The country the article's detentions are in: the one most of the detentions read in their own sentence
     * name, when one has more than the others together; a headline that opens on a country ("Birmanie : …")
     * says what the article is about, and weighs as two of them. With no detention read of a named person, the
     * same vote over the cues said of nobody named ("a passé neuf mois dans les geôles centrafricaines", {@code
     * unnamed}), else the country of the dateline ("Minsk (AFP) -") or of that headline. When the detentions of
     * named persons give no majority, the cues said of nobody named vote with them.
     */
    Optional<String> holding(Doc doc, List<Detention> read, List<String> unnamed) {
        if (read.isEmpty()) {
            return majority(doc, unnamed).or(() -> dateline(doc)).or(() -> headline(doc));
        }
        // one vote per person and country: "incarcéré à la prison de Haren : X, condamné à quinze ans" holds X once
        List<String> named = read.stream().map(d -> Map.entry(d.personId(), d.countryCode())).distinct()
                .map(Map.Entry::getValue).toList();
        // "Un instructeur de plongée est détenu au Honduras": when the named split, the cues said of nobody named count too
        return majority(doc, named).or(() -> majority(doc, Stream.concat(named.stream(), unnamed.stream()).toList()));
    }

    private Optional<String> majority(Doc doc, List<String> codes) {
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> votes = new HashMap<>();
        codes.forEach(c -> votes.merge(c, 1, Integer::sum));
        Optional<String> headline = headline(doc);
        headline.ifPresent(c -> votes.merge(c, HEADLINE_VOTES, Integer::sum));
        int total = codes.size() + (headline.isPresent() ? HEADLINE_VOTES : 0);
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (2 * e.getValue() > total) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * "Venezuela : une opposante et un reporter …": a headline opening on a country and a colon, or on one after a
     * locative preposition and a comma ("Au Panama, un skipper …"), under the rubric the article may open with
     * ("MONDE", "Liban - Diaspora"), or that rubric when it is a country's name alone ("MALI"). A town before the
     * colon ("Tours : …") is a local paper's, not the story's.
     */
    private Optional<String> headline(Doc doc) {
        if (doc.size() < 2 || doc.sentenceCount() == 0) {
            return Optional.empty();
        }
        int s = rubric(doc, 0) && doc.sentenceCount() > 1 ? 1 : 0;
        if (s == 1) {
            // a rubric that is a country's name and nothing else ("MALI"): the country desk the story comes from
            Optional<Place> desk = nameAt(doc, 0, "headline", "headline");
            if (desk.isPresent() && desk.get().place() == null && desk.get().to() == doc.sentenceEnd(0)) {
                return Optional.of(desk.get().code());
            }
        }
        int start = doc.sentenceStart(s);
        boolean located = IN.contains(doc.folded(start)) && start + 1 < doc.sentenceEnd(s);
        Optional<Place> named = nameAt(doc, located ? start + 1 : start, "headline", "headline");
        String mark = located ? "," : ":";
        return named.filter(p -> p.place() == null && p.to() < doc.size() && mark.equals(doc.folded(p.to()))).map(Place::code);
    }

    /** Prepositions that say where: "Au Panama, …", "En Iran, …", "À Moscou, …". */
    private static final Set<String> IN = Set.of("en", "au", "aux", "a", "dans");

    /** The longest rubric: "Liban - Diaspora". */
    private static final int RUBRIC_TOKENS = 3;

    /** A rubric: a sentence of a few capitalised words and no stop, as a section name above a headline. */
    private static boolean rubric(Doc doc, int s) {
        int start = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        if (end - start > RUBRIC_TOKENS) {
            return false;
        }
        for (int j = start; j < end; j++) {
            if (!doc.token(j).isCapitalized() && !doc.token(j).isPunctuation() || ".".equals(doc.folded(j))) {
                return false;
            }
        }
        return true;
    }

    /** "Bakou (AFP) -", "MEXICO -": a place or country opening the article, followed by a bracket or a dash. */
    Optional<String> dateline(Doc doc) {
        if (doc.size() < 2) {
            return Optional.empty();
        }
        Optional<Place> named = nameAt(doc, 0, "dateline", "dateline");
        return named.filter(p -> p.to() < doc.size() && isDatelineMark(doc.folded(p.to()))).map(Place::code);
    }

    /**
     * Whether the tokens [from, to) name no country or place other than {@code code}, but as where somebody or
     * something comes from, the state that asked for the arrest, or the complement of a noun: a country read
     * elsewhere in the article is only carried to a sentence that does not point to another one.
     */
    boolean namesOnly(Doc doc, int from, int to, String code) {
        for (int j = from; j < to; j++) {
            Optional<Place> named = nameAt(doc, j, "", "");
            if (named.isPresent() && !named.get().code().equals(code) && !incidentalPlace(doc, j)) {
                return false;
            }
            Optional<Country> demonym = lex.countries().byDemonym(doc.folded(j));
            if (authorityBefore(doc.foldedTokens(), j) && demonym.isPresent() && !demonym.get().code().equals(code)) {
                return false;
            }
        }
        return true;
    }

    /** "la capitale", "le pays" in the tokens [from, to): the sentence points to the article's country. */
    boolean pointsToArticleCountry(Doc doc, int from, int to) {
        List<String> words = doc.foldedTokens();
        for (int j = from; j + 1 < to; j++) {
            if (ARTICLE_COUNTRY.contains(words.subList(j, j + 2))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Place> nameAt(Doc doc, int j, String countryRule, String placeRule) {
        List<String> words = doc.foldedTokens();
        Optional<PhraseMatch<Country>> country = lex.countries().nameAt(words, j);
        if (country.isPresent()) {
            return Optional.of(new Place(country.get().value().code(), null, j + country.get().length(), countryRule, 0.85));
        }
        if (countryParts.contains(words.get(j)) && j + 1 < doc.size() && doc.sentenceOf(j + 1) == doc.sentenceOf(j)) {
            // "de la capitale biélorusse": the adjective names the country
            Optional<Country> demonym = lex.countries().byDemonym(words.get(j + 1));
            if (demonym.isPresent()) {
                return Optional.of(new Place(demonym.get().code(), null, j + 2, "country-part", 0.8));
            }
        }
        Optional<PhraseMatch<String>> place = lex.countries().placeAt(words, j);
        // "Beni Ansar" is not Beni, "Tyler Rhodes" not Rhodes: a place's name is not part of a longer proper name
        int to = j + place.map(PhraseMatch::length).orElse(0);
        boolean inName = to < doc.size() && doc.sentenceOf(to) == doc.sentenceOf(j) && doc.token(to).isProperNoun()
                || j > 0 && doc.sentenceOf(j - 1) == doc.sentenceOf(j) && doc.token(j - 1).isProperNoun();
        if (place.isPresent() && !inName) {
            return Optional.of(new Place(place.get().value(), doc.span(j, to), to, placeRule, 0.8));
        }
        return Optional.empty();
    }

    /**
     * The index of the locative preposition before token j, over an article ("dans l'Illinois") and an
     * epithet ("de l'ancienne Saïgon"), or -1.
     */
    private int prepositionBefore(List<String> words, int j) {
        if (j >= 1 && locatives.contains(words.get(j - 1))) {
            return j - 1;
        }
        if (j >= 2 && articles.contains(words.get(j - 1)) && locatives.contains(words.get(j - 2))) {
            return j - 2;
        }
        if (j >= 3 && qualifiers.contains(words.get(j - 1)) && articles.contains(words.get(j - 2))
                && locatives.contains(words.get(j - 3))) {
            return j - 3; // "dans l'ancienne Saïgon"
        }
        return -1;
    }

    /** "rentré dimanche de Nauru": the first preposition after a return, within a few words, is "de". */
    private static boolean cameFrom(Doc doc, int from, int end) {
        for (int k = from; k < Math.min(end, from + RETURN_REACH); k++) {
            if (doc.token(k).hasPos("ADP") || doc.token(k).isPunctuation()) {
                return Grammar.deComplement(doc.folded(k));
            }
        }
        return false;
    }

    /** Where the clause of a cue ending at {@code cueEnd} stops saying where the person is held. */
    int scanEnd(Doc doc, int cueEnd, int end) {
        List<String> words = doc.foldedTokens();
        for (int j = cueEnd; j < end; j++) {
            String w = words.get(j);
            String kind = stops.value(w);
            boolean stop = BEFORE_VERB.equals(kind)
                    ? j + 1 < end && (doc.pos(j + 1).equals("VERB") || doc.pos(j + 1).equals("AUX"))
                            && lex.detentionCues().longestAt(words, j + 1).isEmpty()
                    : stops.contains(w) && !(NOT_BEFORE_DE.equals(kind) && cameFrom(doc, j + 1, end));
            if (stop || lex.detentionCues().longestAt(words, j).filter(m -> RELEASE.equals(m.value())).isPresent()) {
                return j;
            }
        }
        return end;
    }

    /** Whether token j follows ", qui", ", où" or ", dont" with no comma closing the clause before j. */
    private static boolean inRelativeClause(Doc doc, int start, int j) {
        for (int i = j - 1; i > start; i--) {
            if (doc.folded(i).equals(",")) {
                return false;
            }
            if (doc.folded(i - 1).equals(",") && List.of("qui", "ou", "dont").contains(doc.folded(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDatelineMark(String w) {
        return w.equals("(") || Grammar.dash(w);
    }

    /** "une prison russe", "colonie pénitentiaire russe": an authority noun one or two words before. */
    private boolean authorityBefore(List<String> words, int j) {
        return (j >= 1 && authorities.contains(words.get(j - 1))) || (j >= 2 && authorities.contains(words.get(j - 2)));
    }
}
