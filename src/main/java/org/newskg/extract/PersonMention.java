package org.newskg.extract;

import java.util.Set;
import org.newskg.lexicon.Gender;

/**
 * A person named in one article, after the article's own coreference: {@code name} is the fullest form
 * the article gives, {@code forms} every form seen (surname alone, "M. X", ...).
 *
 * @param id    local to the article ({@code p1}, {@code p2}, ...)
 * @param first where the person is first named
 */
public record PersonMention(String id, String name, Set<String> forms, Gender gender, Evidence first) {
}
