package org.newskg.eval;

import static org.newskg.eval.NameMatching.MIN_QUOTE_WORDS;
import static org.newskg.eval.NameMatching.OVERLAP;
import static org.newskg.eval.NameMatching.fold;
import static org.newskg.eval.NameMatching.nameKey;
import static org.newskg.eval.NameMatching.quoteOverlap;
import static org.newskg.eval.NameMatching.samePerson;
import static org.newskg.eval.NameMatching.speakerOk;
import static org.newskg.eval.NameMatching.words;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.newskg.eval.GoldArticle.Quote;
import org.newskg.eval.Scores.CrossDocument;
import org.newskg.eval.Scores.SpeakerAccuracy;

/**
 * Scores the results of the four evaluation queries against gold annotations: a port of
 * {@code ../shared/eval/score.py} (its function {@code score}), giving the same figures on the same CSV.
 * Only rows of articles the gold describes count.
 */
public final class GoldScorer {

    /** Python's order of strings and of tuples of strings: by code point. */
    private static final Comparator<String> CODE_POINTS = (a, b) -> {
        var ia = a.codePoints().iterator();
        var ib = b.codePoints().iterator();
        while (ia.hasNext() && ib.hasNext()) {
            int c = Integer.compare(ia.nextInt(), ib.nextInt());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(ia.hasNext(), ib.hasNext());
    };
    private static final Comparator<List<String>> TUPLES = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = CODE_POINTS.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final Map<String, GoldArticle> gold;

    public GoldScorer(Map<String, GoldArticle> gold) {
        this.gold = gold;
    }

    /** Scores CSV results already made: {@code GoldScorer GOLD.jsonl CSV_DIR} prints score.py's report. */
    public static void main(String[] args) throws IOException {
        Scores scores = new GoldScorer(GoldArticle.read(Path.of(args[0]))).score(QueryResults.readDir(Path.of(args[1])));
        scores.report().forEach(System.out::println);
    }

    public Scores score(QueryResults results) {
        Map<String, List<Map<String, String>>> quotes = byFile(results.quotes().stream()
                .filter(r -> words(get(r, "text")).size() >= MIN_QUOTE_WORDS).toList());
        return new Scores(quoteSpans(quotes), quoteAttribution(quotes), detentions(byFile(results.detentions())),
                persons(byFile(results.persons())), roles(byFile(results.roles())), speakerAccuracy(quotes),
                crossDocument(byFile(results.persons())));
    }

    /** Quoted spans found, regardless of speaker. */
    private Prf quoteSpans(Map<String, List<Map<String, String>>> quotes) {
        int tp = 0, npred = 0, ngold = 0;
        for (GoldArticle g : gold.values()) {
            List<Map<String, String>> preds = quotes.get(g.file());
            tp += matchPairs(preds, g.quotes(), (p, q) -> quoteOverlap(get(p, "text"), q.text()) >= OVERLAP);
            npred += preds.size();
            ngold += g.quotes().size();
        }
        return Prf.of(tp, npred, ngold);
    }

    /** Person-said-quote: predictions that name a speaker, against gold quotes that have one. */
    private Prf quoteAttribution(Map<String, List<Map<String, String>>> quotes) {
        int tp = 0, npred = 0, ngold = 0;
        for (GoldArticle g : gold.values()) {
            List<Quote> golds = g.quotes().stream().filter(q -> q.speaker() != null && !q.speaker().isEmpty()).toList();
            List<Map<String, String>> preds = quotes.get(g.file()).stream()
                    .filter(p -> !get(p, "speakerName").isEmpty()).toList();
            tp += matchPairs(preds, golds, (p, q) -> quoteOverlap(get(p, "text"), q.text()) >= OVERLAP
                    && speakerOk(get(p, "speakerName"), q, g.persons()));
            npred += preds.size();
            ngold += golds.size();
        }
        return Prf.of(tp, npred, ngold);
    }

    /** Every gold quote, whatever its source, against the prediction that overlaps it most. */
    private SpeakerAccuracy speakerAccuracy(Map<String, List<Map<String, String>>> quotes) {
        int correct = 0, total = 0;
        for (GoldArticle g : gold.values()) {
            for (Quote q : g.quotes()) {
                total++;
                Map<String, String> best = null;
                double bestOverlap = 0;
                for (Map<String, String> p : quotes.get(g.file())) {
                    double overlap = quoteOverlap(get(p, "text"), q.text());
                    if (best == null || overlap > bestOverlap) {
                        best = p;
                        bestOverlap = overlap;
                    }
                }
                if (best != null && bestOverlap >= OVERLAP && speakerOk(get(best, "speakerName"), q, g.persons())) {
                    correct++;
                }
            }
        }
        return new SpeakerAccuracy(correct, total, total > 0 ? Prf.round3((double) correct / total) : 1.0);
    }

    private Prf detentions(Map<String, List<Map<String, String>>> detentions) {
        int tp = 0, npred = 0, ngold = 0;
        for (GoldArticle g : gold.values()) {
            List<List<String>> preds = distinctSorted(detentions.get(g.file()),
                    r -> List.of(get(r, "personName"), get(r, "countryCode").toUpperCase(Locale.ROOT)));
            List<List<String>> golds = g.detentions().stream()
                    .map(d -> List.of(d.person(), d.country().toUpperCase(Locale.ROOT))).toList();
            tp += matchPairs(preds, golds, (p, d) -> p.get(1).equals(d.get(1)) && samePerson(p.get(0), d.get(0)));
            npred += preds.size();
            ngold += golds.size();
        }
        return Prf.of(tp, npred, ngold);
    }

    private Prf persons(Map<String, List<Map<String, String>>> persons) {
        int tp = 0, npred = 0, ngold = 0;
        for (GoldArticle g : gold.values()) {
            List<String> preds = distinctSorted(persons.get(g.file()), r -> List.of(get(r, "name"))).stream()
                    .map(t -> t.get(0)).toList();
            tp += matchPairs(preds, g.persons(), NameMatching::samePerson);
            npred += preds.size();
            ngold += g.persons().size();
        }
        return Prf.of(tp, npred, ngold);
    }

    /** A role matches when one wording contains the other, accents and case folded. */
    private Prf roles(Map<String, List<Map<String, String>>> roles) {
        int tp = 0, npred = 0, ngold = 0;
        for (GoldArticle g : gold.values()) {
            List<List<String>> preds = distinctSorted(roles.get(g.file()),
                    r -> List.of(get(r, "personName"), get(r, "role")));
            tp += matchPairs(preds, g.roles(), (p, r) -> samePerson(p.get(0), r.person())
                    && (fold(p.get(1)).contains(fold(r.role())) || fold(r.role()).contains(fold(p.get(1))))
                    && !pythonStrip(p.get(1)).isEmpty());
            npred += preds.size();
            ngold += g.roles().size();
        }
        return Prf.of(tp, npred, ngold);
    }

    /** Of the persons (by surname) the gold names in several articles, those whose rows all carry one IRI. */
    private CrossDocument crossDocument(Map<String, List<Map<String, String>>> persons) {
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Set<String>> files = new HashMap<>();
        for (GoldArticle g : gold.values()) {
            for (String name : g.persons()) {
                String surname = nameKey(name).surname();
                names.computeIfAbsent(surname, k -> new HashSet<>()).add(name);
                files.computeIfAbsent(surname, k -> new HashSet<>()).add(g.file());
            }
        }
        int multi = 0, oneIri = 0;
        for (var entry : files.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            multi++;
            Set<String> iris = new HashSet<>();
            for (String file : entry.getValue()) {
                for (Map<String, String> p : persons.get(file)) {
                    if (names.get(entry.getKey()).stream().anyMatch(n -> samePerson(get(p, "name"), n))) {
                        iris.add(p.get("person"));
                    }
                }
            }
            oneIri += iris.size() == 1 ? 1 : 0;
        }
        return new CrossDocument(multi, oneIri, multi > 0 ? Prf.round3((double) oneIri / multi) : 1.0);
    }

    /** Greedy one-to-one matching in the given orders; the number of matched pairs. */
    static <P, G> int matchPairs(List<P> preds, List<G> golds, BiPredicate<P, G> ok) {
        boolean[] used = new boolean[golds.size()];
        int tp = 0;
        for (P p : preds) {
            for (int i = 0; i < golds.size(); i++) {
                if (!used[i] && ok.test(p, golds.get(i))) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    private Map<String, List<Map<String, String>>> byFile(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> byFile = new HashMap<>();
        gold.keySet().forEach(f -> byFile.put(f, new ArrayList<>()));
        for (Map<String, String> row : rows) {
            List<Map<String, String>> list = byFile.get(row.get("file"));
            if (list != null) {
                list.add(row);
            }
        }
        return byFile;
    }

    private static List<List<String>> distinctSorted(List<Map<String, String>> rows,
                                                     Function<Map<String, String>, List<String>> key) {
        Set<List<String>> set = new TreeSet<>(TUPLES);
        rows.forEach(r -> set.add(key.apply(r)));
        return new ArrayList<>(set);
    }

    /** A column's value, empty where the row lacks it. */
    private static String get(Map<String, String> row, String column) {
        return row.getOrDefault(column, "");
    }

    private static String pythonStrip(String s) {
        int start = 0, end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
