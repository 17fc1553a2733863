package org.aidsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "completion",
        header = "Print a shell completion script for aidsim (bash or zsh).",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print a script that completes aidsim's commands, options and option values (such as --format's) when TAB is pressed. The script is generated from the command line itself, so it always matches this version. zsh reads the same script through bashcompinit, which the script loads itself."
        },
        footer = {
            "",
            "Examples:",
            "  source <(aidsim completion bash)                 # this shell only",
            "  aidsim completion bash > ~/.local/share/bash-completion/completions/aidsim",
            "  aidsim completion zsh > ~/.zsh/aidsim-completion.zsh   # and source it from ~/.zshrc"
        })
final class CompletionCommand implements Callable<Integer> {
    /** The shells the script serves. */
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        // picocli writes one script for both shells: under zsh it loads bashcompinit and defines compopt first.
        CommandLine root = spec.root().commandLine();
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(root.getCommandName(), root));
        out.flush();
        return ExitCodes.OK;
    }
}
