package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingStoreIsBuiltFromTheCorpusAndAMissingCorpusIsReported() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute("serve", "--port", "0", "--store", tmp.resolve("none").toString(),
                "--corpus", tmp.resolve("no-corpus").toString());
        assertEquals(1, status);
        assertTrue(err.toString().contains("no-corpus: no such corpus folder"), err.toString());
        assertTrue(Files.notExists(tmp.resolve("none")), "nothing is created for a corpus that is not there");
    }

    @Test
    void reportsAPortInUse() throws Exception {
        Path store = tmp.resolve("store");
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (ServerSocket taken = new ServerSocket(0)) {
            StringWriter err = new StringWriter();
            CommandLine cmd = Main.commandLine();
            cmd.setErr(new PrintWriter(err));
            int status = cmd.execute("serve", "--port", Integer.toString(taken.getLocalPort()),
                    "--store", store.toString(), "--corpus", corpus.toString());
            assertEquals(1, status);
            assertTrue(err.toString().contains("port " + taken.getLocalPort() + " is in use"), err.toString());
        }
    }

    @Test
    void refusesANegativeTimeout() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err));
        assertEquals(2, cmd.execute("serve", "--store", tmp.toString(), "--timeout", "-1"));
        assertTrue(err.toString().contains("--timeout"), err.toString());
    }
}
