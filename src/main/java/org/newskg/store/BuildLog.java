package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.article.ArticleProblem;

/** What a build tells as it goes: its progress, and the articles that failed or were skipped, with the reason. */
final class BuildLog {

    private final Path corpusDir;
    private final Progress progress;
    private final List<ArticleProblem> failures = new ArrayList<>();
    private final List<ArticleProblem> skipped = new ArrayList<>();

    BuildLog(Path corpusDir, Progress progress) {
        this.corpusDir = corpusDir;
        this.progress = progress;
    }

    Progress progress() {
        return progress;
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
