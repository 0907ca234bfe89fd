package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.store.KgHome;
import picocli.CommandLine.Option;

/** The {@code --store} option of the commands that use the TDB2 store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "the TDB2 store (default: data/ of the project)")
    private Path dir;

    Path dir() {
        return dir != null ? dir : KgHome.defaultStore();
    }
}
