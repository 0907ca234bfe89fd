package org.newskg.rdf;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Mints the IRIs of articles, entities and facts under one configurable base, so that the same entity gets
 * the same IRI in every article and every rebuild. The default base is served by {@code kg serve} under
 * {@code /id/}, which makes every IRI dereferenceable on a local server.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "http://localhost:3030/id/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris defaults() {
        return new Iris(System.getProperty("newskg.base", DEFAULT_BASE));
    }

    public String base() {
        return base;
    }

    public String article(String stem) {
        return base + "article/" + slug(stem);
    }

    public String person(String slug) {
        return base + "person/" + slug;
    }

    public String organization(String name) {
        return base + "org/" + slug(name);
    }

    public String country(String isoCode) {
        return base + "country/" + isoCode.toUpperCase(Locale.ROOT);
    }

    public String place(String name) {
        return base + "place/" + slug(name);
    }

    /** A fact of one article: {@code kind} is "quote", "detention", ...; {@code n} its rank in the article. */
    public String fact(String articleStem, String kind, int n) {
        return base + "article/" + slug(articleStem) + "/" + kind + "-" + n;
    }

    /** A statement reported by several quotations; {@code id} is derived from its reports. */
    public String statementGroup(String id) {
        return base + "statement/" + id;
    }

    public String extractor(String name) {
        return base + "extractor/" + slug(name);
    }

    /** The named graph of entity labels and aliases gathered across the corpus. */
    public String entitiesGraph() {
        return base + "graph/entities";
    }

    /**
     * Lower-case ASCII words joined by hyphens: accents folded, everything else dropped. One pass over the
     * characters, without regular expressions: a build mints it for every fact of every article.
     */
    public static String slug(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                continue;  // what NFKD split from a letter: é is e and an accent
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.') {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.isEmpty() ? "_" : slug.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
