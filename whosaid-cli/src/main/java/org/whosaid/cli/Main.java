package org.whosaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code whosaid} command: finds who said what in news articles. */
@Command(
        name = "whosaid",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Finds every quotation in news articles and who said it.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 some input failed, 2 usage error). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"whosaid " + (v == null ? "dev" : v)};
        }
    }
}
