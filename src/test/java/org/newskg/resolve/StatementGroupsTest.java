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
}
