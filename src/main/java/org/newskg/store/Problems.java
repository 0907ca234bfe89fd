package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.article.ArticleProblem;

/** The articles of a build that failed, and those skipped, each with the reason. */
final class Problems {

    private final Path corpusDir;
    private final List<ArticleProblem> failures = new ArrayList<>();
    private final List<ArticleProblem> skipped = new ArrayList<>();

    Problems(Path corpusDir) {
        this.corpusDir = corpusDir;
    }

    void fail(ArticleProblem problem) {
        failures.add(problem);
    }

    void fail(String fileName, String reason) {
        fail(new ArticleProblem(corpusDir.resolve(fileName), reason));
    }

    void skip(String fileName, String reason) {
        skipped.add(new ArticleProblem(corpusDir.resolve(fileName), reason));
    }

    List<ArticleProblem> failures() {
        return List.copyOf(failures);
    }

    List<ArticleProblem> skipped() {
        return List.copyOf(skipped);
    }
}
