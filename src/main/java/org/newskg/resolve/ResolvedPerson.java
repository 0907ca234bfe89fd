package org.newskg.resolve;

import java.util.Set;

/** One real person across the corpus: IRI slug, preferred label and every form seen. */
public record ResolvedPerson(String slug, String label, Set<String> forms) {
}
