package org.newskg.store;

/** What {@link Export} writes: the union graph (Turtle, JSON-LD) or the dataset with its named graphs (TriG, N-Quads). */
public enum ExportFormat {
    TTL, TRIG, NQ, JSONLD
}
