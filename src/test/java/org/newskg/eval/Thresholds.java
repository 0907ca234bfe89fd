package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lowest figures the extraction may reach on a corpus without the evaluation failing. */
public record Thresholds(double attributionF1, double attributionPrecision, double speakerAccuracy,
                         double detentionsF1, double personsF1, double rolesF1, double crossDocument) {

    /** What the project promises on the five seed articles of {@code corpus/}. */
    public static final Thresholds SEED = new Thresholds(0.90, 0.95, 0.90, 0.85, 0.92, 0.75, 1.0);

    /**
     * The same promise on the held-out articles, but for cross_document: the scorer groups persons by surname,
     * and two different Al-Thani stand in two articles there, so one IRI each scores 0.5.
     */
    public static final Thresholds HELD_OUT = new Thresholds(0.90, 0.95, 0.90, 0.85, 0.92, 0.75, 0.5);

    /** One line per figure below its threshold; empty when all are met. */
    public List<String> shortfalls(Scores s) {
        List<String> out = new ArrayList<>();
        check(out, "quote_attribution F1", s.quoteAttribution().f1(), attributionF1);
        check(out, "quote_attribution P", s.quoteAttribution().p(), attributionPrecision);
        check(out, "speaker_accuracy", s.speakerAccuracy().acc(), speakerAccuracy);
        check(out, "detentions F1", s.detentions().f1(), detentionsF1);
        check(out, "persons F1", s.persons().f1(), personsF1);
        check(out, "roles F1", s.roles().f1(), rolesF1);
        check(out, "cross_document", s.crossDocument().rate(), crossDocument);
        return out;
    }

    private static void check(List<String> out, String measure, double value, double threshold) {
        if (value < threshold) {
            out.add(String.format(Locale.ROOT, "%s %.3f < %.2f", measure, value, threshold));
        }
    }
}
