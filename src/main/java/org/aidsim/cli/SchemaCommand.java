package org.aidsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.aidsim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema",
        header = "Print the JSON Schema of scenario files, for editors and validators.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print the JSON Schema (draft 2020-12) of the scenario format: the keys a scenario file may use, their "
                    + "types and fixed words, with the README's descriptions. A YAML language server (VS Code, "
                    + "IntelliJ, Neovim) uses it to complete keys and flag typos as you type. It is the same text as "
                    + "schema/scenario.schema.json in a checkout.",
            "",
            "The schema checks the shape only: 'aidsim check' also knows the rules folder (which countries sit in a "
                    + "forum, which rule names exist) and checks what spans fields (splits summing to 100%%)."
        },
        footer = {
            "",
            "Examples:",
            "  aidsim schema > scenario.schema.json",
            "  # first line of a scenario file, for the YAML language server:",
            "  # yaml-language-server: $schema=../../schema/scenario.schema.json"
        })
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScenarioSchema.text());
        out.flush();
        return ExitCodes.OK;
    }
}
