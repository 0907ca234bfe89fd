package org.newskg.store;

import java.util.List;
import java.util.Locale;
import org.newskg.article.ArticleProblem;

/**
 * What a build did. Articles are counted once: new, changed (re-extracted because the file or the extractor
 * changed), relinked (unchanged, but the corpus-wide person resolution moved one of its names: its person
 * nodes renamed, or the article re-extracted), unchanged, removed (file deleted), skipped (not French: stored without facts) or failed (the
 * store keeps what it had for the file).
 *
 * @param triples the distinct triples of the union graph after the build
 */
public record BuildReport(int added, int changed, int relinked, int unchanged, int removed,
                          List<ArticleProblem> skipped, List<ArticleProblem> failures, long triples, double seconds) {

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /** One line: {@code articles: 3 new, 1 changed, ... ; 5120 triples; 2.4 s}. */
    public String summary() {
        return String.format(Locale.ROOT,
                "articles: %d new, %d changed, %d relinked, %d unchanged, %d removed, %d skipped, %d failed;"
                        + " %d triples; %.1f s",
                added, changed, relinked, unchanged, removed, skipped.size(), failures.size(), triples, seconds);
    }
}
