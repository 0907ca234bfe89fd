package org.newskg.extract;

/**
 * A person the article says is or was held by a state.
 *
 * @param countryCode    ISO 3166-1 alpha-2 code of the country holding the person
 * @param place          the city, region or prison named, or null
 * @param sentenceLength the prison term as printed ("neuf ans"), or null
 */
public record Detention(String personId, String countryCode, String place, String sentenceLength, Evidence evidence) {
}
