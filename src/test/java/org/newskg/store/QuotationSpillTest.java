package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.StatementGroups.Report;

class QuotationSpillTest {

    private static final String P = "http://example.org/person/";

    private static Report quote(String article, int n, String speaker, String text) {
        return new Report("http://example.org/article/" + article + "/quote-" + n, P + speaker, text);
    }

    @Test
    void everyQuotationComesBackRelinkedWithAllOfItsSpeakersInOneBucket() {
        List<Report> a1 = List.of(quote("a1", 1, "lavrov", "Nous n'avons rien à ajouter sur ce dossier"),
                quote("a1", 2, "blinken", "Une conversation franche et directe"));
        List<Report> a2 = List.of(quote("a2", 1, "s-lavrov", "Nous n'avons rien à ajouter à ce dossier"),
                quote("a2", 2, "zakharova", "Une provocation de plus"), quote("a2", 3, "blinken", "Franche et directe"));
        List<List<Report>> buckets = new ArrayList<>();
        try (QuotationSpill spill = new QuotationSpill(64)) {
            spill.add("a1.txt", a1);
            spill.add("a2.txt", a2);
            // the final resolution found that a2's "s-lavrov" is a1's "lavrov"
            spill.forEachBucket((file, r) -> file.equals("a2.txt") && r.speakerIri().equals(P + "s-lavrov")
                    ? new Report(r.iri(), P + "lavrov", r.text()) : r, buckets::add);
        }

        assertTrue(buckets.size() > 1, "small buckets: " + buckets.size());
        List<Report> back = buckets.stream().flatMap(List::stream).toList();
        Set<Report> expected = new HashSet<>(a1);
        expected.add(new Report(a2.get(0).iri(), P + "lavrov", a2.get(0).text()));
        expected.addAll(a2.subList(1, 3));
        assertEquals(expected, new HashSet<>(back));
        assertEquals(5, back.size());
        for (String speaker : Set.of(P + "lavrov", P + "blinken", P + "zakharova")) {
            assertEquals(1, buckets.stream().filter(b -> b.stream().anyMatch(r -> r.speakerIri().equals(speaker))).count(),
                    speaker);
        }
    }

    @Test
    void aQuotationLongerThanWriteUtfAllowsComesBackWhole() {
        String longText = "« Nous demandons sa libération immédiate. » ".repeat(3000);
        List<Report> back = new ArrayList<>();
        try (QuotationSpill spill = new QuotationSpill()) {
            spill.add("a1.txt", List.of(quote("a1", 1, "ngo", longText)));
            spill.forEachBucket((file, r) -> r, back::addAll);
        }
        assertEquals(List.of(quote("a1", 1, "ngo", longText)), back);
    }
}
