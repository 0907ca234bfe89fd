package org.newskg.article;

import java.nio.file.Path;

/** A corpus file that did not make it into the graph, and why. */
public record ArticleProblem(Path file, String reason) {
}
