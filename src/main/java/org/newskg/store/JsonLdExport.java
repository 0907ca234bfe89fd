package org.newskg.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.jsonld.loader.FileLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A graph as compacted JSON-LD 1.1 (Titanium): with the project's context file when there is one, else with a
 * context made of the store's prefixes. Remote contexts are not fetched: nothing downloads at run time.
 */
final class JsonLdExport {

    private JsonLdExport() {
    }

    static void write(Graph graph, PrefixMap prefixes, Path contextFile, OutputStream out) throws IOException {
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph))))
                    .get();
            JsonDocument context = contextFile != null && Files.isRegularFile(contextFile)
                    ? readContext(contextFile) : JsonDocument.of(prefixContext(prefixes));
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), context).loader(new FileLoader()).get();
            // Through a string, because closing a JsonWriter closes its stream (here, maybe stdout).
            StringWriter text = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(text)) {
                writer.write(contextFirst(compacted));
            }
            out.write((text.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonLdError e) {
            throw new IOException("JSON-LD: " + e.getMessage(), e);
        }
    }

    /** The same object with "@context" as its first member, where readers look for it. */
    private static JsonObject contextFirst(JsonObject compacted) {
        JsonObjectBuilder ordered = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) {
            ordered.add("@context", compacted.get("@context"));
        }
        compacted.forEach((key, value) -> {
            if (!key.equals("@context")) {
                ordered.add(key, value);
            }
        });
        return ordered.build();
    }

    private static JsonDocument readContext(Path file) throws IOException, JsonLdError {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonDocument.of(in);
        }
    }

    private static JsonObject prefixContext(PrefixMap prefixes) {
        JsonObjectBuilder context = Json.createObjectBuilder().add("@version", 1.1);
        prefixes.forEach((prefix, iri) -> context.add(prefix, iri));
        return Json.createObjectBuilder().add("@context", context).build();
    }
}
