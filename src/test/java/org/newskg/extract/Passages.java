package org.newskg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.article.Article;

/**
 * Extraction on short passages written for the tests, and the facts it yields in a form a test can compare with
 * what a careful reader expects. One extractor, loaded on first use, serves every test class.
 */
public final class Passages {

    private Passages() {
    }

    private static final class Loaded {
        static final ArticleExtractor EXTRACTOR = ArticleExtractor.load();
    }

    public static ArticleFacts extract(String text) {
        return Loaded.EXTRACTOR.extract(new Article("t.txt", text, Optional.empty(), "0"));
    }

    /** Each quotation's text with its speaker: a person's fullest name, "org:label", or "?" for unnamed. */
    public static List<String> quotes(ArticleFacts f) {
        return f.statements().stream().filter(s -> s.kind() == Statement.Kind.QUOTATION)
                .map(s -> s.text() + " | " + speaker(f, s.speaker())).toList();
    }

    public static String speaker(ArticleFacts f, Speaker s) {
        return switch (s.kind()) {
            case PERSON -> f.person(s.personId()).name();
            case ORGANIZATION -> "org:" + s.label() + (s.acronym() != null ? " (" + s.acronym() + ")" : "");
            case UNNAMED -> "?";
        };
    }

    /** "Full Name CC" for every detention. */
    public static Set<String> detentions(ArticleFacts f) {
        return f.detentions().stream().map(d -> f.person(d.personId()).name() + " " + d.countryCode())
                .collect(Collectors.toSet());
    }

    /** "Full Name: role" for every role fact. */
    public static Set<String> roles(ArticleFacts f) {
        return f.roles().stream().map(r -> f.person(r.personId()).name() + ": " + r.role()).collect(Collectors.toSet());
    }
}
