package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newskg.rdf.Iris;

/**
 * Decides which person names of the corpus name the same person. It works on the names each article
 * yielded (the fullest form the article gives each person), so it runs after extraction and over
 * stored articles as well as new ones.
 * <p>
 * Names with the same surname key and compatible first names (same key, or one a transliteration of the
 * other) are one person; a surname alone joins the only full name with that surname, and stays a person of
 * its own where there are none or several.
 */
public final class PersonResolver {

    /** Between the words of a name: spaces, no-break ones included. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");

    private PersonResolver() {
    }

    /**
     * @param articlesByName for each distinct name, how many articles give it
     * @return each name's person
     */
    public static Map<String, ResolvedPerson> resolve(Map<String, Integer> articlesByName) {
        Map<String, List<String>> bySurname = new LinkedHashMap<>();
        for (String name : new TreeSet<>(articlesByName.keySet())) {
            bySurname.computeIfAbsent(surnameKey(name), k -> new ArrayList<>()).add(name);
        }
        Map<String, ResolvedPerson> result = new HashMap<>();
        for (List<String> names : bySurname.values()) {
            List<List<String>> clusters = new ArrayList<>();
            List<String> surnameOnly = new ArrayList<>();
            for (String name : names) {
                String first = firstKey(name);
                if (first == null) {
                    surnameOnly.add(name);
                    continue;
                }
                clusters.stream().filter(c -> compatible(firstKey(c.get(0)), first)).findFirst()
                        .ifPresentOrElse(c -> c.add(name), () -> clusters.add(new ArrayList<>(List.of(name))));
            }
            if (clusters.size() == 1) {
                clusters.get(0).addAll(surnameOnly);
            } else if (!surnameOnly.isEmpty()) {
                clusters.add(surnameOnly);
            }
            for (List<String> cluster : clusters) {
                ResolvedPerson person = person(cluster, articlesByName);
                cluster.forEach(n -> result.put(n, person));
            }
        }
        return result;
    }

    private static ResolvedPerson person(List<String> cluster, Map<String, Integer> articlesByName) {
        String label = cluster.stream()
                .max(Comparator.<String>comparingInt(n -> firstKey(n) == null ? 0 : 1)
                        .thenComparingInt(articlesByName::get)
                        .thenComparing(Comparator.<String>naturalOrder().reversed()))
                .orElseThrow();
        return new ResolvedPerson(Iris.slug(label), label, new TreeSet<>(cluster));
    }

    private static List<String> words(String name) {
        return List.of(SPACES.split(name.trim()));
    }

    /**
     * The key names are grouped by: names with different keys never resolve to the same person, so a group
     * resolves the same whatever the other groups hold.
     */
    public static String surnameKey(String name) {
        List<String> w = words(name);
        return NameKey.of(w.get(w.size() - 1));
    }

    static String firstKey(String name) {
        List<String> w = words(name);
        return w.size() > 1 ? NameKey.of(w.get(0)) : null;
    }

    /** Same first name: equal keys, or one is the other's initial, or one letter apart in a long name. */
    static boolean compatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        if (a.equals(b) || a.length() == 1 || b.length() == 1) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 4 && editDistance(a, b) <= 1;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Convenience for callers holding per-article name lists. */
    public static Map<String, ResolvedPerson> resolveArticles(Collection<? extends Collection<String>> namesPerArticle) {
        Map<String, Integer> counts = new HashMap<>();
        for (Collection<String> names : namesPerArticle) {
            new TreeSet<>(names).forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        return resolve(counts);
    }
}
