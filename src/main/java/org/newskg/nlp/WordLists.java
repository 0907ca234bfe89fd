package org.newskg.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.text.DataFile;
import org.newskg.text.LookupTables;

/** Reads the package's linguistic data files: one entry a line, {@code #} starts a comment line. */
final class WordLists {

    private WordLists() {
    }

    static Set<String> words(String resource) {
        return LookupTables.copyOf(lines(resource));
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
        return LookupTables.copyOf(map);
    }

    private static List<String> lines(String resource) {
        return DataFile.lines("/org/newskg/nlp/" + resource).stream().map(String::strip).toList();
    }
}
