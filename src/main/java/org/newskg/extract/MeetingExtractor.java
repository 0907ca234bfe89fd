package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.PhraseMatch;
import org.newskg.mention.Doc;
import org.newskg.mention.WordList;

/**
 * Meetings and calls: a sentence with a meeting or call cue ("se sont entretenus", "a rencontré", "se sont
 * parlé", "appel téléphonique") outside quotations and at least two persons named outside quotations; with
 * the first weekday or date and the first known place of the sentence.
 */
final class MeetingExtractor {

    private final Lexicon lex;
    private final WordList cues = WordList.load("extract/meeting-cues.tsv");

    MeetingExtractor(Lexicon lex) {
        this.lex = lex;
    }

    List<Meeting> extract(Doc doc, PersonTable persons) {
        List<Meeting> found = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int start = doc.sentenceStart(s);
            int end = doc.sentenceEnd(s);
            int cue = -1;
            boolean call = false;
            Set<String> participants = new LinkedHashSet<>();
            String date = null;
            String place = null;
            String country = null;
            for (int k = start; k < end; k++) {
                if (doc.quoted(k)) {
                    continue;
                }
                String w = doc.folded(k);
                if (cues.contains(w)) {
                    cue = cue < 0 ? k : cue;
                    call |= "call".equals(cues.value(w));
                }
                if (persons.personAt(k) != null) {
                    participants.add(persons.personAt(k));
                }
                if (date == null && lex.calendarWords().contains(w)) {
                    date = dateAt(doc, k, end);
                }
                if (place == null && k > start && (w.length() > 1) && "a".equals(doc.folded(k - 1))) {
                    Optional<PhraseMatch<String>> p = lex.countries().placeAt(doc.foldedTokens(), k);
                    if (p.isPresent()) {
                        place = doc.span(k, k + p.get().length());
                        country = p.get().value();
                    }
                }
            }
            if (cue >= 0 && participants.size() >= 2) {
                Evidence e = new Evidence(s, doc.sentence(s).text(), doc.sentence(s).start(), doc.sentence(s).end(),
                        call ? "meeting:call-cue" : "meeting:meeting-cue", 0.7);
                found.add(new Meeting(call ? Meeting.Kind.CALL : Meeting.Kind.MEETING, List.copyOf(participants),
                        date, place, country, e));
            }
        }
        return found;
    }

    /** "jeudi", "le 21 janvier", "2 mars": the calendar word with the day number before it. */
    private static String dateAt(Doc doc, int k, int end) {
        int from = k > 0 && doc.folded(k - 1).chars().allMatch(Character::isDigit) ? k - 1 : k;
        int to = k + 1 < end && doc.folded(k + 1).chars().allMatch(Character::isDigit) ? k + 2 : k + 1;
        return doc.span(from, to);
    }
}
