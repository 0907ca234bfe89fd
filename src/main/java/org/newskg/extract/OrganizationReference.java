package org.newskg.extract;

import java.util.Optional;
import org.newskg.lexicon.Lexicon;
import org.newskg.mention.Doc;
import org.newskg.mention.WordList;
import org.newskg.text.Fold;

/**
 * "a déclaré l'organisation", "selon l'ONG": a general noun standing for the organisation the article named
 * last, within a few sentences.
 */
final class OrganizationReference {

    private static final WordList ANAPHORS = WordList.load("extract/organization-anaphors.txt");
    /** How many sentences back the named organisation may stand. */
    private static final int REACH = 3;

    private final Lexicon lex;
    private final Doc doc;

    OrganizationReference(Lexicon lex, Doc doc) {
        this.lex = lex;
        this.doc = doc;
    }

    /** Whether {@code label}, an organisation's label as read, is only a general noun. */
    static boolean isAnaphor(String label) {
        return ANAPHORS.contains(Fold.of(label));
    }

    /** The name of the last capitalised organisation before token {@code k}, in the same or recent sentences. */
    Optional<String> namedBefore(int k) {
        int first = doc.sentenceStart(Math.max(0, doc.sentenceOf(k) - REACH));
        for (int m = k - 1; m >= first; m--) {
            if (!doc.token(m).isCapitalized() || doc.quoted(m) || (m > 0 && doc.token(m - 1).isCapitalized()
                    && lex.organizations().longestAt(doc.foldedTokens(), m - 1).isPresent())) {
                continue;
            }
            int length = lex.organizations().longestAt(doc.foldedTokens(), m).map(o -> o.length()).orElse(0);
            if (length > 0 && !isAnaphor(doc.span(m, m + length))) {
                return Optional.of(doc.span(m, m + length));
            }
        }
        return Optional.empty();
    }
}
