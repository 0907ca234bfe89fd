package org.newskg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.PhraseMatch;
import org.newskg.lexicon.RoleWord;

/**
 * Finds role phrases ({@code roles.tsv}) around names: "le secrétaire d'État Antony Blinken" (before, with
 * nationality and organisation in between) and "Adrienne Watson, porte-parole du Conseil" (apposition).
 */
public final class RolePhrases {

    private static final int WINDOW = 10;
    private static final Set<String> PREPOSITIONS = Set.of("de", "d'", "du", "des");

    private final Lexicon lex;
    private final WordList affixes = WordList.load("mention/role-affixes.txt");
    private final WordList determiners = WordList.load("mention/determiners.txt");

    public RolePhrases(Lexicon lex) {
        this.lex = lex;
    }

    /** The role phrase starting at token {@code i}, nationality adjectives inside it skipped. */
    public Optional<RolePhrase> at(Doc doc, int i) {
        int end = Math.min(doc.sentenceEnd(doc.sentenceOf(i)), i + WINDOW);
        List<Integer> kept = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int k = i; k < end; k++) {
            String w = doc.folded(k);
            if (k > i && lex.countries().byDemonym(w).isPresent() && !doc.token(k).isCapitalized()) {
                continue;
            }
            kept.add(k);
            words.add(k == i && w.startsWith("ex-") ? w.substring(3) : w);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Optional<PhraseMatch<RoleWord>> m = lex.roles().longestAt(words, 0);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int last = kept.get(m.get().length() - 1);
        int from = i;
        StringBuilder label = new StringBuilder();
        if (i > 0 && affixes.contains(doc.folded(i - 1)) && doc.sentenceOf(i - 1) == doc.sentenceOf(i)) {
            from = i - 1;
            label.append(doc.token(i - 1).text()).append(' ');
        }
        for (int n = 0; n < m.get().length(); n++) {
            String t = doc.token(kept.get(n)).text();
            label.append(t);
            if (!t.endsWith("'") && !t.endsWith("\u2019")) {
                label.append(' ');
            }
        }
        RoleWord role = m.get().value();
        return Optional.of(new RolePhrase(from, last + 1, label.toString().trim().toLowerCase(Locale.ROOT),
                genderOf(doc, from, role), role.form(), role.kind()));
    }

    /**
     * A role phrase that ends right before token {@code nameStart}, modifiers allowed in between: nationality,
     * country, organisation, "de la", adjectives ("le ministre russe des Affaires étrangères Sergueï Lavrov",
     * "l'ambassadeur américain à Moscou, John Sullivan"). A name in between ("le marchand d'armes Viktor Bout,
     * Brittney Griner") ends the search.
     */
    public Optional<RolePhrase> before(Doc doc, int nameStart) {
        int sentenceStart = doc.sentenceStart(doc.sentenceOf(nameStart));
        if (nameStart > 0 && PREPOSITIONS.contains(doc.folded(nameStart - 1))) {
            return Optional.empty();
        }
        int beforeName = nameStart;
        if (beforeName > 0 && Grammar.title(doc.folded(beforeName - 1)) && doc.token(beforeName - 1).isCapitalized()) {
            beforeName--; // "l'avocate de la famille, Me Hélène Garnier"
        }
        boolean comma = beforeName > 0 && ",".equals(doc.folded(beforeName - 1));
        int end = comma ? beforeName - 1 : beforeName;
        for (int j = end - 1; j >= Math.max(sentenceStart, nameStart - WINDOW); j--) {
            Optional<RolePhrase> r = at(doc, j);
            if (r.isPresent() && r.get().to() <= end && modifiersOnly(doc, r.get().to(), end, comma)) {
                return r;
            }
            if (doc.token(j).isPunctuation() || "VERB".equals(doc.pos(j))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * ", porte-parole du Conseil", ", un trafiquant d'armes", ", le célèbre trafiquant d'armes" right after a
     * name ending before {@code nameEnd}.
     */
    public Optional<RolePhrase> apposition(Doc doc, int nameEnd) {
        int end = doc.sentenceEnd(doc.sentenceOf(nameEnd - 1));
        int k = nameEnd;
        if (k >= end || !(",".equals(doc.folded(k)) || "(".equals(doc.folded(k)))) {
            return Optional.empty();
        }
        k++;
        if (k < end && determiners.contains(doc.folded(k))) {
            k++;
        }
        while (k < end && "ADJ".equals(doc.pos(k)) && !affixes.contains(doc.folded(k)) && at(doc, k).isEmpty()) {
            k++;
        }
        if (k < end && affixes.contains(doc.folded(k))) {
            k++;
        }
        return k < end ? at(doc, k) : Optional.empty();
    }

    /**
     * Whether tokens [from, to) only qualify the role: nationality and country, an organisation with its
     * complement, lower-case nouns only when a comma sets the name apart ("le porte-parole du Conseil de
     * sécurité nationale, John Kirby", "l'avocate de la famille, Me X"), "de la", "à Moscou", adjectives. A capitalised word no gazetteer
     * claims is a name, not a modifier.
     */
    private boolean modifiersOnly(Doc doc, int from, int to, boolean comma) {
        List<String> words = doc.foldedTokens();
        boolean inOrganization = false;
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            Optional<PhraseMatch<String>> org = lex.organizations().longestAt(words, k);
            if (org.isPresent()) {
                inOrganization = true;
                k += org.get().length() - 1;
                continue;
            }
            boolean claimed = lex.countries().byDemonym(w).isPresent() || lex.countries().nameAt(words, k).isPresent()
                    || lex.countries().placeAt(words, k).isPresent();
            boolean complement = k > from && (PREPOSITIONS.contains(words.get(k - 1))
                    || doc.token(k - 1).isCapitalized() && PREPOSITIONS.contains(words.get(Math.max(from, k - 2))));
            if (doc.token(k).isCapitalized() && !claimed && !inOrganization && !complement) {
                return false; // a name, not a qualifier of the role
            }
            boolean ok = claimed || doc.token(k).isCapitalized()
                    || "ADJ".equals(doc.pos(k)) || doc.token(k).hasPos("DET") || PREPOSITIONS.contains(w)
                    || "à".equals(doc.token(k).text())
                    || (comma && "NOUN".equals(doc.pos(k)));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private Gender genderOf(Doc doc, int from, RoleWord role) {
        if (role.gender() != Gender.UNKNOWN) {
            return role.gender();
        }
        return from > 0 ? determiners.gender(doc.folded(from - 1)) : Gender.UNKNOWN;
    }
}
