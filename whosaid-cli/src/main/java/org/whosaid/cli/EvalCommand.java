package org.whosaid.cli;

import picocli.CommandLine.Command;

/** {@code whosaid eval}: parent of the evaluation commands (e.g. {@code whosaid eval syntax}). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores whosaid against annotated data.",
        subcommands = {EvalSyntaxCommand.class})
final class EvalCommand {
}
