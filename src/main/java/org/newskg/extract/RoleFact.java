package org.newskg.extract;

/**
 * A position, office or profession the article gives a person.
 *
 * @param role         the function as printed, lower case, without country or organisation ("porte-parole")
 * @param organization the organisation it is held in, as printed, or null
 * @param countryCode  ISO code of the country it is held for, or null
 */
public record RoleFact(String personId, String role, String organization, String countryCode, Evidence evidence) {
}
