package org.newskg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a linguistic data file from the classpath: UTF-8, tab-separated, '#' comment lines and blank lines skipped. */
public final class DataFile {

    private DataFile() {
    }

    /** The rows of {@code name}, each split on tabs, cells trimmed, empty trailing columns kept. */
    public static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : read(name)) {
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The non-comment, non-blank lines of {@code name}, trimmed. */
    public static List<String> lines(String name) {
        return read(name).stream().map(String::strip).toList();
    }

    private static List<String> read(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the classpath: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The '|'-separated alternatives of a column, blanks dropped. */
    public static List<String> alternatives(String column) {
        List<String> values = new ArrayList<>();
        for (String value : column.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
