package org.newskg.extract;

/**
 * Who the article says spoke: a person of the article ({@code personId}), an organisation ({@code label}
 * as printed, with the {@code acronym} the article gives it in brackets, or null), or an unnamed source
 * ({@code label} describes it, e.g. "une source familière").
 */
public record Speaker(Kind kind, String personId, String label, String acronym) {

    public enum Kind { PERSON, ORGANIZATION, UNNAMED }

    public static Speaker person(String personId) {
        return new Speaker(Kind.PERSON, personId, null, null);
    }

    public static Speaker organization(String label) {
        return organization(label, null);
    }

    public static Speaker organization(String label, String acronym) {
        return new Speaker(Kind.ORGANIZATION, null, label, acronym);
    }

    public static Speaker unnamed(String label) {
        return new Speaker(Kind.UNNAMED, null, label, null);
    }
}
