package org.newskg.text;

/**
 * "N'Guessan", "N'Djamena", "N'Golo": an initial N' before a capital and a small letter opens a West African
 * name, not the elided "ne" ("N'OUBLIEZ", "N'est-ce pas" are not of that shape). The tokenizer and the lexicon's
 * phrase cutter both ask here, so that a name in the text and in a list are cut alike.
 */
public final class NameApostrophe {

    private NameApostrophe() {
    }

    /** Whether the apostrophe at {@code apostrophe}, after a word starting at {@code start}, is inside a name. */
    public static boolean inName(CharSequence text, int start, int apostrophe) {
        return apostrophe == start + 1 && text.charAt(start) == 'N' && apostrophe + 2 < text.length()
                && Character.isUpperCase(text.charAt(apostrophe + 1))
                && Character.isLowerCase(text.charAt(apostrophe + 2));
    }
}
