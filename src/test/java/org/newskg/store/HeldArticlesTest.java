package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.PersonResolver;
import org.newskg.resolve.ResolvedPerson;
import org.newskg.store.StoredArticle.PersonLink;

class HeldArticlesTest {

    private static final List<Set<String>> BATCH = List.of(
            Set.of("Sergeï Lavrov", "Zakharova"), Set.of("Lavrov", "Jake Sullivan", "Wang"));

    @Test
    void aBatchResolvesAsItWouldAmongEveryNameTheStoreHolds() {
        List<StoredArticle> stored = List.of(
                article("a1", "Lavrov", "Antony Blinken", "Wang Yi"),
                article("a2", "Sergueï Lavrov", "Blinken", "Maria Zakharova", "Wang Wenbin"),
                article("a3", "Lavrov", "Sullivan"));
        HeldArticles held = new HeldArticles(stored);

        assertSameAsResolvingEverything(held.resolveWith(BATCH), stored);
    }

    @Test
    void aRemovedArticleNoLongerCounts() {
        StoredArticle onlyMaria = article("a2", "Maria Zakharova");
        List<StoredArticle> kept = List.of(article("a1", "Lavrov", "Jake Sullivan"));
        HeldArticles held = new HeldArticles(List.of(kept.get(0), onlyMaria));
        held.remove("a2.txt");

        assertSameAsResolvingEverything(held.resolveWith(BATCH), kept);
        assertEquals("Zakharova", held.resolveWith(BATCH).get("Zakharova").label());
    }

    /** What a large corpus holds grows with its persons: the articles naming one person alike share one link. */
    @Test
    void articlesThatLinkANameAlikeShareOneLink() {
        HeldArticles held = new HeldArticles(List.of(article("a1", "Lavrov", "Antony Blinken"),
                article("a2", "Lavrov"), article("a3", "Maria Zakharova")));
        held.put(article("a4", "Maria Zakharova", "Lavrov"));

        PersonLink lavrov = link(held.get("a1.txt"), "Lavrov");
        assertSame(lavrov, link(held.get("a2.txt"), "Lavrov"));
        assertSame(lavrov, link(held.get("a4.txt"), "Lavrov"));
        assertSame(link(held.get("a3.txt"), "Maria Zakharova"), link(held.get("a4.txt"), "Maria Zakharova"));
        assertEquals(article("a4", "Maria Zakharova", "Lavrov"), held.get("a4.txt"));
    }

    private static PersonLink link(StoredArticle article, String name) {
        return article.persons().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertSameAsResolvingEverything(Map<String, ResolvedPerson> batch, List<StoredArticle> stored) {
        Map<String, Integer> counts = new HashMap<>();
        stored.forEach(a -> a.names().forEach(n -> counts.merge(n, 1, Integer::sum)));
        BATCH.forEach(names -> names.forEach(n -> counts.merge(n, 1, Integer::sum)));
        Map<String, ResolvedPerson> everything = PersonResolver.resolve(counts);
        BATCH.stream().flatMap(Set::stream).forEach(n -> assertEquals(everything.get(n), batch.get(n), n));
    }

    private static StoredArticle article(String stem, String... names) {
        Set<PersonLink> links = Set.of(names).stream()
                .map(n -> new PersonLink(n, "http://example.org/person/" + n, n)).collect(Collectors.toSet());
        return new StoredArticle("http://example.org/article/" + stem, stem + ".txt", "0", "x", links);
    }
}
