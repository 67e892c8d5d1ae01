package org.whosaid.cli;

import picocli.CommandLine.Command;

/** {@code whosaid train}: the group of training commands, one subcommand per model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains whosaid's models from annotated corpora.",
        subcommands = {TrainPolnearCommand.class, TrainSyntaxCommand.class, TrainNamesCommand.class})
final class TrainCommand {
}
