package org.whosaid.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code whosaid analyze}: prints the quotations of each input article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Finds every quotation and its speaker in the given articles.")
final class AnalyzeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
