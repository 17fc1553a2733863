package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's or overlay's parameters block: each wrong form is named for what it is. */
class ParameterValueFormsTest {
    private static final String QMV = "scenarios/eu/macro-financial-assistance-qmv.yaml";

    @TempDir
    Path dir;

    private CliRun withOverlay(String parameters) throws Exception {
        Path overlay = Files.writeString(dir.resolve("overlay.yaml"), "parameters:\n" + parameters);
        return CliRun.of("run", "--with", overlay.toString(), QMV);
    }

    @Test
    void listWhereOneValueBelongs_isNamedAsAList() throws Exception {
        CliRun run = withOverlay("  qmv.population: [1, 2]\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("parameters.qmv.population: a list or mapping where one value belongs; qmv.population takes one value such as 65/100")
                .doesNotContain("'null'");
    }

    @Test
    void emptyValue_isNamedAsNoValue() throws Exception {
        CliRun run = withOverlay("  qmv.population:\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("parameters.qmv.population: no value given").doesNotContain("'null'");
    }

    @Test
    void treeShapeCopiedFromParametersYaml_isShownTheDottedPath() throws Exception {
        CliRun run = withOverlay("  qmv: {population: 70/100}\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown parameter 'qmv'; write each value on its own dotted path, such as qmv.");
    }

    @Test
    void decimalOrWholeOneAtAFractionsPath_isReadAsThatFraction() throws Exception {
        CliRun decimal = withOverlay("  qmv.population: 0.99\n");
        assertThat(decimal.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(decimal.out()).contains("99%");
        CliRun one = CliRun.of("run", "--set", "parameters.qmv.members=1", QMV);
        assertThat(one.err()).doesNotContain("does not fit");
        assertThat(one.out()).contains("25 members in favour, 27 needed");
    }

    @Test
    void decimalAtAWholeNumbersPath_isRefusedAsNotFitting() throws Exception {
        CliRun run = withOverlay("  qmv.minimum-members: 0.5\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'0.5' does not fit qmv.minimum-members, which is a whole number");
    }
}
