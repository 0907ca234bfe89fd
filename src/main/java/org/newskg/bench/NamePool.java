package org.newskg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.newskg.lexicon.Gender;

/**
 * The made-up persons of a generated corpus: given names from {@code first-names.tsv}, surnames strung from
 * {@code surname-parts.tsv}. Persons are drawn with a Zipf-like skew, so that a few recur in many articles
 * and most in a few, and some share a surname with another person, as in news: entity resolution has to
 * join the first and keep the second apart.
 */
final class NamePool {

    /** Share of persons who take the surname of an earlier person (with another first initial). */
    private static final double SHARED_SURNAME = 0.05;

    private final List<GeneratedPerson> men;
    private final List<GeneratedPerson> women;
    private final double[] menWeights;
    private final double[] womenWeights;

    private NamePool(List<GeneratedPerson> men, List<GeneratedPerson> women) {
        this.men = men;
        this.women = women;
        this.menWeights = cumulativeZipf(men.size());
        this.womenWeights = cumulativeZipf(women.size());
    }

    /** A pool of {@code size} persons, half of each gender, the same for the same random sequence. */
    static NamePool generate(int size, Random random) {
        List<String[]> firstNames = rows("first-names.tsv");
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (String[] row : rows("surname-parts.tsv")) {
            (row[0].equals("start") ? starts : ends).add(row[1]);
        }
        List<GeneratedPerson> men = new ArrayList<>();
        List<GeneratedPerson> women = new ArrayList<>();
        List<GeneratedPerson> all = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        while (all.size() < size) {
            String[] first = firstNames.get(random.nextInt(firstNames.size()));
            String surname = !all.isEmpty() && random.nextDouble() < SHARED_SURNAME
                    ? all.get(random.nextInt(all.size())).surname()
                    : surname(starts, ends, random);
            if (!taken.add(first[0].charAt(0) + " " + surname)) {
                continue;  // same initial and surname: the same person by any reading
            }
            Gender gender = first[1].equals("f") ? Gender.FEMININE : Gender.MASCULINE;
            GeneratedPerson person = new GeneratedPerson(first[0], surname, gender);
            all.add(person);
            (gender == Gender.FEMININE ? women : men).add(person);
        }
        return new NamePool(men, women);
    }

    /** A person whose gender fits the seed text's agreement (either for UNKNOWN). */
    GeneratedPerson draw(Gender gender, Random random) {
        boolean woman = gender == Gender.FEMININE || (gender == Gender.UNKNOWN && random.nextBoolean());
        if (woman ? women.isEmpty() : men.isEmpty()) {
            woman = !woman;
        }
        return woman ? pick(women, womenWeights, random) : pick(men, menWeights, random);
    }

    private static GeneratedPerson pick(List<GeneratedPerson> persons, double[] cumulative, Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return persons.get(Math.min(i < 0 ? -i - 1 : i, persons.size() - 1));
    }

    private static double[] cumulativeZipf(int n) {
        double[] cumulative = new double[Math.max(n, 1)];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static String surname(List<String> starts, List<String> ends, Random random) {
        StringBuilder s = new StringBuilder(starts.get(random.nextInt(starts.size())));
        if (random.nextInt(3) == 0) {
            s.append(starts.get(random.nextInt(starts.size())).toLowerCase(java.util.Locale.ROOT));
        }
        return s.append(ends.get(random.nextInt(ends.size()))).toString();
    }

    /** The tab-separated rows of a data file beside this class, '#' comments and blank lines skipped. */
    private static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = NamePool.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bench data file missing from the classpath: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
