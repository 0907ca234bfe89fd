package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.PhraseMatch;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.WordList;
import org.newskg.text.Fold;

/**
 * "a déclaré l'organisation", "selon l'ONG": a general noun standing for the organisation the article named
 * last, within a few sentences.
 */
final class OrganizationReference {

    private static final WordList ANAPHORS = WordList.load("extract/organization-anaphors.txt");
    private static final WordList NAME_HEADS = WordList.load("extract/organization-name-heads.txt");
    /** How many sentences back the named organisation may stand. */
    private static final int REACH = 3;
    /** How far before its name a general organisation noun may stand ("l'organisation de défense des droits humains X"). */
    private static final int HEAD_REACH = 8;

    private final Lexicon lex;
    private final Doc doc;
    private final PersonTable persons;
    /** Read from the article on first use ({@link #acronymsInBrackets}, {@link #namesAfterOrganizationNouns}). */
    private Map<String, Integer> acronyms;
    private Map<String, Integer> headedNames;

    OrganizationReference(Lexicon lex, Doc doc, PersonTable persons) {
        this.lex = lex;
        this.doc = doc;
        this.persons = persons;
    }

    /**
     * Whether {@code label}, an organisation's label as read, is only a general noun, alone or with complements
     * in lower case that name nothing ("l'organisation de défense des droits humains").
     */
    static boolean isAnaphor(String label) {
        return ANAPHORS.contains(Fold.of(label)) || ANAPHORS.contains(Fold.of(headNoun(label)))
                && label.codePoints().noneMatch(Character::isUpperCase);
    }

    /** The kind of organisation the general noun {@code label} refers back to ("ministère": government), or "" for any. */
    static String kindOf(String label) {
        String kind = ANAPHORS.value(Fold.of(headNoun(label)));
        return kind == null ? "" : kind;
    }

    private static String headNoun(String label) {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }

    /**
     * The name of the last capitalised organisation before token {@code k}, in the same or recent sentences;
     * the full name rather than the acronym in brackets after it ("le Comité pour la protection des
     * journalistes (CPJ)"). When {@code kind} is not "", only an organisation of that kind in the lexicon, or a
     * name introduced with a general noun of that kind ("le quotidien X" for "le journal").
     */
    Optional<String> namedBefore(int k, String kind) {
        int first = doc.sentenceStart(Math.max(0, doc.sentenceOf(k) - REACH));
        for (int m = k - 1; m >= first; m--) {
            if (doc.quoted(m)) {
                continue;
            }
            if (!doc.token(m).isCapitalized()) {
                Optional<String> headed = headedByNoun(m, kind);
                if (headed.isPresent()) {
                    return headed;
                }
                continue;
            }
            int head = head(m);
            if (head < 0 && m > 0 && doc.token(m - 1).isCapitalized()
                    && lex.organizations().longestAt(doc.foldedTokens(), m - 1).isPresent()) {
                continue;
            }
            Optional<PhraseMatch<String>> org = lex.organizations().longestAt(doc.foldedTokens(), m);
            if (!kind.isEmpty() && org.filter(o -> o.value().equals(kind)).isEmpty()
                    && !(org.isEmpty() && head >= 0 && kind.equals(kindAt(head)))) {
                continue;
            }
            int length = org.map(o -> o.length()).orElse(0);
            boolean acronym = m > 0 && "(".equals(doc.folded(m - 1)) && m + length < doc.size()
                    && ")".equals(doc.folded(m + length));
            if (length > 0 && !acronym && !isAnaphor(doc.span(m, m + length))) {
                return Optional.of(doc.span(m, beforeAcronym(m + length)));
            }
            if (length == 0 && head >= 0) {
                return Optional.of(doc.span(m, capitalisedEnd(m, doc.sentenceEnd(doc.sentenceOf(m)))));
            }
            if (length == 0) {
                Optional<String> subject = subjectName(m);
                if (subject.isPresent()) {
                    return subject;
                }
            }
            if (length == 0 && m > first && !doc.token(m - 1).isCapitalized()) {
                // "Terres solidaires a suspendu …" after "l'ONG Terres solidaires": a name introduced so before
                Optional<String> introduced = introducedName(m, doc.sentenceEnd(doc.sentenceOf(m)));
                if (introduced.isPresent()) {
                    return introduced;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "l'ambassade de France au Népal", "le ministère des Affaires étrangères": an organisation noun of the lexicon
     * of {@code kind} at {@code m}, in lower case, whose complements name it with a capitalised word; the noun with
     * its complements.
     */
    private Optional<String> headedByNoun(int m, String kind) {
        Optional<PhraseMatch<String>> org = lex.organizations().longestAt(doc.foldedTokens(), m);
        if (org.isEmpty() || !kind.equals(org.get().value())) {
            return Optional.empty();
        }
        int end = doc.sentenceEnd(doc.sentenceOf(m));
        int last = m + org.get().length() - 1;
        boolean named = false;
        for (int j = last + 1; j < end && !doc.token(j).isPunctuation() && !doc.quoted(j)
                && (Grammar.deComplement(doc.folded(j)) || doc.token(j).hasPos("DET") || doc.token(j).hasPos("ADP")
                || "ADJ".equals(doc.pos(j)) || "PROPN".equals(doc.pos(j)) || doc.token(j).isCapitalized()); j++) {
            if (doc.token(j).isCapitalized()) {
                named = true;
                last = j;
            } else if ("ADJ".equals(doc.pos(j))) {
                last = j;
            }
        }
        return named ? Optional.of(doc.span(m, last + 1)) : Optional.empty();
    }

    /**
     * "La Fédération ivoirienne des droits civiques s'est saisie du dossier", "Pendant quatre mois, Brenntal Werkzeuge
     * a gardé le silence": capitalised words from {@code m} that name no person and no place, as the subject of a
     * verb right after them, opening their clause (at the sentence's start, after its definite article or after a
     * comma); the name with its complements.
     */
    private Optional<String> subjectName(int m) {
        int start = doc.sentenceStart(doc.sentenceOf(m));
        int end = doc.sentenceEnd(doc.sentenceOf(m));
        int before = m == start ? -1 : m - 1;
        boolean opens = before < 0 || ",".equals(doc.folded(before))
                || before == start && Grammar.definiteArticle(doc.folded(before));
        if (!opens || persons.personAt(m) != null || doc.token(m).isPunctuation() || Grammar.determiner(doc.folded(m))) {
            return Optional.empty();
        }
        Optional<String> name = namedWithArticle(m, end);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int next = withComplements(m, end);
        boolean proper = false; // a capitalised word that does not open the sentence, or a proper noun
        for (int j = m; j < next; j++) {
            proper |= j > start && doc.token(j).isCapitalized() || "PROPN".equals(doc.pos(j));
        }
        boolean subject = next < end
                && (doc.isVerb(next) || next + 1 < end && doc.token(next).hasPos("PRON") && doc.isVerb(next + 1));
        return subject && proper ? name : Optional.empty();
    }

    /**
     * "a réagi l'AJP" after "L'Association des journalistes professionnels (AJP)": the name an acronym at token
     * {@code k} was given in brackets after, earlier in the article.
     */
    Optional<String> expandAcronym(int k) {
        Integer b = acronymsInBrackets().get(doc.token(k).text());
        if (b == null || b >= k) {
            return Optional.empty();
        }
        int start = b;  // back over the name's noun phrase, to its first capitalised word or organisation noun
        while (start > Math.max(doc.sentenceStart(doc.sentenceOf(b)), b - HEAD_REACH)
                && !doc.token(start - 1).isPunctuation() && !doc.isVerb(start - 1)) {
            start--;
        }
        while (start < b && !(doc.token(start).isCapitalized() && !Grammar.determiner(doc.folded(start))
                || lex.organizations().longestAt(doc.foldedTokens(), start).isPresent())) {
            start++;
        }
        return start < b ? Optional.of(doc.span(start, b)) : Optional.empty();
    }

    /**
     * "le centre de défense des droits humains Viasna recense …": the name a general organisation noun introduces
     * at {@code k} ({@link #headedName}), as far as its capitalised words go before {@code to}.
     */
    Optional<String> headedNameAt(int k, int to) {
        Integer m = namesAfterOrganizationNouns().get(doc.token(k).text());
        return m != null && m == k ? Optional.of(doc.span(k, capitalisedEnd(k, to))) : Optional.empty();
    }

    /**
     * "Brückenschlag Ost a salué …" after "l'ONG berlinoise Brückenschlag Ost": a name the article introduced
     * with a general organisation noun, as far as its capitalised words go before {@code to}.
     */
    Optional<String> introducedName(int k, int to) {
        Integer m = namesAfterOrganizationNouns().get(doc.token(k).text());
        if (m == null || m >= k) {
            return Optional.empty();
        }
        return Optional.of(doc.span(k, capitalisedEnd(k, to)));
    }

    /**
     * "écrit la Süddeutsche Zeitung", "rapporte le Tagesspiegel": capitalised words at {@code k}, after a definite
     * article, that name no place and are no town's demonym, name an organisation (French gives persons' names no
     * article), with their complements, up to {@code to}; a shortened name the name the article gave in full.
     */
    Optional<String> namedWithArticle(int k, int to) {
        if (!doc.token(k).isCapitalized() || lex.countries().nameAt(doc.foldedTokens(), k).isPresent()
                || lex.countries().placeAt(doc.foldedTokens(), k).isPresent()) {
            return Optional.empty();
        }
        int end = withComplements(k, to);
        String folded = doc.folded(k);
        if (end == k + 1 && Grammar.demonymGender(folded) != null) {
            return Optional.empty(); // "la Vaudoise", "le Nantais": a person
        }
        for (int j = 0; j < k; j++) { // "le SPF" after "le SPF Affaires étrangères": the name given in full
            Optional<PhraseMatch<String>> named = doc.token(j).text().equals(doc.token(k).text())
                    ? lex.organizations().longestAt(doc.foldedTokens(), j) : Optional.empty();
            if (named.isPresent() && named.get().length() > end - k) {
                return Optional.of(doc.span(j, j + named.get().length()));
            }
        }
        return Optional.of(doc.span(k, end));
    }

    /**
     * Where the capitalised words from {@code k} end with their complements, before {@code to}: "la Conférence des
     * évêques", "la Conférence épiscopale nationale du Cameroun".
     */
    private int withComplements(int k, int to) {
        int end = capitalisedEnd(k, to);
        for (int j = end; j < to && !doc.isVerb(j) && !doc.token(j).isPunctuation()
                && (Grammar.deComplement(doc.folded(j)) || doc.token(j).hasPos("DET") || "ADJ".equals(doc.pos(j))
                || "NOUN".equals(doc.pos(j)) || "PROPN".equals(doc.pos(j))); j++) {
            if (!Grammar.deComplement(doc.folded(j)) && !doc.token(j).hasPos("DET")) {
                end = j + 1;
            }
        }
        return end;
    }

    /** Where the capitalised words from {@code k} end, before {@code to}. */
    private int capitalisedEnd(int k, int to) {
        int end = k + 1;
        while (end < to && doc.token(end).isCapitalized() && !doc.token(end).isPunctuation()) {
            end++;
        }
        return end;
    }

    /** Each acronym in brackets, "( X )", with the index of its first opening bracket; read once per article. */
    private Map<String, Integer> acronymsInBrackets() {
        if (acronyms == null) {
            acronyms = new HashMap<>();
            for (int b = 1; b + 2 < doc.size(); b++) {
                if ("(".equals(doc.folded(b)) && ")".equals(doc.folded(b + 2))) {
                    acronyms.putIfAbsent(doc.token(b + 1).text(), b);
                }
            }
        }
        return acronyms;
    }

    /** Each word that names an organisation after a general noun ({@link #headedName}), with its first index. */
    private Map<String, Integer> namesAfterOrganizationNouns() {
        if (headedNames == null) {
            headedNames = new HashMap<>();
            for (int m = 1; m < doc.size(); m++) {
                if (doc.token(m).isCapitalized() && !doc.quoted(m) && headedName(m)) {
                    headedNames.putIfAbsent(doc.token(m).text(), m);
                }
            }
        }
        return headedNames;
    }

    /**
     * "la Ligue cambodgienne pour la promotion et la défense des droits de l'homme (Licadho)": where the bracket
     * of an acronym closing the noun phrase of a name that starts at token {@code from} opens, with no verb or
     * other punctuation before it in the sentence; -1 when none does. A country or place in brackets is no acronym.
     */
    int acronymBracket(int from) {
        int end = doc.sentenceEnd(doc.sentenceOf(from));
        for (int j = from + 1; j + 2 < end; j++) {
            if ("(".equals(doc.folded(j))) {
                boolean acronym = ")".equals(doc.folded(j + 2)) && doc.token(j + 1).isCapitalized()
                        && lex.countries().nameAt(doc.foldedTokens(), j + 1).isEmpty()
                        && lex.countries().placeAt(doc.foldedTokens(), j + 1).isEmpty();
                return acronym ? j : -1;
            }
            if (doc.token(j).isPunctuation() || doc.isVerb(j) && !doc.token(j).isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where a name that an acronym in brackets follows ends: "Comité pour la protection des journalistes (CPJ)"
     * is read as far as the bracket, with no punctuation or verb before it; {@code end} where none follows.
     */
    private int beforeAcronym(int end) {
        int limit = Math.min(doc.sentenceEnd(doc.sentenceOf(end - 1)) - 2, end + HEAD_REACH);
        for (int j = end; j < limit; j++) {
            if ("(".equals(doc.folded(j))) {
                return ")".equals(doc.folded(j + 2)) ? j : end;
            }
            if (doc.token(j).isPunctuation() || doc.isVerb(j)) {
                return end;
            }
        }
        return end;
    }

    /**
     * "L'organisation de défense des droits humains ALQST", "le quotidien d'opposition Cumhuriyet": a capitalised
     * word that ends the noun phrase of a general organisation noun (no verb, punctuation or preposition between)
     * is that organisation's name.
     */
    private boolean headedName(int m) {
        return head(m) >= 0;
    }

    /**
     * A general organisation noun after an article, in an apposition to the capitalised words from {@code m}, the
     * first of their run ("Azur Crew Management, la société antiboise", "Aquaterra, une ONG nantaise"), or -1. Not after "par":
     * "Contacté par Le Monde, le groupe …" names the group's interviewer before its subject.
     */
    private int appositionHead(int m, int end) {
        if (m > 0 && (doc.token(m - 1).isCapitalized() && !doc.token(m - 1).isPunctuation()
                || "par".equals(doc.folded(m - 1))) || "a".equals(doc.folded(m))) {
            return -1; // nor "A Madrid, le ministère …", the preposition à with its capital unaccented
        }
        int comma = capitalisedEnd(m, end);
        int noun = comma + 2;
        String article = comma + 1 < end ? doc.folded(comma + 1) : "";
        return noun < end && ",".equals(doc.folded(comma)) && (Grammar.definiteArticle(article) || Grammar.indefiniteArticle(article))
                && isAnaphor(doc.folded(noun)) ? noun : -1;
    }

    /** The kind of organisation the general noun at {@code head} gives ("le quotidien X": media), or "". */
    private String kindAt(int head) {
        return lex.organizations().longestAt(doc.foldedTokens(), head).map(PhraseMatch::value).orElse("");
    }

    /**
     * Where the general organisation noun of the name at {@code m} stands ({@link #headedName}), or -1: before it
     * ("l'ONG Reporters sans frontières"), or in an apposition right after it ("Azur Crew Management, la société
     * antiboise qui …").
     */
    private int head(int m) {
        int sentenceStart = doc.sentenceStart(doc.sentenceOf(m));
        int apposition = appositionHead(m, doc.sentenceEnd(doc.sentenceOf(m)));
        if (apposition >= 0) {
            return apposition;
        }
        boolean capitalisedNoun = ANAPHORS.contains(doc.folded(m - 1)); // "l'ONG Reporters sans frontières"
        if (m == sentenceStart || doc.token(m - 1).isCapitalized() && !capitalisedNoun || doc.token(m - 1).hasPos("ADP")
                || doc.token(m - 1).hasPos("DET")) {
            return -1;
        }
        for (int j = m - 1; j >= Math.max(sentenceStart, m - HEAD_REACH); j--) {
            if (doc.token(j).isPunctuation() || doc.isVerb(j)) {
                return -1;
            }
            if (ANAPHORS.contains(doc.folded(j)) || NAME_HEADS.contains(doc.folded(j)) && !doc.token(j).isCapitalized()) {
                return j;
            }
        }
        return -1;
    }
}
