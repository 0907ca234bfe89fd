package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.lexicon.Gender;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.QuoteSpan;
import org.newskg.mention.QuoteSpans;
import org.newskg.mention.WordList;
import org.newskg.text.Fold;

/**
 * Direct quotations with their speakers, and indirect speech ("X a déclaré que ..."), in one pass over the
 * sentences so that pronouns resolve to the persons the article put forward so far.
 * <p>
 * A quotation's own sentence attributes it first ({@link QuoteAttribution}). An attribution set inside the marks («A, a déclaré X. B») splits the quotation in two. A quotation with no
 * attribution of its own continues the previous one of its paragraph, or the speaker of the sentence just
 * before it. Anything else is left to an unnamed source rather than pinned on the nearest name.
 */
final class QuoteExtractor {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A quotation shorter than this is a fragment of a sentence, not a turn that the next quotation continues. */
    private static final int CONTINUABLE_WORDS = 4;
    /** How far after "Cela fait" its "que" may come ("Cela fait cent vingt jours que"). */
    private static final int DURATION_REACH = 10;
    /** How far into a quotation an attribution set inside the marks must start. */
    private static final int INCISE_AFTER_WORDS = 3;
    static final String UNATTRIBUTED = "source non précisée";
    /** The rule of a quotation the article gives no source for. */
    private static final String NO_SPEAKER = "speaker:none";
    private static final String CONTINUES_PREVIOUS_SPEAKER = "speaker:continues-previous-speaker";
    private static final String INVERTED_PRONOUN = "speaker:inverted-pronoun";
    /** The marks a quotation standing alone in its paragraph may have around it. */
    private static final String QUOTE_MARKS = "«»“”\"‹›„";
    /** A repeated quotation shorter than this could be a common phrase, not the same words of the same person. */
    private static final int REPEATED_WORDS = 4;
    private static final double REPEATED_CONFIDENCE = 0.7;
    /** How many words may stand between a speech verb and its "que" ("a déclaré aux journalistes que"). */
    private static final int QUE_REACH = 7;
    /** How far before a quotation a charge word may frame it ("condamnée mardi à huit ans de prison pour « »"). */
    private static final int CHARGE_REACH = 24;
    /** "Parmi les personnes interviewées figure X": a sentence that puts its subject after the verb. */
    private static final String PARMI = "parmi";
    /** The verbs of "il s'appelle X": the forms of s'appeler, se nommer, se prénommer. */
    private static final Set<String> SELF_NAMING = Set.of("appelle", "appelait", "nomme", "nommait", "prenomme", "prenommait");
    private static final WordList CHARGE_FRAMES = WordList.load("extract/charge-frames.txt");
    private static final WordList PERSON_PARTS = WordList.load("extract/person-part-nouns.txt");

    private final Doc doc;
    private final List<QuoteSpan> quotes;
    private final PersonTable persons;
    private final SpeakerFinder speakers;
    private final Salience salience;
    private final Speaker[] sentenceSpeaker;
    /** The person each sentence read so far has as subject ({@link #subject}), or null. */
    private final String[] sentenceSubject;
    /** The person a sentence without one as subject presents ({@link #introducedWithoutSubject}), or null. */
    private final String[] introduced;
    /** The person each sentence quotes without naming, as it says ({@link Referents#anonymousPerson}), or null. */
    private final String[] unnamedIn;
    private final QuoteAttribution attribution;
    /** The last quotation read as the wording of a charge, which a charge coordinated to it extends. */
    private QuoteSpan lastCharge;

    QuoteExtractor(Doc doc, List<QuoteSpan> quotes, PersonTable persons, SpeakerFinder speakers, Salience salience) {
        this.doc = doc;
        this.quotes = quotes;
        this.persons = persons;
        this.speakers = speakers;
        this.salience = salience;
        this.sentenceSpeaker = new Speaker[doc.sentenceCount()];
        this.sentenceSubject = new String[doc.sentenceCount()];
        this.introduced = new String[doc.sentenceCount()];
        this.unnamedIn = new String[doc.sentenceCount()];
        this.attribution = new QuoteAttribution(doc, persons, speakers);
    }

    List<Statement> extract() {
        List<Statement> statements = new ArrayList<>();
        int q = 0;
        Statement previous = null;
        QuoteSpan previousSpan = null;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int sentenceEnd = doc.sentence(s).end();
            Optional<Attribution> opening = speakers.openingSource(s);
            final int sentence = s;
            opening.ifPresent(a -> heard(a.speaker(), sentence));
            while (q < quotes.size() && quotes.get(q).open() < sentenceEnd) {
                QuoteSpan span = quotes.get(q++);
                if (namesSomething(span) || namesACharge(span)) {
                    continue;
                }
                List<QuoteSpan> parts = new ArrayList<>();
                Attribution a = splitAtIncise(span, parts).orElse(null);
                if (a == null) {
                    parts.add(span);
                    a = attribution.of(span).or(() -> opening).or(() -> interviewAnswer(span)).orElse(null);
                }
                if (a == null) {
                    // "Le centre Viasna recense encore « plus de 1 100 prisonniers politiques »": an organisation
                    // that is the subject before the words gives them, not the speaker of the quotation before
                    a = organizationSubjectBefore(span, sentence).orElse(null);
                }
                if (a == null && previous != null && sameParagraph(previousSpan, span)) {
                    // "«…», avait-il affirmé. Martine a reconnu son fils sur l'écran. «J'ai éteint la télé.»": not
                    // across a sentence about another named person
                    if (otherSubjectSince(previous, s) == null && !namesAnotherBefore(span, previous.speaker())
                            && !relativeSince(previous, s)) {
                        a = new Attribution(previous.speaker(), "speaker:continues-previous-quote", 0.7);
                    }
                }
                if (a == null && previous != null && reopensParagraph(previousSpan, span)) {
                    a = new Attribution(previous.speaker(), "speaker:continues-open-quote", 0.7);
                }
                if (a == null && attribution.opensSentence(span) && s > 0) {
                    a = introducedByColon(s - 1).orElse(null);
                }
                if (a == null && attribution.opensSentence(span) && s > 0 && sentenceSpeaker[s - 1] != null) {
                    a = new Attribution(sentenceSpeaker[s - 1], CONTINUES_PREVIOUS_SPEAKER, 0.65);
                }
                if (a == null && attribution.opensSentence(span) && s > 0 && followsInParagraph(s - 1, span)) {
                    // "Une réponse jugée insuffisante par l'avocate de la famille, Me X. « … »": the person it presents,
                    // unless the words speak of that person
                    String presented = introduced[sentence - 1];
                    a = speakers.pronounSubject(s - 1).or(() -> namedSubject(sentence - 1))
                            .or(() -> namedIn(span, presented) ? Optional.empty()
                                    : asSpeaker(presented, "speaker:presented-before-quotation")).orElse(null);
                }
                if (a == null && opensParagraphAsASentence(span, s) && !imperative(span)) {
                    a = speakers.pronounSubject(s + 1).or(() -> subjectOfNext(sentence)).orElse(null);
                }
                if (a == null) {
                    a = new Attribution(Speaker.unnamed(UNATTRIBUTED), NO_SPEAKER, 0.5);
                }
                if (a.rule().startsWith(INVERTED_PRONOUN) && speakers.anonymousPerson(s).isPresent()) {
                    // "« … », a-t-il écrit, sous le couvert de l'anonymat": the pronoun is the unnamed source's
                    a = new Attribution(Speaker.unnamed(UNATTRIBUTED), a.rule() + "+anonymous", 0.6);
                }
                if (addressesSpeaker(span, a.speaker())) {
                    a = new Attribution(Speaker.unnamed(UNATTRIBUTED), "speaker:addressed-relative", 0.5);
                }
                for (QuoteSpan part : parts) {
                    Statement st = new Statement(Statement.Kind.QUOTATION, part.text(doc.text()), a.speaker(),
                            evidence(s, part.textStart(), part.textEnd(), a));
                    statements.add(st);
                    if (words(st.text()) >= CONTINUABLE_WORDS) {
                        previous = a.rule().equals(NO_SPEAKER) ? null : st;
                        previousSpan = part;
                    }
                }
                if (!a.rule().equals(NO_SPEAKER)) {
                    heard(a.speaker(), s);
                }
                statements.addAll(nested(span, a.speaker()));
            }
            statements.addAll(indirect(s));
            speakers.readDemonstrativeRoles(s);
            speakers.readKinshipReferences(s);
            String subject = subject(s);
            sentenceSubject[s] = subject;
            introduced[s] = subject != null ? null : introducedWithoutSubject(s);
            salience.touch(subject != null ? subject : introduced[s]);
            salience.touch(closingInciseSpeaker(s));
            salience.touch(closingSource(s));
            int here = s;
            unnamedIn[s] = speakers.anonymousPerson(s).or(() -> speakers.unnamedOpeningSource(here)).orElse(null);
            salience.touch(unnamedIn[s]);
            if (sentenceSpeaker[s] != null && sentenceSpeaker[s].kind() == Speaker.Kind.PERSON) {
                salience.touch(sentenceSpeaker[s].personId());
            }
        }
        return withRepeatedSpeakers(statements);
    }

    /**
     * A quotation without a speaker whose words the article quotes again, within an attributed quotation, is
     * that speaker's: a headline or an intertitle ("Benjamin est l'otage des autorités iraniennes") repeats
     * words the article gives with their source further on. So is an intertitle that only took the speaker of
     * the sentence before it, and a quotation whose speaker is only the person named after it and a colon
     * ("« Il a perdu huit kilos » : Adrien, otage …", words about Adrien that his mother says further on). Only
     * when every other attributed quotation holding it has the same speaker.
     */
    private List<Statement> withRepeatedSpeakers(List<Statement> statements) {
        List<Statement> attributed = statements.stream().filter(o -> o.kind() == Statement.Kind.QUOTATION
                && !o.evidence().rule().equals(NO_SPEAKER) && !unsure(o)).toList();
        if (attributed.isEmpty()) {
            return statements;
        }
        List<String> attributedWords = attributed.stream().map(o -> plain(o.text())).toList();
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement st : statements) {
            boolean intertitle = st.kind() == Statement.Kind.QUOTATION && unsure(st);
            boolean about = st.evidence().rule().equals(QuoteAttribution.SUBJECT_AFTER_QUOTE);
            if (st.kind() != Statement.Kind.QUOTATION || !(st.evidence().rule().equals(NO_SPEAKER) || intertitle || about)
                    || words(st.text()) < REPEATED_WORDS) {
                out.add(st);
                continue;
            }
            String words = plain(st.text());
            Set<Speaker> sources = new HashSet<>();
            for (int i = 0; i < attributed.size(); i++) {
                if (attributed.get(i) != st && attributedWords.get(i).contains(words)) {
                    sources.add(attributed.get(i).speaker());
                }
            }
            if (sources.size() != 1 || sources.contains(st.speaker())) {
                out.add(st);
                continue;
            }
            Evidence e = st.evidence();
            out.add(new Statement(st.kind(), st.text(), sources.iterator().next(), new Evidence(e.sentenceIndex(),
                    e.sentence(), e.start(), e.end(), "speaker:repeats-attributed-quote", REPEATED_CONFIDENCE)));
        }
        return out;
    }

    /** An intertitle: a quotation alone in its paragraph, which took the speaker of the sentence before it. */
    private boolean unsure(Statement quotation) {
        Evidence e = quotation.evidence();
        return e.rule().equals(CONTINUES_PREVIOUS_SPEAKER) && aloneInParagraph(e.start(), -1)
                && aloneInParagraph(e.end(), 1);
    }

    /**
     * "Trois questions à X" (or "X a répondu aux questions de …"), then "Vous connaissez bien Y ?" and, on the
     * next line, "« Nous avons fait notre formation ensemble. »": the answer is the person the line that opens
     * the questions names; an answer ends its line ("« Rien » : voilà tout ce qu'on sait" is no answer).
     */
    private Optional<Attribution> interviewAnswer(QuoteSpan span) {
        String text = doc.text();
        int lineEnd = span.open();
        while (lineEnd > 0 && (Character.isWhitespace(text.charAt(lineEnd - 1)) || QUOTE_MARKS.indexOf(text.charAt(lineEnd - 1)) >= 0)) {
            lineEnd--;
        }
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        String question = text.substring(lineStart, lineEnd);
        if (!question.endsWith("?") || !aloneInParagraph(span.textEnd(), 1)) {
            return Optional.empty();
        }
        for (int k = doc.tokenAt(lineStart) - 1; k >= 0; k--) {
            if (Grammar.interviewCue(doc.folded(k))) {
                int line = text.lastIndexOf('\n', doc.token(k).start()) + 1;
                for (int j = doc.tokenAt(line); j < doc.size() && doc.token(j).start() < lineStart; j++) {
                    if (persons.hasPersonAt(j)) {
                        return Optional.of(new Attribution(Speaker.person(persons.personAt(j)), "speaker:interview-answer", 0.7));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether only quotation marks and spaces lie between {@code at} and the paragraph's edge in {@code direction}. */
    private boolean aloneInParagraph(int at, int direction) {
        String text = doc.text();
        int i = direction < 0 ? at - 1 : at;
        while (i >= 0 && i < text.length() && text.charAt(i) != '\n'
                && (Character.isSpaceChar(text.charAt(i)) || QUOTE_MARKS.indexOf(text.charAt(i)) >= 0)) {
            i += direction;
        }
        return i < 0 || i >= text.length() || text.charAt(i) == '\n';
    }

    /** A quotation's words, folded, with single spaces: what two quotations of the same words share. */
    private static String plain(String text) {
        return " " + String.join(" ", Fold.words(text)) + " ";
    }

    /** Records who spoke in sentence {@code s} (or only their salience, for s < 0). */
    private void heard(Speaker speaker, int s) {
        if (speaker.kind() == Speaker.Kind.PERSON) {
            salience.touch(speaker.personId());
        }
        if (s >= 0 && sentenceSpeaker[s] == null && speaker.kind() != Speaker.Kind.UNNAMED) {
            sentenceSpeaker[s] = speaker;
        }
    }

    /**
     * «Je suis folle de joie, a déclaré sa mère, Charlotte X. J'ai du mal à le croire.»: an attribution inside
     * the marks, after a comma. Adds the quoted parts before and after it to {@code parts} and returns its
     * speaker; returns empty and adds nothing when there is none.
     */
    private Optional<Attribution> splitAtIncise(QuoteSpan span, List<QuoteSpan> parts) {
        int first = doc.tokenAt(span.textStart());
        int last = doc.tokenAt(span.textEnd()) - 1;
        for (int c = first + INCISE_AFTER_WORDS; c < last - 1; c++) {
            if (!",".equals(doc.folded(c))) {
                continue;
            }
            int v = c + 1;
            while (v < last && doc.inVerbGroup(v)) {
                v++;
            }
            boolean invertedPronoun = v + 1 < last && Grammar.invertedPronoun(doc.folded(v + 1)) != null;
            // the tagger reads some forms as nouns before a name ("…, observe Hervé X, ancien ambassadeur. …"), a
            // possessive ("…, confie son épouse, Clarisse X. …") or an inverted pronoun ("…, lance-t-elle. …")
            boolean named = persons.hasPersonAt(v + 1) || persons.hasPersonAt(v + 2)
                    || v + 1 < last && Grammar.possessive(doc.folded(v + 1)) || invertedPronoun;
            if (v >= last || !(speakers.isSpeechVerbForm(v) || named && speakers.isSpeechVerbWord(v))) {
                continue;
            }
            // "…, ajoute-t-elle, à une histoire de visa. »", "…, a-t-il ajouté, c'est …": the comma after an
            // inverted pronoun, or after the participle of a compound inversion, closes the incise
            boolean pronounThenComma = invertedPronoun && v + 2 < last && ",".equals(doc.folded(v + 2));
            boolean compoundThenComma = !pronounThenComma && invertedIn(c + 1, v) && v + 1 < last
                    && ",".equals(doc.folded(v + 1));
            int end = pronounThenComma ? v + 2 : v + 1;
            while (!pronounThenComma && !compoundThenComma && end <= last && !".".equals(doc.folded(end)) && !"!".equals(doc.folded(end))
                    && !"?".equals(doc.folded(end))) {
                end++;
            }
            doc.unquote(c, Math.min(end + 1, last + 1));
            Optional<Attribution> read = attribution.invertedAt(doc.tokenAt(span.open()), c + 1, doc.sentenceEnd(doc.sentenceOf(c)));
            // a subject, "le père", "son avocat", not an object ("…, jamais publié une ligne sur la politique")
            if (read.isEmpty() && !Grammar.knownDeterminer(doc.folded(v + 1))) {
                return Optional.empty();
            }
            // the incise says who speaks, even when it cannot be read as anyone named: "…, confie le père. …"
            Attribution a = read.orElse(new Attribution(Speaker.unnamed(doc.phrase(v + 1, end)), "speaker:inverted-subject-unread", 0.5));
            int beforeEnd = doc.token(c).start();
            parts.add(new QuoteSpan(span.open(), beforeEnd, span.textStart(), beforeEnd, true));
            if (end < last) {
                int restStart = doc.token(end + 1).start();
                parts.add(new QuoteSpan(doc.token(end).start(), span.close(), restStart, span.textEnd(), span.closed()));
            }
            return Optional.of(new Attribution(a.speaker(), a.rule() + "+incise", a.confidence()));
        }
        return Optional.empty();
    }

    /** Whether an inverted subject pronoun ("-t-il", "-elle") stands among tokens {@code from} to {@code to}. */
    private boolean invertedIn(int from, int to) {
        for (int g = from; g < to; g++) {
            if (Grammar.invertedPronoun(doc.folded(g)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "surnommé le « Marchand de la mort »": a nickname or a title in quotation marks, not speech — unless
     * somebody is said to have used the word ("ce que Blinken a appelé « une conversation franche »").
     */
    private boolean namesSomething(QuoteSpan span) {
        int k = doc.tokenAt(span.open()) - 1;
        int start = doc.sentenceStart(doc.sentenceOf(Math.max(0, k + 1)));
        while (k >= start && Grammar.determiner(doc.folded(k))) {
            k--;
        }
        if (k > start && "ADJ".equals(doc.pos(k)) && Grammar.namingWord(doc.folded(k - 1))) {
            k--; // "son émission télévisée « … »"
        }
        // not after an auxiliary or "se": "il a dit « … »", "l'ambassade se dit « en contact étroit … »"
        return k >= start && Grammar.namingWord(doc.folded(k))
                && !(k > 0 && ("AUX".equals(doc.pos(k - 1)) || Grammar.reflexive(doc.folded(k - 1))));
    }

    /**
     * "condamnée pour « appels à des actions … »", "reconnu coupable de « trahison »", "Accusé d'« espionnage »
     * et de « collusion »": the name of a charge or measure after a passive or adjectival charge word, not
     * somebody's words. The active voice is speech ("Paris a condamné « une décision inacceptable »").
     */
    private boolean namesACharge(QuoteSpan span) {
        if (lastCharge != null && coordinated(lastCharge, span)) {
            lastCharge = span; // "poursuivi pour « diffusion de fausses nouvelles » et « atteinte à la sûreté »"
            return true;
        }
        boolean charge = framedAsCharge(span);
        lastCharge = charge ? span : null;
        return charge;
    }

    /** Whether only "et", "ou", a comma or determiners stand between two quotations. */
    private boolean coordinated(QuoteSpan first, QuoteSpan next) {
        String between = doc.text().substring(Math.min(first.close() + 1, next.open()), next.open()).strip();
        for (String w : WHITESPACE.split(between)) {
            String f = Fold.of(w);
            if (!f.isEmpty() && !f.equals("et") && !f.equals("ou") && !f.equals(",") && !Grammar.determiner(f)) {
                return false;
            }
        }
        return true;
    }

    private boolean framedAsCharge(QuoteSpan span) {
        int open = doc.tokenAt(span.open());
        int start = doc.sentenceStart(doc.sentenceOf(open));
        int k = open - 1;
        while (k >= start && Grammar.determiner(doc.folded(k)) && !CHARGE_FRAMES.contains(doc.folded(k))) {
            k--;
        }
        if (k < start || !"link".equals(CHARGE_FRAMES.value(doc.folded(k)))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(start, k - CHARGE_REACH); j--) {
            String w = doc.folded(j);
            if ("charge".equals(CHARGE_FRAMES.value(w))) {
                return "pour".equals(doc.folded(k)) || !activeVoice(j, start);
            }
            if (!doc.quoted(j) && (speakers.isSpeechVerb(j) || ";".equals(w) || ":".equals(w))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether auxiliaries before the participle at {@code j} put it in the active voice ("a condamné"), with no
     * object pronoun for a person sentenced or accused ("l'a condamné à douze ans pour « … »", "les accusait
     * d'« … »").
     */
    private boolean activeVoice(int j, int start) {
        boolean auxiliary = false;
        for (int a = j - 1; a >= start && doc.inVerbGroup(a); a--) {
            if (Grammar.passiveAuxiliary(doc.folded(a)) || Grammar.objectPronoun(doc.folded(a))) {
                return false;
            }
            auxiliary |= "AUX".equals(doc.pos(a));
        }
        return auxiliary;
    }

    /**
     * Every speech verb of the sentence with a subject it can read makes that subject the sentence's
     * speaker; "X a déclaré (aux journalistes) que ..." also makes the que-clause an indirect statement of X.
     */
    private List<Statement> indirect(int s) {
        List<Statement> found = new ArrayList<>();
        int end = doc.sentenceEnd(s);
        for (int v = doc.sentenceStart(s); v < end - 2; v++) {
            if (!speakers.isSpeechVerb(v) || Grammar.inciseOnly(doc.folded(v))) {
                continue;
            }
            Optional<Attribution> a = speakers.subjectBefore(v).filter(x -> !x.rule().endsWith("+unknown"));
            if (a.isEmpty() && inverted(v)) {
                speakers.subjectAfter(v).filter(x -> x.speaker().kind() == Speaker.Kind.PERSON)
                        .ifPresent(x -> heard(x.speaker(), s));
            }
            if (a.isEmpty()) {
                continue;
            }
            heard(a.get().speaker(), s);
            int que = queAfter(v, end);
            int last = end - 1;
            while (last > que && doc.token(last).isPunctuation() && !doc.quoted(last)) {
                last--;
            }
            if (que > 0 && last > que && !whollyQuoted(que + 1, last)) {
                int to = doc.token(last).end();
                Attribution at = new Attribution(a.get().speaker(), a.get().rule() + "+indirect", a.get().confidence() - 0.1);
                found.add(new Statement(Statement.Kind.INDIRECT, doc.text().substring(doc.token(que + 1).start(), to),
                        at.speaker(), evidence(s, doc.token(v).start(), to, at)));
            }
        }
        return found;
    }

    /** "a répondu que « ... »": the clause is the quotation, already a statement of its own. */
    private boolean whollyQuoted(int from, int last) {
        for (int k = from; k <= last; k++) {
            if (!doc.quoted(k)) {
                return false;
            }
        }
        return true;
    }

    /** ", a déclaré X": a speech verb after a comma, auxiliaries between, whose subject follows it. */
    private boolean inverted(int v) {
        int k = v - 1;
        while (k > 0 && ("AUX".equals(doc.pos(k)) || "ADV".equals(doc.pos(k)))) {
            k--;
        }
        return k >= 0 && ",".equals(doc.folded(k));
    }

    /** The "que" that opens the complement of the speech verb at {@code v}, past a short adjunct, or -1. */
    private int queAfter(int v, int end) {
        for (int k = v + 1; k < Math.min(end, v + QUE_REACH); k++) {
            String w = doc.folded(k);
            if (Grammar.que(w)) {
                return k;
            }
            if (doc.quoted(k) || doc.token(k).isPunctuation() || "VERB".equals(doc.pos(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The sentence's subject when it names a person: a name outside quotations followed by its verb, or a
     * role at the start of the sentence ("Le haut diplomate américain a ...").
     */
    private String subject(int s) {
        Optional<String> role = speakers.roleSubject(s);
        if (role.isPresent()) {
            return role.get();
        }
        // not when the sentence before had a subject of its own ("L'ingénieur avait été gracié par le président X. Il …")
        Optional<String> pronoun = speakers.pronounNamedJustBefore(s)
                .filter(p -> sentenceSubject[s - 1] == null || sentenceSubject[s - 1].equals(p));
        if (pronoun.isPresent()) {
            return pronoun.get();
        }
        int end = doc.sentenceEnd(s);
        String inverted = subjectAfterParmi(s);
        if (inverted != null) {
            return inverted;
        }
        int from = afterDurationOpener(s).orElse(speakers.afterFrontedAdjunct(s));
        int verb = from;
        // not a name the tagger read as a verb ("Reto X s'est exprimé")
        while (verb < end && (doc.quoted(verb) || !doc.isVerb(verb) || persons.hasPersonAt(verb))) {
            verb++;
        }
        if (verb == end) {
            return presented(from);
        }
        String named = selfNamed(verb);
        if (named != null) {
            return named;
        }
        if (verb - from == 2 || verb - from == 3 && Grammar.clitic(doc.folded(verb - 1))) {
            // "Son mari a …", "Son mari se montre plus nuancé": the relative of the person last put forward
            Optional<String> relative = speakers.relativeOfLastPutForward(from + 1);
            if (relative.isPresent()) {
                return relative.get();
            }
        }
        if (verb - from == 2 && Grammar.definiteArticle(doc.folded(from)) && doc.token(from + 1).isCapitalized()) {
            // "l'Australien avait été retenu" after "l'Australien X": the person the word introduced
            Optional<String> described = speakers.describedBefore(from + 1);
            if (described.isPresent()) {
                return described.get();
            }
        }
        // The first name that is not a complement: "Le mari de Mme Wu, Peter Gallagher, a lancé ..."
        for (int k = from; k < verb; k++) {
            String p = persons.personAt(k);
            if (doc.quoted(k) || p == null || p.equals(persons.personAt(k - 1))) {
                continue;
            }
            boolean complement = k > 0 && (doc.token(k - 1).hasPos("ADP") || Grammar.title(doc.folded(k - 1))
                    && k > 1 && doc.token(k - 2).hasPos("ADP"));
            if (!complement || ofOwnVoice(k)) {
                return p;
            }
        }
        return null;
    }

    /** "Cela fait cent vingt jours que X n'a pas entendu …": where the "que" clause that holds the subject starts. */
    private OptionalInt afterDurationOpener(int s) {
        int start = doc.sentenceStart(s);
        if (!Grammar.durationOpener(doc.foldedTokens(), start)) {
            return OptionalInt.empty();
        }
        for (int k = start + 1; k < Math.min(doc.sentenceEnd(s), start + DURATION_REACH); k++) {
            if (Grammar.que(doc.folded(k))) {
                return OptionalInt.of(k + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** "la voix de X tremble": the name at {@code k} after a noun of a person's voice or face and "de". */
    private boolean ofOwnVoice(int k) {
        return k > 1 && List.of("de", "d'").contains(doc.folded(k - 1)) && PERSON_PARTS.contains(doc.folded(k - 2));
    }

    /**
     * "En 2019, elle avait été retenue deux jours à Panama, raconte son frère Santiago.": the person an incise
     * closing a sentence without quotation marks gives the words to, whom a following "se souvient-il" is about.
     */
    private String closingInciseSpeaker(int s) {
        int end = doc.sentenceEnd(s);
        int comma = end - 1;
        while (comma > doc.sentenceStart(s) && !",".equals(doc.folded(comma))) {
            comma--;
        }
        if (comma <= doc.sentenceStart(s) || comma + 1 >= end || !speakers.isSpeechVerb(comma + 1)) {
            return null;
        }
        for (int k = doc.sentenceStart(s); k < end; k++) {
            if (doc.quoted(k)) {
                return null;
            }
        }
        return personAfter(comma + 1);
    }

    /**
     * "…, selon la porte-parole du ministère, Wanjiru X." then "« … », a-t-elle déclaré": the person a source
     * closing a sentence without quotation marks names, whom the next pronoun may be about.
     */
    private String closingSource(int s) {
        int end = doc.sentenceEnd(s);
        for (int k = doc.sentenceStart(s) + 1; k < end; k++) {
            if (doc.quoted(k)) {
                return null;
            }
            int source = Grammar.sourcePrepositionEnd(doc.foldedTokens(), k);
            if (source >= 0 && ",".equals(doc.folded(k - 1))) {
                return personAfter(source);
            }
        }
        return null;
    }

    /** The person the subject after the speech verb or source at {@code v} names, or null. */
    private String personAfter(int v) {
        return speakers.subjectAfter(v).filter(a -> a.speaker().kind() == Speaker.Kind.PERSON)
                .map(a -> a.speaker().personId()).orElse(null);
    }

    /**
     * "Une pétition lancée par la sœur de l'infirmière, Geneviève X, …", "J'ai été reçue par le ministre, Y.":
     * in a sentence whose subject is no third person, the first person it names outside quotation marks, and not
     * as the complement of a noun, is the one a following "il" or "elle" is about. Null when the subject is "il"
     * or "elle", which keeps its referent, or when the sentence has no verb.
     */
    private String introducedWithoutSubject(int s) {
        if (doc.quoted(doc.sentenceStart(s))) {
            return null; // the words' speaker is the one put forward
        }
        int end = doc.sentenceEnd(s);
        int k = speakers.afterFrontedAdjunct(s);
        for (; k < end && !doc.isVerb(k); k++) {
            // "Il y avait avec moi X, …": an impersonal "il" presents X
            boolean impersonal = k + 1 < end && "y".equals(doc.folded(k + 1));
            if (Grammar.subjectPronoun(doc.folded(k)) != null && !impersonal) {
                return null;
            }
        }
        if (k == end) {
            return null; // no verb: a fragment ("Lavrov à cette proposition.") or a heading
        }
        for (k = doc.sentenceStart(s) + 1; k < end; k++) {
            String p = persons.personAt(k);
            // not "l'ancien professeur de Théo", "la famille de M. X", but "autour de X"
            int before = doc.beforeTitles(k, doc.sentenceStart(s));
            boolean nounComplement = Grammar.deComplement(doc.folded(before))
                    && (before == 0 || !doc.token(before - 1).hasPos("ADV"));
            if (p != null && !doc.quoted(k) && !p.equals(persons.personAt(k - 1)) && !nounComplement) {
                return p;
            }
        }
        return null;
    }

    /**
     * "X s'est adressé directement à la cour :" then the quotation, in a paragraph of its own: the person
     * subject of the sentence that a colon ends introduces the words that open the next one.
     */
    private Optional<Attribution> introducedByColon(int s) {
        if (!":".equals(doc.folded(doc.sentenceEnd(s) - 1))) {
            return Optional.empty();
        }
        String p = subject(s);
        return p == null || p.startsWith(SpeakerFinder.UNRESOLVED) ? Optional.empty()
                : Optional.of(new Attribution(Speaker.person(p), "speaker:colon-before", 0.75));
    }

    /** "Parmi les personnes interviewées figure Yorbis X": the first person named, when a verb comes right before. */
    private String subjectAfterParmi(int s) {
        int start = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        if (!PARMI.equals(doc.folded(start))) {
            return null;
        }
        for (int k = start + 1; k < end; k++) {
            if (!doc.quoted(k) && persons.personAt(k) != null) {
                return doc.isVerb(k - 1) ? persons.personAt(k) : null;
            }
        }
        return null;
    }

    /** "Il s'appelle Ferréol X", "elle se prénomme Y": the person a naming verb at {@code verb} names, or null. */
    private String selfNamed(int verb) {
        boolean reflexive = verb > 0 && Grammar.reflexive(doc.folded(verb - 1));
        return reflexive && SELF_NAMING.contains(doc.folded(verb)) && verb + 1 < doc.size() ? persons.personAt(verb + 1) : null;
    }

    /**
     * The person a sentence without a verb presents, its name opening it with an apposition after it ("Parmi
     * eux, Gaël Tanguy, charpentier à Hennebont."), after a family noun too ("Sa mère, Ilse X, l'attendait", where
     * the tagger read no verb), or a clitic after it ("Lucía l'attendra"); null otherwise.
     */
    private String presented(int from) {
        int k = from;
        if (k + 2 < doc.size() && Grammar.possessiveKinship(doc.folded(k), doc.folded(k + 1)) != null
                && ",".equals(doc.folded(k + 2))) {
            k += 3;
        }
        k = Grammar.title(doc.folded(k)) && doc.token(k).isCapitalized() ? k + 1 : k;
        String p = persons.personAt(k);
        if (p == null) {
            return null;
        }
        k = persons.nameEnd(k, doc.size());
        // "Lucía l'attendra à Roissy": a clitic before a verb the tagger missed shows the name is its subject
        return k < doc.size() && (",".equals(doc.folded(k)) || Grammar.clitic(doc.folded(k))) ? p : null;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : WHITESPACE.split(text.trim()).length;
    }

    /**
     * «Il m'a dit : “Ne les laisse pas faire.” Depuis, je ne dors plus.»: a quotation inside a quotation is
     * the words of whom the outer speaker says spoke them ({@link SpeakerFinder#nestedSpeaker}).
     */
    private List<Statement> nested(QuoteSpan outer, Speaker outerSpeaker) {
        List<Statement> found = new ArrayList<>();
        for (QuoteSpan inner : QuoteSpans.inner(doc.text(), outer)) {
            String text = inner.text(doc.text());
            if (words(text) >= CONTINUABLE_WORDS) {
                Attribution a = speakers.nestedSpeaker(doc.tokenAt(inner.open()), outerSpeaker);
                found.add(new Statement(Statement.Kind.QUOTATION, text, a.speaker(),
                        evidence(doc.sentenceOf(doc.tokenAt(inner.textStart())), inner.textStart(), inner.textEnd(), a)));
            }
        }
        return found;
    }

    /**
     * A quotation left open at the end of its paragraph and one that opens the next paragraph: French marks a
     * quotation running over paragraphs so, « at the start of each.
     */
    private boolean reopensParagraph(QuoteSpan previous, QuoteSpan next) {
        return !previous.closed() && previous.close() < next.open()
                && doc.text().substring(previous.close() + 1, next.open()).isBlank();
    }

    /**
     * "Avant de refermer la porte, Nadia X montre le piolet accroché dans l'entrée. « … »": the person subject of
     * the sentence before, in the same paragraph, says the words that follow it with no attribution of their own.
     */
    private Optional<Attribution> namedSubject(int s) {
        return asSpeaker(sentenceSubject[s], "speaker:subject-before-quotation");
    }

    /**
     * "« Je savais que je prenais un risque. » Attablé dans un café, X tourne sa cuillère": whether the quotation
     * is the first sentence of its paragraph, and the paragraph goes on with another sentence, whose subject
     * (a name, or "il" or "elle") is then the one whose account the words are.
     */
    private boolean opensParagraphAsASentence(QuoteSpan span, int s) {
        int after = doc.tokenAt(span.close()) + 1;
        return s + 1 < doc.sentenceCount() && aloneInParagraph(span.textStart(), -1) && after < doc.size()
                && doc.sentenceOf(after) == s + 1 && doc.sameParagraph(span.close(), doc.token(after).start());
    }

    /**
     * "« Libérons tous les marins ! »", "« Rendez-nous … »": words that open on a verb in -ons or -ez with no subject
     * before it, a call rather than anybody's account (the tagger may read the verb as a name, but not as a noun).
     */
    private boolean imperative(QuoteSpan span) {
        int first = doc.tokenAt(span.open()) + 1;
        return first < doc.size() && (doc.folded(first).endsWith("ez") || doc.folded(first).endsWith("ons"))
                && !"NOUN".equals(doc.pos(first));
    }

    private Optional<Attribution> subjectOfNext(int s) {
        return asSpeaker(subject(s + 1), "speaker:subject-after-quotation");
    }

    /** A sentence's subject as the speaker of a quotation next to it: a person the article resolved, or none. */
    private static Optional<Attribution> asSpeaker(String person, String rule) {
        return person == null || person.startsWith(SpeakerFinder.UNRESOLVED) ? Optional.empty()
                : Optional.of(new Attribution(Speaker.person(person), rule, 0.6));
    }

    /** Whether the quotation follows sentence {@code s} in its paragraph (not as an intertitle of its own). */
    private boolean followsInParagraph(int s, QuoteSpan span) {
        int end = doc.sentence(s).end();
        return end <= span.open() && doc.sameParagraph(end, span.open());
    }

    /**
     * "« Maman, ne t'inquiète pas pour moi »": words that open by calling a parent are not that parent's, so a
     * speaker of the parent's gender read from around them is wrong (the son's letter read by his mother).
     */
    /** Whether the quotation {@code span} names {@code person}. */
    private boolean namedIn(QuoteSpan span, String person) {
        if (person == null) {
            return false;
        }
        for (int k = doc.tokenAt(span.open()); k < doc.size() && doc.token(k).start() < span.close(); k++) {
            if (person.equals(persons.personAt(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean addressesSpeaker(QuoteSpan span, Speaker speaker) {
        int first = doc.tokenAt(span.open()) + 1;
        if (speaker.kind() != Speaker.Kind.PERSON || first + 1 >= doc.size() || !",".equals(doc.folded(first + 1))) {
            return false;
        }
        Gender called = Grammar.kinship(doc.folded(first));
        return called != null && called == persons.gender(speaker.personId());
    }

    /**
     * The person subject, other than the speaker of {@code previous}, of the last sentence after it and before
     * sentence {@code s} that has one, or the unnamed person such a sentence quotes; null when none.
     */
    private String otherSubjectSince(Statement previous, int s) {
        String speaker = previous.speaker().kind() == Speaker.Kind.PERSON ? previous.speaker().personId() : null;
        for (int t = s - 1; t > previous.evidence().sentenceIndex(); t--) {
            String subject = sentenceSubject[t];
            if (subject != null && !subject.startsWith(SpeakerFinder.UNRESOLVED)) {
                return subject.equals(speaker) ? null : subject;
            }
            if (unnamedIn[t] != null) {
                return unnamedIn[t]; // "Le journal cite un avocat, qui a requis l'anonymat. Pour lui, « … »"
            }
            // "«…», glisse son épouse. Lui laisse passer un silence. «…»": a pronoun subject for somebody else
            Optional<String> pronoun = speakers.pronounSubject(t).map(a -> a.speaker().personId());
            if (pronoun.isPresent()) {
                return pronoun.get().equals(speaker) ? null : pronoun.get();
            }
        }
        return null;
    }

    /**
     * "«…», confie-t-elle. Son mari, lui, veut rester confiant : «…»": a sentence since a person's quotation, this
     * one included, opens on a possessive and a family noun, somebody else than the one who spoke; whoever that
     * is, though unnamed, the next words are not the previous speaker's. An organisation's words go on past such
     * a sentence ("Son collègue fait l'objet d'une enquête « … », selon la même source").
     */
    private boolean relativeSince(Statement previous, int s) {
        if (previous.speaker().kind() != Speaker.Kind.PERSON) {
            return false;
        }
        for (int t = previous.evidence().sentenceIndex() + 1; t <= s; t++) {
            int k = doc.sentenceStart(t);
            if (k + 1 < doc.sentenceEnd(t) && !doc.quoted(k)
                    && Grammar.possessiveKinship(doc.folded(k), doc.folded(k + 1)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Le centre Viasna recense encore « … »", "L'ambassade, elle, se refuse à tout commentaire sur « … »": an
     * organisation that is the subject before the words gives them; not when its verb has a person for object, as
     * charges have ("le parquet le poursuit pour « … »", "les services les soupçonnaient d'« … »"), nor when the
     * words qualify the noun before them.
     */
    private Optional<Attribution> organizationSubjectBefore(QuoteSpan span, int s) {
        int open = doc.tokenAt(span.open());
        int verb = doc.sentenceStart(s);
        while (verb < open && (doc.quoted(verb) || !doc.isVerb(verb))) {
            verb++;
        }
        int before = verb - 1;
        while (before > doc.sentenceStart(s) && doc.token(before).hasPos("AUX")) {
            before--;
        }
        // nor words that qualify a noun after its determiner ("a présenté le dossier « le plus lourd de la
        // décennie »"), unlike a locution's ("retient en effet « … »", "mis en place « … »")
        boolean qualifiesNoun = open > 1 && "NOUN".equals(doc.pos(open - 1)) && Grammar.determiner(doc.folded(open - 2));
        if (attribution.opensSentence(span) || verb == open || qualifiesNoun
                || Grammar.objectPronoun(doc.folded(before)) || "lui".equals(doc.folded(before))
                || "leur".equals(doc.folded(before))) {
            return Optional.empty();
        }
        return speakers.organizationSubject(s).map(a -> new Attribution(a.speaker(), "speaker:organization-subject", 0.6));
    }

    /**
     * "Oman a mis en avant par la voix de son ministre, X, « … »": a person other than {@code speaker} named before
     * the quotation in its sentence, whose words they may be.
     */
    private boolean namesAnotherBefore(QuoteSpan span, Speaker speaker) {
        int open = doc.tokenAt(span.open());
        for (int k = doc.sentenceStart(doc.sentenceOf(open)); k < open; k++) {
            String p = doc.quoted(k) ? null : persons.personAt(k);
            if (p != null && !(speaker.kind() == Speaker.Kind.PERSON && p.equals(speaker.personId()))) {
                return true;
            }
        }
        return false;
    }

    private boolean sameParagraph(QuoteSpan a, QuoteSpan b) {
        return a != null && doc.sameParagraph(Math.min(a.close(), b.open()), b.open());
    }

    private Evidence evidence(int s, int start, int end, Attribution a) {
        return new Evidence(s, doc.sentence(s).text(), start, end, a.rule(), a.confidence());
    }
}
