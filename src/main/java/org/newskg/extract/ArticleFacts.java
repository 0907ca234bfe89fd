package org.newskg.extract;

import java.util.List;
import org.newskg.article.Article;

/** Everything extracted from one article: a pure function of its text and the static resources. */
public record ArticleFacts(Article article, String language, List<PersonMention> persons,
                           List<Statement> statements, List<Detention> detentions, List<RoleFact> roles,
                           List<Meeting> meetings) {

    public PersonMention person(String id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no person " + id + " in " + article.fileName()));
    }
}
