package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.NameFinder;
import org.newskg.mention.NameMention;
import org.newskg.resolve.NameKey;
import org.newskg.text.Fold;

/**
 * The persons of one article: name mentions grouped into persons, each person's fullest form, gender and
 * first mention; and which person each name token belongs to.
 * <p>
 * Full names (two name words or more, particles aside) are one person when they share first and last name,
 * or when one is the end of the other ("Quintero Lugo" in "Rafael Quintero Lugo"). A short form ("M. X",
 * "Mme de la Cruz", "X" alone) then joins the full name that has X among its surnames: any word but a known
 * first name, so "Mme Wu" finds "Wu Xiaoling" and "M. Quintero" finds "Rafael Quintero Lugo". Where several
 * full names qualify, the title's gender chooses, then the one named last before.
 */
final class PersonTable {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Lexicon lex = Lexicon.get();
    /** What each form's words are, read once: a form recurs, and every mention is compared with every cluster. */
    private final Map<String, FormWords> formWords = new HashMap<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final int[] personAt;

    PersonTable(Doc doc, List<NameMention> mentions) {
        for (NameMention m : mentions) {
            if (nameWords(m.form()).size() >= 2) {
                fullNameCluster(m).mentions.add(m);
            }
        }
        for (NameMention m : mentions) {
            if (nameWords(m.form()).size() < 2) {
                shortFormCluster(m).mentions.add(m);
            }
        }
        Comparator<NameMention> byPosition = Comparator.comparingInt(NameMention::from);
        clusters.forEach(c -> c.mentions.sort(byPosition));
        clusters.sort(Comparator.comparing(c -> c.mentions.get(0), byPosition));
        personAt = new int[doc.size()];
        Arrays.fill(personAt, -1);
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            c.gender = c.mentions.stream().map(NameMention::gender).filter(g -> g != Gender.UNKNOWN).findFirst()
                    .orElse(Gender.UNKNOWN);
            for (NameMention m : c.mentions) {
                Arrays.fill(personAt, m.from(), m.to(), i);
            }
        }
    }

    private Cluster fullNameCluster(NameMention m) {
        List<String> keys = keys(m.form());
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            if (c.mentions.stream().anyMatch(other -> sameFullName(keys, keys(other.form()))
                    || givenNamesOf(m.form(), other.form()) || givenNamesOf(other.form(), m.form())
                    || firstOfDoubleSurname(m.form(), other.form()) || firstOfDoubleSurname(other.form(), m.form()))) {
                return c;
            }
        }
        return newCluster();
    }

    /**
     * Same first and last name, or one name is the end of the other ("Bruins Slot", "Hanna Bruins Slot"), or the
     * start of it, a first name and the first of two surnames ("Patrick Kalonji", "Patrick Kalonji Mbuyi").
     */
    private static boolean sameFullName(List<String> a, List<String> b) {
        if (a.get(0).equals(b.get(0)) && a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return true;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        if (shorter.size() >= longer.size()) {
            return false;
        }
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)
                || shorter.size() >= 2 && longer.subList(0, shorter.size()).equals(shorter);
    }

    /**
     * "Santiago Ferrand" for "Santiago Ferrand-Oyarzún": the same names, the last the first part of the other's
     * hyphenated double surname.
     */
    private boolean firstOfDoubleSurname(String shorter, String full) {
        List<String> a = nameWords(shorter);
        List<String> b = nameWords(full);
        int given = a.size() - 1;
        if (a.size() < 2 || a.size() != b.size() || !keys(shorter).subList(0, given).equals(keys(full).subList(0, given))) {
            return false;
        }
        String last = b.get(b.size() - 1);
        int hyphen = last.indexOf('-');
        return hyphen > 0 && NameKey.of(last.substring(0, hyphen)).equals(NameKey.of(a.get(a.size() - 1)));
    }

    /** "Ndèye Fatou" for "Ndèye Fatou Diakhaté": given names only, which open the other, longer name. */
    private boolean givenNamesOf(String given, String full) {
        List<String> a = keys(given);
        List<String> b = keys(full);
        return a.size() < b.size() && b.subList(0, a.size()).equals(a)
                && nameWords(given).stream().allMatch(w -> lex.firstNames().contains(Fold.of(w)));
    }

    /**
     * The person a one-word form names: a full name with that surname (of the title's gender where there are
     * several, else the one named last before), else, without a civil title (which stands before a surname), a
     * full name with that first name; else the one-word forms with the same word.
     */
    private Cluster shortFormCluster(NameMention m) {
        List<String> keys = keys(m.form());
        String key = keys.isEmpty() ? NameKey.of(m.form()) : keys.get(0);
        List<Cluster> candidates = clusters.stream().filter(c -> surnames(c).contains(key)).toList();
        if (candidates.isEmpty() && !m.rule().equals(NameFinder.CIVIL_TITLE)) {
            candidates = clusters.stream().filter(c -> c.hasFullName() && c.firstNames().contains(key)).toList();
        }
        if (candidates.isEmpty()) {
            return clusters.stream().filter(c -> !c.hasFullName() && c.mentions.stream()
                    .anyMatch(o -> keys(o.form()).equals(keys))).findFirst().orElseGet(this::newCluster);
        }
        List<Cluster> sameGender = candidates.stream().filter(c -> compatible(c.fullNameGender(), m.gender())).toList();
        if (m.gender() == Gender.UNKNOWN && sameGender.size() > 1) {
            // "Cérisol" alone, after "Arnaud Cérisol" and his wife "Nathalie Cérisol": the person the article is
            // about, named first; a relative is called by first name or "Mme"
            return sameGender.stream().min(Comparator.comparingInt(c -> c.mentions.get(0).from())).orElseThrow();
        }
        return nearestBefore(sameGender.isEmpty() ? candidates : sameGender, m.from());
    }

    private static boolean compatible(Gender a, Gender b) {
        return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
    }

    private static Cluster nearestBefore(List<Cluster> candidates, int position) {
        return candidates.stream().max(Comparator.comparingInt(c -> c.mentions.stream().mapToInt(NameMention::from)
                .filter(f -> f < position).max().orElse(-1 - c.mentions.get(0).from()))).orElseThrow();
    }

    /** The keys of the words of a cluster's full names that can be a surname: all but known first names and initials. */
    private Set<String> surnames(Cluster c) {
        Set<String> keys = new LinkedHashSet<>();
        c.mentions.forEach(m -> keys.addAll(words(m.form()).surnames()));
        return keys;
    }

    private Cluster newCluster() {
        Cluster c = new Cluster();
        clusters.add(c);
        return c;
    }

    /**
     * A form's name words as printed, particles ("de la", "ben", "van der") left out; their matching keys; and,
     * for a full name, the keys of the words that can be a surname.
     */
    private record FormWords(List<String> words, List<String> keys, Set<String> surnames) {
    }

    private FormWords words(String form) {
        return formWords.computeIfAbsent(form, f -> {
            List<String> words = new ArrayList<>();
            for (String w : WHITESPACE.split(f.trim())) {
                if (!lex.nameParticles().contains(Fold.of(w)) && !NameKey.of(w).isEmpty()) {
                    words.add(w);
                }
            }
            List<String> keys = words.stream().map(NameKey::of).toList();
            Set<String> surnames = new LinkedHashSet<>();
            for (int i = 0; words.size() >= 2 && i < words.size(); i++) {
                if (keys.get(i).length() > 1 && !(i == 0 && lex.firstNames().contains(Fold.of(words.get(0))))) {
                    surnames.add(keys.get(i));
                }
            }
            return new FormWords(List.copyOf(words), keys, Set.copyOf(surnames));
        });
    }

    private List<String> nameWords(String form) {
        return words(form).words();
    }

    private List<String> keys(String form) {
        return words(form).keys();
    }

    /** The person id of the name covering token {@code i}, or null. */
    String personAt(int i) {
        return i >= 0 && i < personAt.length && personAt[i] >= 0 ? id(personAt[i]) : null;
    }

    boolean hasPersonAt(int i) {
        return personAt(i) != null;
    }

    /** The first token of the name covering token {@code i}, which must have one, not before {@code floor}. */
    int nameStart(int i, int floor) {
        String p = personAt(i);
        while (i > floor && p.equals(personAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The token after the name covering token {@code i} ({@code i} when none does), not after {@code limit}. */
    int nameEnd(int i, int limit) {
        String p = personAt(i);
        while (p != null && i < limit && p.equals(personAt(i))) {
            i++;
        }
        return i;
    }

    /** The persons named before token {@code k}, in the order of their first mention. */
    List<String> namedBefore(int k) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < clusters.size() && clusters.get(i).mentions.get(0).from() < k; i++) {
            named.add(id(i));
        }
        return named;
    }

    /** How many times person {@code id} is named before token {@code k}. */
    int mentionsBefore(String id, int k) {
        return (int) clusters.get(index(id)).mentions.stream().filter(m -> m.from() < k).count();
    }

    /** Whether two persons' full names share a word that can be a surname ("Gérard X" and "Mathilde X"). */
    boolean shareSurname(String a, String b) {
        Set<String> surnames = surnames(clusters.get(index(a)));
        return surnames(clusters.get(index(b))).stream().anyMatch(surnames::contains);
    }

    Gender gender(String id) {
        return clusters.get(index(id)).gender;
    }

    /**
     * The first token of the person named as the subject of sentence {@code s}: the first person it names, at its
     * start, after titles or after a fronted phrase and its comma ("Jugé en trois audiences, X"); -1 when none is,
     * or when it is one of several ("X et Y").
     */
    int subjectOf(Doc doc, int s) {
        int start = doc.sentenceStart(s);
        for (int j = start; j < doc.sentenceEnd(s); j++) {
            if (hasPersonAt(j) && !doc.quoted(j)) {
                int end = nameEnd(j, doc.sentenceEnd(s));
                boolean coordinated = "et".equals(doc.folded(end)) && hasPersonAt(end + 1); // "X et Y"
                boolean first = j == start || doc.beforeTitles(j, start) == start && Grammar.title(doc.folded(start))
                        || DetentionSubject.frontedBefore(doc, j, start);
                return first && !coordinated ? j : -1;
            }
        }
        return -1;
    }

    /** Records what a role or an agreement says of a person's gender, where nothing said it before. */
    void setGender(String id, Gender gender) {
        Cluster c = clusters.get(index(id));
        if (c.gender == Gender.UNKNOWN) {
            c.gender = gender;
        }
    }

    List<PersonMention> persons(Doc doc) {
        List<PersonMention> persons = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            NameMention first = c.mentions.get(0);
            int s = first.sentence();
            Evidence e = new Evidence(s, doc.sentence(s).text(), doc.token(first.from()).start(),
                    doc.token(first.to() - 1).end(), first.rule(), first.confidence());
            persons.add(new PersonMention(id(i), c.fullest(), c.forms(), c.gender, e));
        }
        return persons;
    }

    private static String id(int index) {
        return "p" + (index + 1);
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(1)) - 1;
    }

    private final class Cluster {
        Gender gender = Gender.UNKNOWN;
        final List<NameMention> mentions = new ArrayList<>();

        boolean hasFullName() {
            return mentions.stream().anyMatch(m -> nameWords(m.form()).size() >= 2);
        }

        Set<String> firstNames() {
            Set<String> keys = new LinkedHashSet<>();
            mentions.stream().map(m -> keys(m.form())).filter(k -> k.size() >= 2).forEach(k -> keys.add(k.get(0)));
            return keys;
        }

        /** What the full names' cues say of the person's gender, before any short form joins. */
        Gender fullNameGender() {
            return mentions.stream().filter(m -> nameWords(m.form()).size() >= 2).map(NameMention::gender)
                    .filter(g -> g != Gender.UNKNOWN).findFirst().orElse(Gender.UNKNOWN);
        }

        /** The form of the most words, of the most hyphenated parts among those ("Santiago Ferrand-Oyarzún"). */
        String fullest() {
            NameMention best = mentions.get(0);
            for (NameMention m : mentions) {
                int words = WHITESPACE.split(m.form().trim()).length;
                int bestWords = WHITESPACE.split(best.form().trim()).length;
                if (words > bestWords || words == bestWords && parts(m.form()) > parts(best.form())) {
                    best = m;
                }
            }
            return best.form();
        }

        private static int parts(String form) {
            return form.trim().split("[\\s-]+").length;
        }

        Set<String> forms() {
            Set<String> forms = new LinkedHashSet<>();
            mentions.forEach(m -> forms.add(m.form()));
            return forms;
        }
    }
}
