package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "TODO")
public final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 0;
    }
}
