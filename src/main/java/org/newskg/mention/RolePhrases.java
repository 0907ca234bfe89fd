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

    /** A role phrase that ends right before token {@code nameStart}, modifiers allowed in between. */
    public Optional<RolePhrase> before(Doc doc, int nameStart) {
        int sentenceStart = doc.sentenceStart(doc.sentenceOf(nameStart));
        if (nameStart > 0 && PREPOSITIONS.contains(doc.folded(nameStart - 1))) {
            return Optional.empty();
        }
        for (int j = nameStart - 1; j >= Math.max(sentenceStart, nameStart - WINDOW); j--) {
            if (!isModifier(doc, j) && !couldStartRole(doc, j) && !(j == nameStart - 1 && ",".equals(doc.folded(j)))) {
                return Optional.empty();
            }
            Optional<RolePhrase> r = at(doc, j);
            int end = ",".equals(doc.folded(nameStart - 1)) ? nameStart - 1 : nameStart;
            if (r.isPresent() && r.get().to() <= end && modifiersOnly(doc, r.get().to(), end)) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** ", porte-parole du Conseil" or ", un trafiquant d'armes" right after a name ending before {@code nameEnd}. */
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
        if (k < end && affixes.contains(doc.folded(k))) {
            k++;
        }
        return k < end ? at(doc, k) : Optional.empty();
    }

    private boolean couldStartRole(Doc doc, int j) {
        return !doc.token(j).isPunctuation();
    }

    private boolean modifiersOnly(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isModifier(doc, k)) {
                return false;
            }
        }
        return true;
    }

    /** Words that may stand between a role and a name: nationality, organisation, "de la", adjectives. */
    private boolean isModifier(Doc doc, int k) {
        String w = doc.folded(k);
        String pos = doc.pos(k);
        return lex.countries().byDemonym(w).isPresent()
                || doc.token(k).isCapitalized()
                || "ADJ".equals(pos)
                || "DET".equals(pos)
                || PREPOSITIONS.contains(w)
                || lex.organizations().longestAt(doc.foldedTokens(), k).isPresent();
    }

    private Gender genderOf(Doc doc, int from, RoleWord role) {
        if (role.gender() != Gender.UNKNOWN) {
            return role.gender();
        }
        return from > 0 ? determiners.gender(doc.folded(from - 1)) : Gender.UNKNOWN;
    }
}
