package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.text.Fold;

/**
 * Groups the quotations of the corpus that report the same statement: same speaker, same words up to small
 * variations (« une conversation franche et directe » / « une discussion franche et directe »), or one a
 * fragment of the other. Each group is one statement with several reports; the reports keep their own
 * provenance.
 */
public final class StatementGroups {

    /** Share of the shorter quotation's words found in the longer one. */
    static final double CONTAINED = 0.8;
    /** Share of the longer quotation's words found in the shorter one. */
    static final double COVERED = 0.5;
    /** Fewer words than this are too common to corroborate anything. */
    static final int MIN_WORDS = 4;

    /** One quotation of one article. */
    public record Report(String iri, String speakerIri, String text) {
    }

    /** The words of a quotation, each with its count, and how many words it has: counted once, compared often. */
    record Bag(Map<String, Integer> counts, int size) {
    }

    private StatementGroups() {
    }

    /**
     * The groups with at least two reports, each listed in input order. Speakers are grouped in parallel: the
     * reports of one speaker are joined only with one another, each speaker's in slots of {@code parent} of
     * their own, so the groups are the same in any order (the build waits for this step with a core idle).
     */
    public static List<List<Report>> group(List<Report> reports) {
        int[] parent = new int[reports.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Bag> bags = reports.parallelStream().map(r -> bag(r.text())).toList();
        Map<String, List<Integer>> bySpeaker = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            bySpeaker.computeIfAbsent(reports.get(i).speakerIri(), k -> new ArrayList<>()).add(i);
        }
        bySpeaker.values().parallelStream().forEach(ofSpeaker -> joinSame(ofSpeaker, bags, parent));
        Map<Integer, List<Report>> groups = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    /** Joins, in {@code parent}, the reports of one speaker that give the same statement. */
    private static void joinSame(List<Integer> ofSpeaker, List<Bag> bags, int[] parent) {
        // the same words again (a quotation many articles repeat) join the first report with them, unread
        Map<Bag, Integer> firstWithBag = new HashMap<>();
        List<Integer> distinct = new ArrayList<>();
        for (int i : ofSpeaker) {
            Integer first = firstWithBag.putIfAbsent(bags.get(i), i);
            if (first == null) {
                distinct.add(i);
            } else if (bags.get(i).size() >= MIN_WORDS) {
                parent[find(parent, i)] = find(parent, first);
            }
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        distinct.forEach(i -> bags.get(i).counts().keySet().forEach(w -> postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i)));
        for (int i : distinct) {
            for (int j : candidates(bags.get(i), postings)) {
                // a report already in i's group is not compared: a quotation many articles give in slightly
                // different words is compared once with each group, not with each of its reports
                if (find(parent, i) != find(parent, j) && same(bags.get(i), bags.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
    }

    /**
     * The reports that could hold {@code bag} as their shorter side: a report holds at least {@link #CONTAINED}
     * of the shorter's words, so it holds one of the shorter's k rarest words, k being one more than the words
     * the shorter may miss. Looking only there keeps the grouping near linear (prefix filtering).
     */
    private static Set<Integer> candidates(Bag bag, Map<String, List<Integer>> postings) {
        int k = (int) Math.floor((1 - CONTAINED) * bag.size()) + 1;
        Set<Integer> found = new HashSet<>();
        bag.counts().keySet().stream().sorted(Comparator.comparingInt((String w) -> postings.get(w).size()).thenComparing(w -> w))
                .limit(k).forEach(w -> found.addAll(postings.get(w)));
        return found;
    }

    static boolean same(Bag a, Bag b) {
        int na = a.size();
        int nb = b.size();
        if (Math.min(na, nb) < MIN_WORDS) {
            return false;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : a.counts().entrySet()) {
            common += Math.min(e.getValue(), b.counts().getOrDefault(e.getKey(), 0));
        }
        return common >= CONTAINED * Math.min(na, nb) && common >= COVERED * Math.max(na, nb);
    }

    static Bag bag(String text) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> words = Fold.words(text);
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return new Bag(counts, words.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
