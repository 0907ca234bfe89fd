package org.newskg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the package's linguistic data files: one entry a line, {@code #} starts a comment line. */
final class WordLists {

    private WordLists() {
    }

    static Set<String> words(String resource) {
        return Set.copyOf(lines(resource));
    }

    /** Two tab-separated columns: the first maps to the second. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines(resource)) {
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalStateException(resource + ": expected two tab-separated columns: " + line);
            }
            map.put(columns[0].strip(), columns[1].strip());
        }
        return Map.copyOf(map);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
