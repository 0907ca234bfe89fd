package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One line of a gold file ({@code ../shared/eval/GUIDELINES.md}): what an analyst reads in one article.
 *
 * @param file the article's file name, without folders
 */
public record GoldArticle(String file, List<String> persons, List<Quote> quotes, List<Detention> detentions,
                          List<Role> roles) {

    /** @param speaker who said it, {@code null} for an unnamed source; {@code speakerType} "person" or "org" */
    public record Quote(String speaker, String speakerType, String text) {}

    /** @param country ISO 3166-1 alpha-2 code of the country holding the person */
    public record Detention(String person, String country) {}

    public record Role(String person, String role) {}

    /** The articles of a gold JSONL file, by file name. */
    public static Map<String, GoldArticle> read(Path jsonl) throws IOException {
        return parse(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
    }

    /** The articles of gold JSONL lines, by file name; blank lines are skipped. */
    public static Map<String, GoldArticle> parse(List<String> lines) {
        Map<String, GoldArticle> gold = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                GoldArticle article = fromJson(JSON.parse(line));
                gold.put(article.file(), article);
            }
        }
        return gold;
    }

    private static GoldArticle fromJson(JsonObject o) {
        return new GoldArticle(o.getString("file"),
                list(o, "persons").stream().map(v -> v.getAsString().value()).toList(),
                list(o, "quotes").stream().map(JsonValue::getAsObject)
                        .map(q -> new Quote(text(q, "speaker"), q.hasKey("speaker_type") ? text(q, "speaker_type") : "person",
                                q.getString("text"))).toList(),
                list(o, "detentions").stream().map(JsonValue::getAsObject)
                        .map(d -> new Detention(d.getString("person"), d.getString("country"))).toList(),
                list(o, "roles").stream().map(JsonValue::getAsObject)
                        .map(r -> new Role(r.getString("person"), r.getString("role"))).toList());
    }

    private static List<JsonValue> list(JsonObject o, String key) {
        return o.hasKey(key) ? o.getArray(key).toList() : List.of();
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }
}
