package org.whosaid.cli;

import picocli.CommandLine.Command;

/** {@code whosaid train}: parent of the model trainers (e.g. {@code whosaid train syntax}). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains whosaid's models from annotated data.",
        subcommands = {TrainSyntaxCommand.class})
final class TrainCommand {
}
