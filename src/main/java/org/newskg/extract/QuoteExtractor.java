package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.QuoteSpan;

/**
 * Direct quotations with their speakers, and indirect speech ("X a déclaré que ..."), in one pass over the
 * sentences so that pronouns resolve to the persons the article put forward so far.
 * <p>
 * A quotation that opens its sentence is attributed by what follows it ("», a déclaré X"); one inside a
 * sentence by the nearest speech verb before it ("X a déclaré que « ... »"), else by what follows. A
 * quotation with no attribution of its own continues the previous one of its paragraph. Anything else is
 * left to an unnamed source rather than pinned on the nearest name.
 */
final class QuoteExtractor {

    private static final int AFTER_WINDOW = 5;
    /** A quotation shorter than this is a fragment of a sentence, not a turn that the next quotation continues. */
    private static final int CONTINUABLE_WORDS = 4;
    private static final String UNATTRIBUTED = "source non précisée";

    private final Doc doc;
    private final List<QuoteSpan> quotes;
    private final PersonTable persons;
    private final SpeakerFinder speakers;
    private final Salience salience;

    QuoteExtractor(Doc doc, List<QuoteSpan> quotes, PersonTable persons, SpeakerFinder speakers, Salience salience) {
        this.doc = doc;
        this.quotes = quotes;
        this.persons = persons;
        this.speakers = speakers;
        this.salience = salience;
    }

    List<Statement> extract() {
        List<Statement> statements = new ArrayList<>();
        int q = 0;
        Statement previous = null;
        QuoteSpan previousSpan = null;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int sentenceEnd = doc.sentence(s).end();
            while (q < quotes.size() && quotes.get(q).open() < sentenceEnd) {
                QuoteSpan span = quotes.get(q++);
                Attribution a = attribute(span).orElse(null);
                if (a == null && previous != null && sameParagraph(previousSpan, span)) {
                    a = new Attribution(previous.speaker(), "speaker:continues-previous-quote", 0.7);
                }
                if (a == null) {
                    a = new Attribution(Speaker.unnamed(UNATTRIBUTED), "speaker:none", 0.5);
                }
                if (a.speaker().kind() == Speaker.Kind.PERSON) {
                    salience.touch(a.speaker().personId());
                }
                Statement st = new Statement(Statement.Kind.QUOTATION, span.text(doc.text()), a.speaker(),
                        evidence(s, span.textStart(), span.textEnd(), a));
                statements.add(st);
                if (words(st.text()) >= CONTINUABLE_WORDS) {
                    previous = a.rule().equals("speaker:none") ? null : st;
                    previousSpan = span;
                }
            }
            statements.addAll(indirect(s));
            salience.touch(subject(s));
        }
        return statements;
    }

    private Optional<Attribution> attribute(QuoteSpan span) {
        int open = doc.tokenAt(span.open());
        int close = doc.tokenAt(span.close());
        int start = doc.sentenceStart(doc.sentenceOf(open));
        boolean opensSentence = true;
        for (int k = start; k < open; k++) {
            opensSentence &= doc.token(k).isPunctuation();
        }
        if (opensSentence) {
            return after(close);
        }
        return before(open).or(() -> after(close));
    }

    /**
     * What follows a quotation in its sentence: "», a déclaré X", "», a-t-il ajouté", "», selon X"; "» : la
     * porte-parole X a souhaité ..."; or, further on, ", a déclaré X" after a clause about the quotation.
     */
    private Optional<Attribution> after(int close) {
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
        Optional<Attribution> inverted = invertedAt(k, end);
        if (inverted.isPresent()) {
            return inverted;
        }
        if (colon) {
            int verb = k;
            while (verb < end && !doc.quoted(verb) && !"VERB".equals(doc.pos(verb)) && !"AUX".equals(doc.pos(verb))) {
                verb++;
            }
            if (verb < end && !doc.quoted(verb)) {
                return speakers.classify(k, verb, "speaker:subject-after-quote")
                        .filter(a -> a.speaker().kind() == Speaker.Kind.PERSON);
            }
        }
        for (int c = k; c < end; c++) {
            if (!doc.quoted(c) && ",".equals(doc.folded(c))) {
                Optional<Attribution> later = invertedAt(c + 1, end);
                if (later.isPresent()) {
                    return later;
                }
            }
        }
        return Optional.empty();
    }

    /** A speech verb or "selon" at most a few auxiliary or clitic words from {@code k}, with its subject. */
    private Optional<Attribution> invertedAt(int k, int end) {
        for (int v = k; v < Math.min(end, k + AFTER_WINDOW) && !doc.quoted(v); v++) {
            String w = doc.folded(v);
            if (w.equals("selon") || w.equals("d'apres")) {
                return speakers.subjectAfter(v);
            }
            if (speakers.isSpeechVerb(v)) {
                for (int p = k; p < v; p++) {
                    if (Grammar.subjectPronoun(doc.folded(p)) != null) {
                        return speakers.resolvePronoun(Grammar.subjectPronoun(doc.folded(p)), "speaker:inverted-pronoun");
                    }
                }
                return speakers.subjectAfter(v);
            }
            if (!"AUX".equals(doc.pos(v)) && !"ADV".equals(doc.pos(v)) && !Grammar.clitic(w)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The nearest speech verb or "selon" before the quotation, in its sentence. */
    private Optional<Attribution> before(int open) {
        int start = doc.sentenceStart(doc.sentenceOf(open));
        for (int v = open - 1; v >= start; v--) {
            if (doc.quoted(v)) {
                continue;
            }
            String w = doc.folded(v);
            if (w.equals("selon") || w.equals("d'apres")) {
                return speakers.subjectAfter(v);
            }
            if (speakers.isSpeechVerb(v)) {
                Optional<Attribution> a = speakers.subjectBefore(v);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return clauseSubject(open);
    }

    /** "Lavrov a attiré l'attention de Blinken « sur le fait que ... »": the named subject of the clause. */
    private Optional<Attribution> clauseSubject(int open) {
        int start = doc.sentenceStart(doc.sentenceOf(open));
        for (int j = open - 1; j > start; j--) {
            if (doc.quoted(j)) {
                return Optional.empty();
            }
            String p = persons.personAt(j - 1);
            if (p != null && !p.equals(persons.personAt(j)) && ("AUX".equals(doc.pos(j)) || "VERB".equals(doc.pos(j)))) {
                return Optional.of(new Attribution(Speaker.person(p), "speaker:clause-subject", 0.6));
            }
        }
        return Optional.empty();
    }

    /** "X a déclaré que ...": the que-clause as an indirect statement of X. */
    private List<Statement> indirect(int s) {
        List<Statement> found = new ArrayList<>();
        int end = doc.sentenceEnd(s);
        for (int v = doc.sentenceStart(s); v < end - 2; v++) {
            if (!speakers.isSpeechVerb(v) || !(doc.folded(v + 1).equals("que") || doc.folded(v + 1).equals("qu'"))) {
                continue;
            }
            Optional<Attribution> a = speakers.subjectBefore(v);
            if (a.isPresent()) {
                int last = end - 1;
                while (last > v + 1 && doc.token(last).isPunctuation()) {
                    last--;
                }
                if (last > v + 1) {
                    int from = doc.token(v + 2).start();
                    int to = doc.token(last).end();
                    Attribution at = new Attribution(a.get().speaker(), a.get().rule() + "+indirect", a.get().confidence() - 0.1);
                    found.add(new Statement(Statement.Kind.INDIRECT, doc.text().substring(from, to), at.speaker(),
                            evidence(s, doc.token(v).start(), to, at)));
                    if (at.speaker().kind() == Speaker.Kind.PERSON) {
                        salience.touch(at.speaker().personId());
                    }
                }
            }
        }
        return found;
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
        for (int k = doc.sentenceStart(s); k < doc.sentenceEnd(s); k++) {
            String p = doc.quoted(k) ? null : persons.personAt(k);
            if (p != null) {
                int v = k;
                while (v < doc.sentenceEnd(s) && p.equals(persons.personAt(v))) {
                    v++;
                }
                while (v < doc.sentenceEnd(s) && (Grammar.clitic(doc.folded(v)) || "ADV".equals(doc.pos(v)))) {
                    v++;
                }
                return v < doc.sentenceEnd(s) && ("VERB".equals(doc.pos(v)) || "AUX".equals(doc.pos(v))) ? p : null;
            }
        }
        return null;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private boolean sameParagraph(QuoteSpan a, QuoteSpan b) {
        return a != null && doc.text().substring(a.close(), b.open()).indexOf('\n') < 0;
    }

    private Evidence evidence(int s, int start, int end, Attribution a) {
        return new Evidence(s, doc.sentence(s).text(), start, end, a.rule(), a.confidence());
    }
}
