package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.StatementGroups.Report;

class StatementGroupsTest {

    @Test
    void sameSpeakerSameWordsUpToAVariantIsOneStatement() {
        Report a = new Report("q1", "p:blinken", "Nous avons eu une conversation franche et directe");
        Report b = new Report("q2", "p:blinken", "Nous avons eu une discussion franche et directe");
        Report c = new Report("q3", "p:lavrov", "Nous avons eu une discussion franche et directe");
        Report d = new Report("q4", "p:blinken", "Le monde ne reconnaîtra pas les annexions");
        assertEquals(List.of(List.of(a, b)), StatementGroups.group(List.of(a, b, c, d)));
    }

    @Test
    void aFragmentJoinsTheQuoteItComesFromButShortWordsDoNot() {
        Report whole = new Report("q1", "p", "Je ne peux pas vous dire si je pense que les choses sont plus ou moins probables");
        Report part = new Report("q2", "p", "si je pense que les choses sont plus ou moins probables");
        Report tiny = new Report("q3", "p", "les choses");
        assertEquals(List.of(List.of(whole, part)), StatementGroups.group(List.of(whole, part, tiny)));
    }

    @Test
    void lookingOnlyAtRareWordsFindsEveryPairThatComparingAllPairsFinds() {
        java.util.Random random = new java.util.Random(7);
        String[] vocabulary = "nous avons une conversation franche directe monde accord libération prison russe échange semaine propos délicat travail".split(" ");
        List<Report> reports = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 4 + random.nextInt(8); w < n; w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            reports.add(new Report("q" + i, "p" + random.nextInt(3), text.toString()));
            if (random.nextInt(4) == 0) {
                reports.add(new Report("q" + i + "v", reports.get(reports.size() - 1).speakerIri(),
                        text.toString().replaceFirst("\\S+", vocabulary[random.nextInt(vocabulary.length)])));
            }
        }
        assertEquals(partition(bruteForce(reports)), partition(StatementGroups.group(reports)));
    }

    /** Every pair compared: what the grouping must equal. */
    private static List<List<Report>> bruteForce(List<Report> reports) {
        int[] group = new int[reports.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                if (reports.get(i).speakerIri().equals(reports.get(j).speakerIri())
                        && StatementGroups.same(StatementGroups.bag(reports.get(i).text()), StatementGroups.bag(reports.get(j).text()))) {
                    int from = group[j];
                    int to = group[i];
                    for (int k = 0; k < group.length; k++) {
                        if (group[k] == from) {
                            group[k] = to;
                        }
                    }
                }
            }
        }
        java.util.Map<Integer, List<Report>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < group.length; i++) {
            groups.computeIfAbsent(group[i], k -> new java.util.ArrayList<>()).add(reports.get(i));
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static java.util.Set<java.util.Set<String>> partition(List<List<Report>> groups) {
        return groups.stream().map(g -> g.stream().map(Report::iri).collect(java.util.stream.Collectors.toSet()))
                .collect(java.util.stream.Collectors.toSet());
    }
}
