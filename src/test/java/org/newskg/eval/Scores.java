package org.newskg.eval;

import java.util.List;
import java.util.Locale;

/**
 * The figures score.py reports.
 *
 * @param speakerAccuracy share of all gold quotes (unnamed and organisation sources included) found with the
 *                        right speaker
 * @param crossDocument   share of the persons named in several articles that have one IRI
 */
public record Scores(Prf quoteSpans, Prf quoteAttribution, Prf detentions, Prf persons, Prf roles,
                     SpeakerAccuracy speakerAccuracy, CrossDocument crossDocument) {

    public record SpeakerAccuracy(int correct, int gold, double acc) {}

    public record CrossDocument(int personsInSeveralArticles, int withOneIri, double rate) {}

    /** The lines score.py prints, the summary last. */
    public List<String> report() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-20s%7s%7s%7s%6s%6s%6s", "measure", "P", "R", "F1", "tp", "pred", "gold"));
        List<String> names = List.of("quote_spans", "quote_attribution", "detentions", "persons", "roles");
        List<Prf> measures = List.of(quoteSpans, quoteAttribution, detentions, persons, roles);
        for (int i = 0; i < names.size(); i++) {
            Prf m = measures.get(i);
            lines.add(String.format(Locale.ROOT, "%-20s%7.3f%7.3f%7.3f%6d%6d%6d", names.get(i), m.p(), m.r(), m.f1(),
                    m.tp(), m.pred(), m.gold()));
        }
        lines.add(String.format(Locale.ROOT,
                "speaker_accuracy    %.3f (%d/%d gold quotes, unnamed and organisation sources included)",
                speakerAccuracy.acc(), speakerAccuracy.correct(), speakerAccuracy.gold()));
        lines.add(String.format(Locale.ROOT,
                "cross_document      %.3f (%d/%d persons named in several articles have one IRI)",
                crossDocument.rate(), crossDocument.withOneIri(), crossDocument.personsInSeveralArticles()));
        lines.add(summary());
        return lines;
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "summary: quote_attribution=%.3f detentions=%.3f persons=%.3f roles=%.3f speakers=%.3f xdoc=%.3f",
                quoteAttribution.f1(), detentions.f1(), persons.f1(), roles.f1(), speakerAccuracy.acc(),
                crossDocument.rate());
    }
}
