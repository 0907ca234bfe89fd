package org.newskg.mention;

import org.newskg.lexicon.Gender;

/**
 * A person's name found in the text: tokens [{@code from}, {@code to}) of the {@link Doc}.
 *
 * @param form   the name as printed, civil title left out ("Lavrov" for "M. Lavrov")
 * @param gender what a civil title or a role before the name says
 * @param rule   the cue that made it a person's name
 */
public record NameMention(int from, int to, int sentence, String form, Gender gender, String rule, double confidence) {

    public int length() {
        return to - from;
    }
}
