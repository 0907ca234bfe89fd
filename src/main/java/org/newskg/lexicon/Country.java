package org.newskg.lexicon;

import java.util.Set;

/**
 * A country or territory of ISO 3166-1.
 *
 * @param code   alpha-2 code
 * @param name   the French name (CLDR)
 * @param names  every French form the lexicon recognises, the name included
 * @param gender gender and number of the name, which choose the preposition: m (au), f (en), mpl|fpl (aux)
 */
public record Country(String code, String name, Set<String> names, String gender) {
}
