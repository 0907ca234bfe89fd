package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "TODO")
public final class ExplainCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 0;
    }
}
