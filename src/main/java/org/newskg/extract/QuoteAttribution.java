package org.newskg.extract;

import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Gender;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.WordList;
import org.newskg.mention.QuoteSpan;

/**
 * Who a quotation's own sentence says spoke it. A quotation that opens its sentence is attributed by what
 * follows it ("», a déclaré X", "», a-t-il ajouté", "», selon X", "» : la porte-parole X a ..."); one inside
 * a sentence by the nearest speech verb before it that has a readable subject ("X a déclaré que « ... »"),
 * else by the named subject of its clause, a colon that hands it to the sentence's subject, or what follows.
 */
final class QuoteAttribution {

    /** "« … » : X, …": the person named after a quotation and a colon, whom the words may be about rather than by. */
    static final String SUBJECT_AFTER_QUOTE = "speaker:subject-after-quote";

    private static final int AFTER_WINDOW = 5;
    /** The prepositions between a verb and the infinitive it governs ("se borne à indiquer", "se contente de dire"). */
    private static final Set<String> INFINITIVE_LINKS = Set.of("a", "de", "d'");
    /** How many words (determiner, title, role) may stand between "que" and the name of its clause's subject. */
    private static final int QUE_REACH = 3;
    private static final WordList RESTRICTING = WordList.load("extract/restricting-verbs.txt");
    private static final WordList CHARACTERIZING = WordList.load("extract/characterizing-verbs.txt");
    private static final WordList IMPERSONAL = WordList.load("extract/impersonal-verbs.txt");

    private final Doc doc;
    private final PersonTable persons;
    private final SpeakerFinder speakers;

    QuoteAttribution(Doc doc, PersonTable persons, SpeakerFinder speakers) {
        this.doc = doc;
        this.persons = persons;
        this.speakers = speakers;
    }

    Optional<Attribution> of(QuoteSpan span) {
        int open = doc.tokenAt(span.open());
        int close = Math.min(doc.tokenAt(span.close()), doc.size() - 1);
        return opensSentence(span) ? after(open, close)
                : before(open).or(() -> after(open, close)).or(() -> quotedPredicateOf(open));
    }

    boolean opensSentence(QuoteSpan span) {
        int open = doc.tokenAt(span.open());
        for (int k = doc.sentenceStart(doc.sentenceOf(open)); k < open; k++) {
            if (!doc.token(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * What follows a quotation in its sentence: "», a déclaré X", "», a-t-il ajouté", "», selon X"; "» : la
     * porte-parole X a souhaité ..."; or, further on, ", a déclaré X" after a clause about the quotation.
     */
    private Optional<Attribution> after(int open, int close) {
        int end = doc.sentenceEnd(doc.sentenceOf(close));
        int k = close + 1;
        boolean colon = false;
        while (k < end && doc.token(k).isPunctuation() && !doc.quoted(k)) {
            colon |= ":".equals(doc.folded(k));
            k++;
        }
        if (k >= end) {
            return Optional.empty();
        }
        int incise = k;
        Optional<Attribution> inverted = invertedAt(open, k, end).or(() -> speakers.readInDocument(incise));
        if (inverted.isPresent()) {
            return inverted;
        }
        Gender pronoun = doc.quoted(k) ? null : invertedPronoun(k, end);
        if (pronoun != null) {
            return speakers.incisePronoun(pronoun, open, "speaker:inverted-pronoun+any-verb");
        }
        if (!colon && !doc.quoted(k) && doc.isVerb(k)) {
            // "», a-t-on appris auprès du ministère": an attribution, but not one these rules read
            return Optional.of(new Attribution(Speaker.unnamed(QuoteExtractor.UNATTRIBUTED), "speaker:unread-attribution", 0.4));
        }
        if (colon) {
            int verb = k;
            while (verb < end && !doc.quoted(verb) && !doc.isVerb(verb)) {
                verb++;
            }
            if (verb < end && !doc.quoted(verb)) {
                return speakers.classify(k, verb, SUBJECT_AFTER_QUOTE)
                        .filter(a -> a.speaker().kind() == Speaker.Kind.PERSON);
            }
        }
        for (int c = k; c < end; c++) {
            if (!doc.quoted(c) && ",".equals(doc.folded(c))) {
                Optional<Attribution> later = invertedAt(open, c + 1, end);
                if (later.isPresent()) {
                    return later;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "», attaque-t-elle", "», se rebiffe-t-il": a verb right after a quotation with its subject pronoun inverted is
     * an incise of speech whatever the verb (French puts the subject after the verb there only for words said),
     * but an impersonal one ("», semble-t-il,"). The pronoun's gender, or null.
     */
    private Gender invertedPronoun(int k, int end) {
        int verb = Grammar.reflexive(doc.folded(k)) ? k + 1 : k;
        return verb + 1 < end && !IMPERSONAL.contains(doc.folded(verb)) ? Grammar.invertedPronoun(doc.folded(verb + 1)) : null;
    }

    /**
     * A speech verb or "selon" at most a few auxiliary or clitic words from {@code k}, with its subject, for
     * the quotation opening at token {@code open}.
     */
    Optional<Attribution> invertedAt(int open, int k, int end) {
        for (int v = k; v < Math.min(end, k + AFTER_WINDOW) && !doc.quoted(v); v++) {
            int source = Grammar.sourcePrepositionEnd(doc.foldedTokens(), v);
            if (source >= 0) {
                Gender stressed = source + 1 < end ? Grammar.stressedPronoun(doc.folded(source + 1)) : null;
                return stressed != null ? speakers.resolvePronoun(stressed, "speaker:source-pronoun") // "», selon lui."
                        : speakers.subjectAfter(source);
            }
            // "», se souvient son frère": the verb opens the incise after its reflexive pronoun too
            boolean opensIncise = v == k || v == k + 1 && Grammar.reflexive(doc.folded(k));
            if (speakers.isSpeechVerb(v) || (opensIncise && speakers.isInciseVerb(v))) {
                for (int p = k; p <= v + 1 && p < end; p++) {
                    Gender pronoun = Grammar.subjectPronoun(doc.folded(p));
                    if (pronoun != null && p != v) {
                        return speakers.incisePronoun(pronoun, open, "speaker:inverted-pronoun");
                    }
                }
                return speakers.subjectAfter(v);
            }
            if (doc.isVerb(v) && v + 2 < end && INFINITIVE_LINKS.contains(doc.folded(v + 1)) && speakers.isSpeechVerb(v + 2)) {
                v++; // "», se borne à indiquer le Quai d'Orsay", "», tient à préciser X": the infinitive is the speech verb
                continue;
            }
            if (!doc.inVerbGroup(v) && !speakers.isSpeechPhrase(v + 1)) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The speech verbs before the quotation in its sentence, nearest first, until one has a subject it can
     * read; a participle ("affirmant que « »") takes the sentence's subject.
     */
    private Optional<Attribution> before(int open) {
        int s = doc.sentenceOf(open);
        int start = doc.sentenceStart(s);
        for (int v = open - 1; v >= start; v--) {
            if (doc.quoted(v)) {
                continue;
            }
            String w = doc.folded(v);
            if (Grammar.endsSourcePreposition(doc.foldedTokens(), v) && !channelAfterSpeechVerb(v)) {
                Optional<Attribution> inSentence = speakers.sourcePronounInSentence(v);
                if (inSentence.isPresent()) {
                    return inSentence;
                }
                // "Selon lui, X « a été pris … »": opening the sentence, the pronoun is the source, X what the words
                // are about ("Un diplomate … tempère : selon lui, …" is the unnamed diplomat's)
                Gender stressed = v - start <= 1 && v + 1 < open ? Grammar.stressedPronoun(doc.folded(v + 1)) : null;
                return stressed != null ? speakers.resolvePronoun(stressed, "speaker:source-pronoun") : speakers.subjectAfter(v);
            }
            Gender inverted = v + 1 < open ? Grammar.invertedPronoun(doc.folded(v + 1)) : null;
            if (inverted != null && speakers.isSpeechVerb(v)) {
                // "Le régime, explique-t-elle, « utilise … »": an incise before the quotation, its pronoun inverted
                return speakers.incisePronoun(inverted, open, "speaker:incise-before");
            }
            if (speakers.isSpeechVerb(v) && v - 1 > start && ",".equals(doc.folded(v - 1))
                    && !doc.token(v - 2).isPunctuation() && speakers.afterIncise(v - 1, open) > v + 2) {
                // "Elle avait alors, confie sa mère, « repris l'avion »": an incise before the quotation, its subject
                // after the verb; not one that closes an earlier quotation ("« … », indique le communiqué, X a …")
                Optional<Attribution> incise = speakers.subjectAfter(v);
                if (incise.isPresent() && incise.get().speaker().kind() != Speaker.Kind.UNNAMED) {
                    return incise;
                }
            }
            boolean introduces = (speakers.isSpeechVerb(v) || characterizes(v, open)) && !Grammar.inciseOnly(w)
                    && !closedRelative(v, open);
            Optional<Attribution> a = introduces ? speakers.subjectBefore(v)
                    : speakers.isSpeechParticiple(v) ? speakers.sentenceSubject(s) : Optional.empty();
            if (a.isPresent() && a.get().speaker().kind() != Speaker.Kind.UNNAMED) {
                return a;
            }
            if (a.isPresent() && !a.get().rule().endsWith("+unknown")) {
                return a;
            }
        }
        return clauseSubject(open).or(() -> colonSubject(open));
    }

    /**
     * "Le ministère a présenté la libération comme « un geste … »": a verb that reports words when "comme" brings
     * the quotation in.
     */
    private boolean characterizes(int v, int open) {
        return CHARACTERIZING.contains(doc.folded(v)) && "comme".equals(doc.folded(open - 1));
    }

    /**
     * "Pour Me X, un avocat qui conseille la famille, Ottawa doit « … »": whether the verb at {@code v} is in a
     * relative clause ("qui", auxiliaries between) that a comma closes before the quotation opening at {@code open}.
     */
    private boolean closedRelative(int v, int open) {
        int j = v - 1;
        while (j > 0 && doc.inVerbGroup(j)) {
            j--;
        }
        if (!"qui".equals(doc.folded(j))) {
            return false;
        }
        for (int k = v + 1; k < open; k++) {
            if (",".equals(doc.folded(k)) && !doc.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X a assuré, selon un communiqué du ministère, que « … »": a "selon" set off by commas right after a speech
     * verb says where the words were reported; the verb's subject spoke them.
     */
    private boolean channelAfterSpeechVerb(int source) {
        int k = "selon".equals(doc.folded(source)) ? source - 1 : source - 2;
        return k > 0 && ",".equals(doc.folded(k)) && speakers.isSpeechVerb(k - 1);
    }

    /**
     * "La jeune femme a adressé un message aux autorités : « ... »": a colon hands the words to the subject; to an
     * anonymous source too ("Un haut fonctionnaire, sous couvert d'anonymat, est plus direct : « ... »").
     */
    private Optional<Attribution> colonSubject(int open) {
        int s = doc.sentenceOf(open);
        if (open == 0 || !":".equals(doc.folded(open - 1)) || doc.sentenceStart(s) >= open - 1) {
            return Optional.empty();
        }
        return speakers.sentenceSubject(s)
                .filter(a -> a.speaker().kind() != Speaker.Kind.UNNAMED || SpeakerFinder.unnamedSource(a))
                .map(a -> new Attribution(a.speaker(), a.rule() + "+colon", Math.min(a.confidence(), 0.6)));
    }

    /** "Lavrov a attiré l'attention de Blinken « sur le fait que ... »": the named subject of the clause. */
    private Optional<Attribution> clauseSubject(int open) {
        int start = doc.sentenceStart(doc.sentenceOf(open));
        for (int j = open - 1; j > start; j--) {
            if (doc.quoted(j)) {
                return Optional.empty();
            }
            String p = persons.personAt(j - 1);
            if (p != null && !p.equals(persons.personAt(j)) && doc.isVerb(j)) {
                return afterQue(j - 1, start) ? Optional.empty()
                        : Optional.of(new Attribution(Speaker.person(p), "speaker:clause-subject", 0.6));
            }
            if (doc.isVerb(j) && afterComma(j, start)) {
                return speakers.subjectBefore(j).filter(a -> a.speaker().kind() == Speaker.Kind.PERSON)
                        .map(a -> new Attribution(a.speaker(), "speaker:clause-subject+apposition", 0.6));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the verb at {@code j}, with an auxiliary or a pronoun before it, follows a comma: "Le président
     * biélorusse, Alexandre X, avait présenté ces grâces comme un geste « … »", "Le ministre, X, l'a présenté comme
     * « … »". The subject before the comma, past its appositions, says the words. A participle alone is an
     * apposition itself ("X, enlevé au Tchad, « tient bon », dit son père").
     */
    private boolean afterComma(int j, int start) {
        int b = j - 1;
        while (b > start && doc.inVerbGroup(b)) {
            b--;
        }
        return b > start && b < j - 1 && ",".equals(doc.folded(b));
    }

    /**
     * "X, « salue la libération … »", "le ministère « se réjouit de … »", "le ministère a « salué … »": quoted
     * words that open on a verb (after its clitics), with no verb but an auxiliary before them in the clause and no
     * attribution after them, are the predicate of its subject, who speaks them.
     */
    private Optional<Attribution> quotedPredicateOf(int open) {
        // "« se réjouit de … »": over the clitics before the verb
        int verb = open + 1;
        while (verb + 1 < doc.size() && doc.quoted(verb) && Grammar.clitic(doc.folded(verb))) {
            verb++;
        }
        if (verb >= doc.size() || !doc.quoted(verb) || !"VERB".equals(doc.pos(verb))) {
            return Optional.empty();
        }
        int s = doc.sentenceOf(open);
        if (Grammar.sourcePrepositionEnd(doc.foldedTokens(), doc.sentenceStart(s)) >= 0
                || speakers.openingSource(s).isPresent()) {
            // "Selon l'acte d'accusation, le Français aurait « collecté … »", "Pour la politologue, l'affaire « en
            // dit davantage … »": the source's
            return Optional.empty();
        }
        int from = speakers.afterFrontedAdjunct(s);
        for (int k = from; k < open; k++) {
            if (k > from && "qui".equals(doc.folded(k)) && ",".equals(doc.folded(k - 1))) {
                // "Le parquet, qui s'était opposé à sa remise en liberté, « prend acte … »": over the relative clause
                while (k < open && !",".equals(doc.folded(k))) {
                    k++;
                }
                continue;
            }
            // "le ministère a pour sa part « salué … »": an auxiliary outside, its participle inside; "s'est borné à
            // « saluer … »": a verb that restricts the subject to the quoted words
            boolean restricting = RESTRICTING.contains(doc.folded(k)) && k + 2 == open
                    && INFINITIVE_LINKS.contains(doc.folded(k + 1));
            if (doc.isVerb(k) && !Grammar.finiteAuxiliary(doc.folded(k)) && !restricting || doc.quoted(k)) {
                return Optional.empty();
            }
        }
        return from >= open ? Optional.empty() : speakers.classify(from, open, "speaker:quoted-predicate")
                .filter(a -> a.speaker().kind() != Speaker.Kind.UNNAMED)
                .map(a -> new Attribution(a.speaker(), a.rule(), Math.min(a.confidence(), 0.7)));
    }

    /**
     * Whether the name ending at token {@code last} opens a "que" clause ("a demandé que le père X soit « jugé ou
     * libéré »"): what is said there is said of X, by the subject of the verb before.
     */
    private boolean afterQue(int last, int start) {
        int k = persons.nameStart(last, start);
        for (int b = k - 1; b >= Math.max(start, k - QUE_REACH); b--) {
            String w = doc.folded(b);
            if (Grammar.que(w)) {
                return true;
            }
            if (doc.token(b).isPunctuation() || doc.isVerb(b)) {
                return false;
            }
        }
        return false;
    }
}
