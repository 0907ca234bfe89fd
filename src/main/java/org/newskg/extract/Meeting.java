package org.newskg.extract;

import java.util.List;

/**
 * A meeting or a call between people of the article, with its date and place when stated.
 *
 * @param date        the date as printed ("vendredi", "le 21 janvier"), or null
 * @param place       the place as printed, or null
 * @param countryCode ISO code of the place's country, or null
 */
public record Meeting(Kind kind, List<String> participantIds, String date, String place, String countryCode,
                      Evidence evidence) {

    public enum Kind { MEETING, CALL }
}
