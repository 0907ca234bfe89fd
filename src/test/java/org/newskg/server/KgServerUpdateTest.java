package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newskg.server.TestStore.IRIS;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --allow-update: update and upload open to loopback callers, closed to the others, like the admin area. */
class KgServerUpdateTest {

    @TempDir
    static Path tmp;
    static DatasetGraph dsg;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        dsg = TestStore.create(tmp.resolve("store"));
        server = KgServer.start(dsg, new ServeOptions(0, IRIS.base(), 30, true, tmp.resolve("fuseki-run")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void updateFromLoopbackIsVisibleInTheUnion() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:g1> { <urn:x:s> <urn:x:p> \"inserted\" } }";
        HttpResponse<String> update = send("localhost", "kg/update", "application/sparql-update", insert);
        assertEquals(2, update.statusCode() / 100, update.body());
        HttpResponse<String> ask = http.send(HttpRequest.newBuilder(URI.create(server.consoleUrl() + "kg/sparql?query="
                        + URLEncoder.encode("ASK { <urn:x:s> <urn:x:p> \"inserted\" }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void uploadFromLoopback() throws Exception {
        HttpResponse<String> upload = send("localhost", "kg/data?graph=urn:x:g2", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .");
        assertEquals(2, upload.statusCode() / 100, upload.body());
        assertTrue(dsg.calculateRead(() -> dsg.containsGraph(NodeFactory.createURI("urn:x:g2"))));
    }

    @Test
    void otherCallersCanQueryButNeitherWriteNorAdminister() throws Exception {
        Optional<InetAddress> own = nonLoopbackAddress();
        assumeTrue(own.isPresent(), "this machine has no non-loopback address to call from");
        String host = own.get().getHostAddress();
        assertEquals(403, send(host, "kg/update", "application/sparql-update",
                "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }").statusCode());
        assertEquals(403, send(host, "kg/data?graph=urn:x:g3", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .").statusCode());
        assertEquals(403, http.send(HttpRequest.newBuilder(uri(host, "$/ping")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> query = http.send(HttpRequest.newBuilder(uri(host, "kg/sparql?query=ASK%7B%7D"))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, query.statusCode());
    }

    private static HttpResponse<String> send(String host, String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(host, path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String host, String path) {
        return URI.create("http://" + host + ":" + server.port() + "/" + path);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nif -> {
                    try {
                        return nif.isUp() && !nif.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }
}
