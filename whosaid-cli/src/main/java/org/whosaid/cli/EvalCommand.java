package org.whosaid.cli;

import picocli.CommandLine.Command;

/** {@code whosaid eval}: the group of evaluation commands, one subcommand per benchmark corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures quality against annotated corpora.",
        subcommands = {EvalPolnearCommand.class, EvalExtractionCommand.class, EvalAblationsCommand.class, EvalSyntaxCommand.class,
            EvalNamesCommand.class})
final class EvalCommand {
}
