package org.newskg.lexicon;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;
import org.newskg.text.Fold;

/**
 * A text's tokens folded for look-ups, each still knowing whether it was written with a capital: what
 * {@link PhraseMatcher} needs for the entries whose capitals bind ("^Damas", "^Conseil"), which folding alone
 * would make match no text at all.
 */
public final class FoldedTokens extends AbstractList<String> implements RandomAccess {

    private final List<String> folded = new ArrayList<>();
    private final BitSet capitalised = new BitSet();

    /** Adds a token as written. */
    public void add(CharSequence token, boolean capital) {
        if (capital) {
            capitalised.set(folded.size());
        }
        folded.add(Fold.of(token.toString()));
    }

    @Override
    public String get(int index) {
        return folded.get(index);
    }

    @Override
    public int size() {
        return folded.size();
    }

    /** Whether token {@code index} was written with a capital. */
    public boolean capitalised(int index) {
        return capitalised.get(index);
    }
}
