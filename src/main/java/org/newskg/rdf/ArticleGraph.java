package org.newskg.rdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * One article's triples, as {@link FactsToRdf} makes them to be stored: a set in the order they were added,
 * without indexes. Jena's in-memory graph indexes every triple three ways, which cost a build more than storing
 * the triples did; a graph of a few hundred triples is read once, whole, and a pattern can scan it.
 */
final class ArticleGraph extends GraphBase {

    private final Set<Triple> triples = new LinkedHashSet<>();

    @Override
    public void performAdd(Triple t) {
        triples.add(t);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (pattern.equals(Triple.ANY)) {  // the whole graph, as it is stored
            return WrappedIterator.create(triples.iterator());
        }
        return WrappedIterator.create(triples.stream().filter(pattern::matches).iterator());
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
