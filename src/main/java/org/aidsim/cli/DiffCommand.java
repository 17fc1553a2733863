package org.aidsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.report.DocumentDiff;
import org.aidsim.report.JsonReporter;
import org.aidsim.report.Reporter;
import org.aidsim.report.TextReporter;
import org.aidsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff",
        header = "Show what changes between two runs: a what-if against its baseline.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run a scenario twice and show what changed: outcomes, blockers, reasons, exemptions, votes, and the rules that fired in one run and not the other. The second run is a second file, or the first file with --with overlays and --set changes (applied to the second file when both are given). Every field of the JSON report (aidsim run --format json) is compared, so new fields diff too."
        },
        footer = {
            "",
            "Examples:",
            "  F=scenarios/eu/ukraine-facility-2023-12.yaml",
            "  aidsim diff $F --set ukraine-facility.positions.HU=abstain",
            "  aidsim diff base.yaml --with reform.yaml",
            "  aidsim diff december.yaml february.yaml --format json"
        })
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The scenario as it stands.")
    Path base;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OTHER", description = "A second scenario to compare with BASE.")
    Path other;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = OutputFormat.TextJson.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    OverrideOptions overrideOptions;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        format.require("diff", new OutputFormat.TextJson());
        reportOptions.refuseOverInputs(other == null ? List.of(base) : List.of(base, other), rulesOptions.folder());
        if (other == null && overrideOptions.isEmpty()) {
            throw new AidsimException(ExitCodes.USAGE,
                    "aidsim: diff needs something to compare BASE with: a second file, --with OVERLAY or --set KEY=VALUE");
        }
        Simulator simulator = rulesOptions.simulator();
        Function<Path, Scenario> changedLoader = overrideOptions.loader(simulator.rules());
        Scenario before = ScenarioLoader.load(base, simulator.rules().institutions(), simulator.rules()::ruleIdsAndNames);
        Scenario after = changedLoader.apply(other == null ? base : other);
        List<DocumentDiff.Change> changes = DocumentDiff.between(document(simulator, before), document(simulator, after));
        String label = (other == null ? base.toString() : other.toString()) + overrideLabel();
        String rules = simulator.rules().shownAs();
        reportOptions.emit(format == OutputFormat.json ? json(label, rules, changes) : text(label, rules, changes), "");
        return ExitCodes.OK;
    }

    private String overrideLabel() {
        StringBuilder out = new StringBuilder();
        overrideOptions.overlays.forEach(o -> out.append(" --with ").append(o));
        overrideOptions.sets.forEach(s -> out.append(" --set ").append(s));
        return out.toString();
    }

    private static JsonNode document(Simulator simulator, Scenario scenario) {
        // What changed between two runs, not whether each meets its expect block: leave the mismatches out.
        return PrettyJson.MAPPER.valueToTree(JsonReporter.document(new Reporter.Run(simulator.run(scenario), List.of()), false));
    }

    private String text(String label, String rules, List<DocumentDiff.Change> changes) {
        StringBuilder out = new StringBuilder("--- " + base + "\n+++ " + label + "\n");
        out.append("(both runs: ").append(TextReporter.rulesLabel(rules)).append(")\n");
        if (changes.isEmpty()) {
            return out.append("no differences\n").toString();
        }
        for (DocumentDiff.Change c : changes) {
            if (c.isListChange()) {
                c.removed().forEach(v -> out.append(c.path()).append(": - ").append(shown(v)).append('\n'));
                c.added().forEach(v -> out.append(c.path()).append(": + ").append(shown(v)).append('\n'));
            } else {
                out.append(c.path()).append(": ").append(shown(c.before())).append(" -> ").append(shown(c.after())).append('\n');
            }
        }
        int fields = changes.size();
        return out.append(fields == 1 ? "1 field differs\n" : fields + " fields differ\n").toString();
    }

    private String json(String label, String rules, List<DocumentDiff.Change> changes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("base", base.toString());
        doc.put("changed", label);
        doc.put("rules", rules);
        List<Map<String, Object>> list = new ArrayList<>();
        for (DocumentDiff.Change c : changes) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("path", c.path());
            if (c.isListChange()) {
                change.put("removed", c.removed());
                change.put("added", c.added());
            } else {
                change.put("before", c.before().isMissingNode() ? null : c.before());
                change.put("after", c.after().isMissingNode() ? null : c.after());
            }
            list.add(change);
        }
        doc.put("changes", list);
        return PrettyJson.of(doc);
    }

    private static String shown(JsonNode value) {
        if (value.isMissingNode()) {
            return "(absent)";
        }
        if (value.isObject() && value.has("id") && value.has("name") && value.has("source")) {
            return value.get("name").asText();   // a fired rule reads as the sentence it states
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
