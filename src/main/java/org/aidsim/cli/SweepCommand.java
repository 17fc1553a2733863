package org.aidsim.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.aidsim.engine.ProfileSpaces;
import org.aidsim.engine.Simulator;
import org.aidsim.engine.IncrementalEvaluator;
import org.aidsim.engine.Sweep;
import org.aidsim.model.CountryCode;
import org.aidsim.model.Position;
import org.aidsim.model.Scenario;
import org.aidsim.model.Stance;
import org.aidsim.report.DecisionDateNote;
import org.aidsim.report.Header;
import org.aidsim.report.OutputFormat;
import org.aidsim.report.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sweep",
        header = "Pass rates over many position profiles: every combination, or seeded samples.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "How likely is each package to pass when some governments' positions are uncertain? Either every combination (--vary members --over positions), or --samples random profiles drawn from per-member probabilities (--prob; what a member's probabilities leave goes to its position in the scenario). A member's position applies to every package it has a seat in, and to every stage it has a seat in of a package decided in stages, or to one stage only with --stage PACKAGE/STAGE. --vary-votes varies the European Parliament's counts on a ballot decided on counts, each value of a range (in every combination, or drawn uniformly with --samples). Output per package: the share of profiles in which it passes (with a Wilson 95%% interval when sampled) and, per varied member, the pass rate for each position it takes and the swing between them (how much that member's position matters), largest swing first. Uses every core; the same seed gives the same result whatever the thread count.",
            "",
            DecisionDateNote.HELP
        },
        footer = {
            "",
            "Examples:",
            "  F=scenarios/eu/ukraine-facility-2023-12.yaml",
            "  aidsim sweep $F --vary HU,SK,AT --over support,oppose,abstain",
            "  aidsim sweep $F --samples 100000 --seed 7 \\",
            "      --prob HU=oppose:0.6,abstain:0.3 --prob SK=oppose:0.2",
            "  aidsim sweep $F --vary HU,SK --format csv > sweep.csv",
            "  C=scenarios/eu/ukraine-facility-chain-2023-2024.yaml",
            "  aidsim sweep $C --as-of 2024-03-31 --samples 2000 --seed 7 \\",
            "      --vary-votes mff-revision/ep-consent:for=300..420",
            "  aidsim sweep $C --as-of 2024-03-31 --vary HU --stage mff-revision/euco"
        })
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--vary", split = ",", paramLabel = "MEMBER", description = "Members whose positions to enumerate.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--over", split = ",", paramLabel = "POSITION",
            description = "Positions each varied member takes (default: support,oppose,abstain).")
    List<String> over = new ArrayList<>();

    @Option(names = "--samples", paramLabel = "N", description = "Draw N random profiles instead of enumerating.")
    Long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for --samples (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--prob", paramLabel = "MEMBER=POS:P[,POS:P]",
            description = "With --samples: a member's chance of each position (repeatable), e.g. HU=oppose:0.6,abstain:0.3.")
    List<String> prob = new ArrayList<>();

    @Option(names = "--vary-votes", paramLabel = "BALLOT:COUNT=LOW..HIGH",
            description = "Vary one of the European Parliament's counts on a ballot decided on counts (repeatable): BALLOT is "
                    + "a package's id or a stage's PACKAGE/STAGE, COUNT is for, against or abstain, each value from LOW to HIGH "
                    + "(whole numbers) taken once in every combination, or drawn uniformly with --samples and the seed; the "
                    + "other counts stay as written. The three counts must stay within the seats on the scenario's date. "
                    + "Reported like a member, its values in up to 6 bands, e.g. facility/ep-consent:against=300..420.")
    List<String> varyVotes = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "PACKAGE/STAGE",
            description = "Vary the members' positions (--vary or --prob) in this stage only, not in every package and stage "
                    + "they sit in, e.g. --stage mff-revision/euco.")
    String stage;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, from 1 to 4 times the number of cores (default: one per core).")
    Long threads;

    @Option(names = "--force", description = "Run even when there are more than 10,000,000 profiles.")
    boolean force;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = OutputFormat.TextJsonCsv.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    AsOfOption asOfOption;

    @Mixin
    OverrideOptions overrideOptions;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        Formats.require(format, "sweep", new OutputFormat.TextJsonCsv());
        reportOptions.refuseOverInputs(List.of(file), rulesOptions.folder());
        int workers = SweepOptions.threads(threads, Runtime.getRuntime().availableProcessors());
        Simulator simulator = rulesOptions.throughputSimulator();
        Scenario loaded = overrideOptions.loader(simulator.rules()).apply(file);
        LocalDate asOf = asOfOption.date(loaded);
        Scenario scenario;
        Sweep.Plan plan;
        Sweep.Result result;
        List<String> notes;
        try (IncrementalEvaluator evaluator = new IncrementalEvaluator(simulator.rules(), loaded, asOf, rulesOptions.budget())) {
            scenario = evaluator.scenario();
            List<CountryCode> seated = scenario.stances().stream().map(Stance::member).distinct().sorted().toList();
            String unvoted = SweepOptions.unvoted(scenario);
            List<Sweep.CountRange> counts = SweepOptions.countRanges(varyVotes, evaluator);
            String only = SweepOptions.stage(stage, evaluator);
            plan = samples == null ? enumerated(seated, unvoted, only, counts) : sampled(seated, unvoted, only, counts);
            SweepOptions.refuseUnseated(plan, evaluator);
            AtomicLong done = new AtomicLong();
            try (ProgressBar bar = new ProgressBar("sweep", done, plan.profiles().count())) {
                result = Sweep.run(simulator.rules(), loaded, asOf, plan, workers, rulesOptions.budget(), done);
            }
            notes = evaluator.notes(plan.members(), plan.choices());
        }
        Header header = new Header(scenario, simulator.rules().shownAs(), asOfOption.note(scenario), notes);
        SweepReport report = new SweepReport(header, plan, result, samples != null, seed);
        reportOptions.emit(format.render(report), "");
        return ExitCodes.OK;
    }

    private Sweep.Plan enumerated(List<CountryCode> seated, String unvoted, String only, List<Sweep.CountRange> counts) {
        if (!prob.isEmpty()) {
            throw SweepOptions.usage("--prob needs --samples N; without it a sweep enumerates --vary over --over");
        }
        if (vary.isEmpty() && counts.isEmpty()) {
            throw SweepOptions.usage("sweep needs --vary MEMBERS (every combination) or --samples N with --prob"
                    + " (or --vary-votes BALLOT:COUNT=LOW..HIGH)");
        }
        List<CountryCode> members = SweepOptions.members(vary, seated, unvoted, "--vary");
        List<Position> positions = SweepOptions.positions(over.isEmpty() ? List.of("support", "oppose", "abstain") : over);
        List<List<Position>> choices = members.stream().map(m -> positions).toList();
        Sweep.Plan sized = new Sweep.Plan(members, choices, null, only, counts);
        BigInteger count = BigInteger.ONE;
        for (int size : sized.sizes()) {
            count = count.multiply(BigInteger.valueOf(size));
        }
        refuseIfTooMany(count, counts.isEmpty() ? positions.size() + "^" + members.size() + " = " : "");
        return new Sweep.Plan(members, choices, ProfileSpaces.everyCombination(sized.sizes()), only, counts);
    }

    private Sweep.Plan sampled(List<CountryCode> seated, String unvoted, String only, List<Sweep.CountRange> counts) {
        if (!vary.isEmpty() || !over.isEmpty()) {
            throw SweepOptions.usage("--samples draws with --prob; --vary and --over enumerate every combination: use one or the other");
        }
        if (samples < 1) {
            throw SweepOptions.usage("--samples must be at least 1, got " + samples);
        }
        if (prob.isEmpty() && counts.isEmpty()) {
            throw SweepOptions.usage("--samples needs at least one --prob MEMBER=POSITION:P, such as --prob HU=oppose:0.6,abstain:0.3"
                    + " (or --vary-votes BALLOT:COUNT=LOW..HIGH)");
        }
        refuseIfTooMany(BigInteger.valueOf(samples), "");
        List<SweepOptions.Draw> draws = prob.stream().map(SweepOptions::draw).toList();
        List<CountryCode> members = SweepOptions.members(draws.stream().map(SweepOptions.Draw::member).toList(), seated, unvoted, "--prob");
        List<List<Position>> choices = new ArrayList<>();
        double[][] cumulative = new double[draws.size() + counts.size()][];
        for (int i = 0; i < draws.size(); i++) {
            List<Position> positions = new ArrayList<>(draws.get(i).probabilities().keySet());
            cumulative[i] = new double[positions.size()];
            double sum = 0;
            int c = 0;
            for (var p : draws.get(i).probabilities().values()) {
                sum += p.doubleValue();
                cumulative[i][c++] = sum;
            }
            positions.add(null);
            choices.add(positions);
        }
        for (int k = 0; k < counts.size(); k++) {
            cumulative[draws.size() + k] = ProfileSpaces.uniform(counts.get(k).size());
        }
        return new Sweep.Plan(members, choices, ProfileSpaces.sampled(samples, seed, cumulative), only, counts);
    }

    private void refuseIfTooMany(BigInteger count, String how) {
        if (!force && count.compareTo(BigInteger.valueOf(SweepOptions.LIMIT)) > 0) {
            throw SweepOptions.usage(String.format(Locale.ROOT, "%s%,d profiles is more than %,d; vary fewer members or pass --force",
                    how, count, SweepOptions.LIMIT));
        }
        if (count.bitLength() > 62) {
            throw SweepOptions.usage(String.format(Locale.ROOT, "%s%,d profiles cannot be counted, even with --force", how, count));
        }
    }
}
