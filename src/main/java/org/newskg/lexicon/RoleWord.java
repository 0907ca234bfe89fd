package org.newskg.lexicon;

/**
 * A title that names what a person is.
 *
 * @param form   the entry as printed, lower case ("ministre des affaires étrangères")
 * @param gender the gender the form marks; UNKNOWN when masculine and feminine are spelt alike
 * @param kind   "office" (a position held) or "profession"
 */
public record RoleWord(String form, Gender gender, String kind) {
}
