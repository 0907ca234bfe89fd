package org.newskg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a lexicon data file from the classpath: UTF-8, tab-separated, '#' comment lines and blank lines skipped. */
final class DataFile {

    private DataFile() {
    }

    /** The rows of {@code name}, each split on tabs (trailing empty columns kept). */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /** The non-comment, non-blank lines of {@code name}, trimmed. */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon data file missing from the classpath: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The '|'-separated alternatives of a column, blanks dropped. */
    static List<String> alternatives(String column) {
        List<String> values = new ArrayList<>();
        for (String value : column.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
