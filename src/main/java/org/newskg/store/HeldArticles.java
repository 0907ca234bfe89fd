package org.newskg.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.resolve.PersonResolver;
import org.newskg.resolve.ResolvedPerson;
import org.newskg.store.StoredArticle.PersonLink;

/**
 * The articles the store holds, each with the persons its names are linked to, kept in step with the writes
 * of a build; and, for person resolution, how many of them give each name.
 */
final class HeldArticles {

    private final Map<String, StoredArticle> byFile = new HashMap<>();
    /**
     * Each link once, shared by the articles that make it: most articles name the same persons the same way,
     * so the links held grow with the persons of the corpus, not with its articles. A link no article makes
     * any more stays until the build ends.
     */
    private final Map<PersonLink, PersonLink> links = new HashMap<>();
    private final Map<String, Integer> articlesByName = new HashMap<>();
    /** The names of {@link #articlesByName} by {@link PersonResolver#surnameKey}. */
    private final Map<String, Set<String>> namesBySurname = new HashMap<>();

    HeldArticles(Collection<StoredArticle> stored) {
        stored.forEach(this::put);
    }

    StoredArticle get(String fileName) {
        return byFile.get(fileName);
    }

    Collection<StoredArticle> all() {
        return byFile.values();
    }

    /** The store now holds {@code article}, in place of what it held for the same file. */
    void put(StoredArticle article) {
        remove(article.fileName());
        byFile.put(article.fileName(), new StoredArticle(article.graph(), article.fileName(), article.sha256(),
                article.extractor(), article.persons().stream().map(l -> links.computeIfAbsent(l, k -> k))
                .collect(Collectors.toUnmodifiableSet())));
        article.names().forEach(n -> {
            articlesByName.merge(n, 1, Integer::sum);
            namesBySurname.computeIfAbsent(PersonResolver.surnameKey(n), k -> new HashSet<>()).add(n);
        });
    }

    /** The store no longer holds anything for {@code fileName}. */
    void remove(String fileName) {
        StoredArticle gone = byFile.remove(fileName);
        if (gone != null) {
            gone.names().forEach(name -> {
                if (articlesByName.computeIfPresent(name, (n, articles) -> articles == 1 ? null : articles - 1) == null) {
                    namesBySurname.computeIfPresent(PersonResolver.surnameKey(name),
                            (k, names) -> names.remove(name) && names.isEmpty() ? null : names);
                }
            });
        }
    }

    /** The persons of the names the store holds. */
    Map<String, ResolvedPerson> resolve() {
        return PersonResolver.resolve(articlesByName);
    }

    /**
     * The persons of the names of articles about to be stored, resolved with the names the store holds: only
     * with those of the same surname groups, which alone can change them. Resolving every name the store holds
     * for each batch made the build's time grow with the square of the corpus.
     */
    Map<String, ResolvedPerson> resolveWith(Collection<Set<String>> namesPerArticle) {
        Map<String, Integer> counts = new HashMap<>();
        namesPerArticle.forEach(names -> names.forEach(n -> {
            counts.merge(n, 1, Integer::sum);
            namesBySurname.getOrDefault(PersonResolver.surnameKey(n), Set.of())
                    .forEach(held -> counts.putIfAbsent(held, 0));
        }));
        counts.replaceAll((name, inBatch) -> inBatch + articlesByName.getOrDefault(name, 0));
        return PersonResolver.resolve(counts);
    }
}
