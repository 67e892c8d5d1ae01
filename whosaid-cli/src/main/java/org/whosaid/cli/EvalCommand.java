package org.whosaid.cli;

import picocli.CommandLine.Command;

/** {@code whosaid eval}: measures parts of whosaid against reference data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures whosaid against reference data.",
        subcommands = {EvalExtractionCommand.class})
final class EvalCommand {
}
