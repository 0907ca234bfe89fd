package org.newskg.extract;

/**
 * Who the article says spoke: a person of the article ({@code personId}), an organisation ({@code label}
 * as printed), or an unnamed source ({@code label} describes it, e.g. "une source familière").
 */
public record Speaker(Kind kind, String personId, String label) {

    public enum Kind { PERSON, ORGANIZATION, UNNAMED }

    public static Speaker person(String personId) {
        return new Speaker(Kind.PERSON, personId, null);
    }

    public static Speaker organization(String label) {
        return new Speaker(Kind.ORGANIZATION, null, label);
    }

    public static Speaker unnamed(String label) {
        return new Speaker(Kind.UNNAMED, null, label);
    }
}
