package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.lexicon.Gender;
import org.newskg.mention.Doc;
import org.newskg.mention.NameMention;
import org.newskg.resolve.NameKey;

/**
 * The persons of one article: name mentions grouped by surname (a surname alone or "M. X" joins the full
 * name it abbreviates), each person's fullest form, gender and first mention; and which person each name
 * token belongs to.
 */
final class PersonTable {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Cluster> clusters = new ArrayList<>();
    private final int[] personAt;

    PersonTable(Doc doc, List<NameMention> mentions) {
        personAt = new int[doc.size()];
        Arrays.fill(personAt, -1);
        for (NameMention m : mentions) {
            Cluster c = clusterFor(m);
            c.add(m);
            for (int k = m.from(); k < m.to(); k++) {
                personAt[k] = clusters.indexOf(c);
            }
        }
    }

    private Cluster clusterFor(NameMention m) {
        String surname = surname(m.form());
        String first = first(m.form());
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            if (c.surname.equals(surname) && (first == null || c.first == null || c.first.equals(first))) {
                return c;
            }
        }
        Cluster c = new Cluster(surname);
        clusters.add(c);
        return c;
    }

    /** The person id of the name covering token {@code i}, or null. */
    String personAt(int i) {
        return i >= 0 && i < personAt.length && personAt[i] >= 0 ? id(personAt[i]) : null;
    }

    boolean hasPersonAt(int i) {
        return personAt(i) != null;
    }

    Gender gender(String id) {
        return clusters.get(index(id)).gender;
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

    private static String[] words(String form) {
        return WHITESPACE.split(form.trim());
    }

    private static String surname(String form) {
        String[] w = words(form);
        return NameKey.of(w[w.length - 1]);
    }

    private static String first(String form) {
        String[] w = words(form);
        return w.length > 1 ? NameKey.of(w[0]) : null;
    }

    private static final class Cluster {
        final String surname;
        String first;
        Gender gender = Gender.UNKNOWN;
        final List<NameMention> mentions = new ArrayList<>();

        Cluster(String surname) {
            this.surname = surname;
        }

        void add(NameMention m) {
            mentions.add(m);
            if (first == null) {
                first = first(m.form());
            }
            if (gender == Gender.UNKNOWN) {
                gender = m.gender();
            }
        }

        String fullest() {
            NameMention best = mentions.get(0);
            for (NameMention m : mentions) {
                if (words(m.form()).length > words(best.form()).length) {
                    best = m;
                }
            }
            return best.form();
        }

        Set<String> forms() {
            Set<String> forms = new LinkedHashSet<>();
            mentions.forEach(m -> forms.add(m.form()));
            return forms;
        }
    }
}
