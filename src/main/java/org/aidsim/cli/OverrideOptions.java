package org.aidsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aidsim.engine.RuleSet;
import org.aidsim.model.Scenario;
import org.aidsim.scenario.Overrides;
import org.aidsim.scenario.ScenarioLoader;
import picocli.CommandLine.Option;

/** --set and --with: what-if changes applied to every scenario a command reads, before it is validated. */
final class OverrideOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"Change one value before the run (repeatable, applied after --with): "
                    + "PACKAGE.positions.MEMBER=POSITION (or support-if:CONDITION), PACKAGE.rule=qmv, "
                    + "PACKAGE.participation=voluntary, PACKAGE.amount='2bn EUR', conditions.NAME=true|false, "
                    + "PACKAGE.stages.STAGE.FIELD=VALUE (positions.MEMBER, votes.for|against|abstain, date, deadline, rule, ...), "
                    + "date=YYYY-MM-DD, name=TEXT. A key or value that does not fit exits 3 and names the valid ones."})
    List<String> sets = new ArrayList<>();

    @Option(names = "--with", paramLabel = "OVERLAY",
            description = "Merge a partial scenario (YAML/JSON) onto each scenario first (repeatable, in order): "
                    + "mappings merge by key; lists merge entry by entry on id (packages, coalitions, pools), or on "
                    + "country when the entries have no id (a coalition's members); other values replace. A problem "
                    + "in the base file ends '(after applying --with OVERLAY)'.")
    List<Path> overlays = new ArrayList<>();

    private Overrides parsed;

    Overrides overrides() {
        if (parsed == null) {
            parsed = Overrides.of(sets, overlays);
        }
        return parsed;
    }

    boolean isEmpty() {
        return sets.isEmpty() && overlays.isEmpty();
    }

    /** Reads a file with the overrides applied, validated against the rules folder (including rule names under fired). */
    Function<Path, Scenario> loader(RuleSet rules) {
        Overrides overrides = overrides();
        return file -> ScenarioLoader.load(file, rules.institutions(), rules::ruleIdsAndNames, overrides);
    }
}
