package org.newskg.mention;

import org.newskg.lexicon.Gender;

/**
 * A role word or phrase in the text, tokens [{@code from}, {@code to}), with its label as printed in lower
 * case and without nationality ("ministre des affaires étrangères" for "ministre russe des Affaires
 * étrangères").
 */
public record RolePhrase(int from, int to, String label, Gender gender, String head, String kind) {

    public boolean isProfession() {
        return "profession".equals(kind);
    }
}
