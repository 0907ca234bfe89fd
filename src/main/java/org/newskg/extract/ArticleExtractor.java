package org.newskg.extract;

import java.util.List;
import org.newskg.article.Article;
import org.newskg.nlp.FrenchNlp;

/**
 * Extracts the facts of one article. A pure function of the article and the static resources, with no
 * shared mutable state: one instance serves every thread.
 */
public final class ArticleExtractor {

    private final FrenchNlp nlp;

    public ArticleExtractor(FrenchNlp nlp) {
        this.nlp = nlp;
    }

    public static ArticleExtractor load() {
        return new ArticleExtractor(FrenchNlp.load());
    }

    public ArticleFacts extract(Article article) {
        return new ArticleFacts(article, nlp.language(article.text()), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
