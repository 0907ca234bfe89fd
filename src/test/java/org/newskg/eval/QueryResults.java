package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the four evaluation queries, read from SPARQL CSV results (RFC 4180 with a header line) the
 * way score.py reads them with {@code csv.DictReader}: a short row leaves its last columns out, and the
 * {@code file} column keeps only what follows its last slash.
 */
public record QueryResults(List<Map<String, String>> quotes, List<Map<String, String>> detentions,
                           List<Map<String, String>> persons, List<Map<String, String>> roles) {

    public static final List<String> QUERIES = List.of("quotes", "detentions", "persons", "roles");

    /** Reads {@code NAME.csv} for each query NAME from a folder. */
    public static QueryResults readDir(Path dir) throws IOException {
        Map<String, String> csv = new HashMap<>();
        for (String q : QUERIES) {
            csv.put(q, Files.readString(dir.resolve(q + ".csv"), StandardCharsets.UTF_8));
        }
        return fromCsv(csv);
    }

    /** @param csvByQuery the CSV text of each query, by query name */
    public static QueryResults fromCsv(Map<String, String> csvByQuery) {
        return new QueryResults(rows(csvByQuery.get("quotes")), rows(csvByQuery.get("detentions")),
                rows(csvByQuery.get("persons")), rows(csvByQuery.get("roles")));
    }

    static List<Map<String, String>> rows(String csv) {
        List<List<String>> records = records(csv);
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0);
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                row.put(header.get(i), record.get(i));
            }
            row.computeIfPresent("file", (k, v) -> v.substring(v.lastIndexOf('/') + 1));
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 records; quoted fields may hold commas, doubled quotes and line breaks; empty lines are skipped. */
    static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field,
                                  boolean fieldStarted) {
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }
}
