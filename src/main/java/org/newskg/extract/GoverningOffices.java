package org.newskg.extract;

import org.newskg.mention.WordList;
import org.newskg.text.Fold;

/** The offices of those who govern a state ({@code extract/governing-offices.txt}), and every minister. */
final class GoverningOffices {

    private static final WordList GOVERNING = WordList.load("extract/governing-offices.txt");
    /** "ministre", "ministre des Affaires étrangères", …: every minister governs. */
    private static final String MINISTER = "ministre";

    private GoverningOffices() {
    }

    /** Whether a role, as a RoleFact or a RolePhrase labels it, is an office of government. */
    static boolean governs(String role) {
        String folded = Fold.of(role);
        return GOVERNING.contains(folded) || folded.startsWith(MINISTER);
    }
}
