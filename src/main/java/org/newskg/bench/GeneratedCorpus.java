package org.newskg.bench;

import java.nio.file.Path;

/** @param bytes the UTF-8 size of all its articles */
public record GeneratedCorpus(Path dir, int articles, long bytes) {
}
