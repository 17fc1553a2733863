package org.aidsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidsim.tester.ExpectationChecker;
import org.aidsim.engine.RunException;
import org.aidsim.scenario.ScenarioLoader;
import org.aidsim.engine.Simulator;
import org.aidsim.model.Scenario;
import org.aidsim.model.ScenarioResult;
import org.aidsim.report.CheckReport;
import org.aidsim.report.Json;
import org.aidsim.report.JsonReporter;
import org.aidsim.report.Reporter;
import org.aidsim.scenario.DocumentReader;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.InputFiles;
import org.aidsim.scenario.Overrides;
import org.aidsim.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "batch",
        header = "Run scenarios read as JSON Lines on standard input; one result per line on standard output.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "For notebooks and scripts: the rules are compiled once, then each line of standard input is run as it "
                    + "arrives, so a program pays the Java start once rather than once per scenario.",
            "",
            "Each input line is one scenario document as JSON, or {\"file\": PATH} to run a scenario file. Each "
                    + "answer is one line: the object 'run --format jsonl' prints, or, for a line that cannot be "
                    + "used, {\"line\", \"file\", \"status\", \"problems\", \"error\"} (status invalid: bad input, "
                    + "its problems located as <stdin>:LINE:COLUMN; status error: the run failed), and the stream "
                    + "goes on. Blank lines are skipped. Each answer is flushed as soon as it is written.",
            "",
            "Exit 0 when every line ran; else 5 if a run failed, else 3 if a line could not be used."
        },
        footer = {
            "",
            "Examples:",
            "  echo '{\"file\": \"scenarios/eu/ukraine-facility-2023-12.yaml\"}' | aidsim batch",
            "  aidsim batch --as-of 2024-03-01 < requests.jsonl > results.jsonl"
        })
final class BatchCommand implements Callable<Integer> {
    /** The key of a line that names a scenario file instead of holding a scenario: {"file": PATH}. */
    static final String FILE = "file";

    @Spec
    CommandSpec spec;

    @Option(names = "--explain", description = "Add each package's votes, reasons and the rules that fired, as run --explain does.")
    boolean explain;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Stop each scenario's timeline on this date (YYYY-MM-DD) and report the state then.")
    LocalDate asOf;

    @Mixin
    OverrideOptions overrideOptions;

    @Mixin
    RulesOptions rulesOptions;

    @Override
    public Integer call() throws IOException {
        Simulator simulator = rulesOptions.simulator();
        Overrides overrides = overrideOptions.overrides();
        boolean whatIf = asOf != null || !overrideOptions.isEmpty();
        PrintWriter out = spec.commandLine().getOut();
        InputStream in = new BufferedInputStream(System.in);
        int code = ExitCodes.OK;
        int lineNumber = 0;
        Line line;
        while ((line = nextLine(in)) != null) {
            lineNumber++;
            Answer answer = answer(line, lineNumber, simulator, overrides, whatIf);
            if (answer == null) {
                continue;
            }
            out.print(Json.line(answer.document()));
            out.flush();
            code = worse(code, answer.code());
        }
        return code;
    }

    /** One line's answer and the exit code it calls for; null for a blank line. */
    private Answer answer(Line line, int lineNumber, Simulator simulator, Overrides overrides, boolean whatIf) {
        String name = InputFiles.STANDARD_INPUT_NAME;
        try {
            String text = utf8(line, lineNumber);
            if (text.isBlank()) {
                return null;
            }
            DocumentReader.Tree tree = DocumentReader.read(name, text, true);
            JsonNode file = tree.root().get(FILE);
            Scenario scenario;
            if (file != null && tree.root().size() == 1) {
                if (!file.isTextual()) {
                    throw new InputException(List.of(new Problem(name, lineNumber, 0, FILE,
                            "expected the path of a scenario file as text, such as {\"file\": \"scenarios/eu/x.yaml\"}")));
                }
                name = file.asText();
                scenario = ScenarioLoader.load(DocumentReader.read(Path.of(name)), simulator.rules().institutions(), simulator.rules()::ruleIdsAndNames, overrides);
            } else {
                scenario = ScenarioLoader.load(tree, simulator.rules().institutions(), simulator.rules()::ruleIdsAndNames, overrides);
            }
            AsOfOption.refuseBefore(asOf, scenario);
            ScenarioResult result = simulator.run(scenario, asOf);
            Reporter.Run run = ExpectationChecker.judged(result, whatIf);
            return new Answer(JsonReporter.document(run, explain), ExitCodes.OK);
        } catch (InputException e) {
            List<Problem> problems = e.problems().stream().map(p -> onLine(p, lineNumber)).toList();
            return new Answer(failed(lineNumber, name, "invalid", problems, null), ExitCodes.BAD_INPUT);
        } catch (AidsimException e) {
            return new Answer(failed(lineNumber, name, "invalid", List.of(), e.getMessage()), ExitCodes.BAD_INPUT);
        } catch (RunException e) {
            return new Answer(failed(lineNumber, name, "error", List.of(), e.getMessage()), ExitCodes.RUN_FAILED);
        }
    }

    private record Answer(Map<String, Object> document, int code) {
    }

    /** A line that gave no result: {"line", "file", "status", "problems", "error"}, in that order. */
    private static Map<String, Object> failed(int line, String file, String status, List<Problem> problems, String error) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", line);
        out.put("file", file);
        out.put("status", status);
        out.put("problems", CheckReport.problems(problems));
        out.put("error", error);
        return out;
    }

    /**
     * A problem in a line of standard input, placed on that line: the reader sees each line as a document of its own,
     * so its own line number is always 1. Problems of a file the line names keep the file's places.
     */
    private static Problem onLine(Problem p, int lineNumber) {
        if (!p.file().equals(InputFiles.STANDARD_INPUT_NAME)) {
            return p;
        }
        return new Problem(p.file(), lineNumber, p.column(), p.field(), p.message());
    }

    /** Exit codes compete as test's do: a failed run (5) over bad input (3) over success. */
    private static int worse(int a, int b) {
        if (a == ExitCodes.RUN_FAILED || b == ExitCodes.RUN_FAILED) {
            return ExitCodes.RUN_FAILED;
        }
        return Math.max(a, b);
    }

    /** One line of input without its line ending; {@code tooLong} when it ran past {@link InputFiles#MAX_BYTES}. */
    private record Line(byte[] bytes, boolean tooLong) {
    }

    /**
     * The next line, or null at the end of input. A line longer than one input may be is read to its end and
     * refused, so the lines after it still run.
     */
    private static Line nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() < InputFiles.MAX_BYTES) {
                line.write(b);
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(bytes, tooLong);
    }

    private static String utf8(Line line, int lineNumber) {
        if (line.tooLong()) {
            throw new InputException(List.of(new Problem(InputFiles.STANDARD_INPUT_NAME, lineNumber, 0, "",
                    String.format(Locale.ROOT, "the line has more than the limit of %,d bytes (8 MiB) for one input; "
                            + "it is not malformed, only too large to read", InputFiles.MAX_BYTES))));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(List.of(new Problem(InputFiles.STANDARD_INPUT_NAME, lineNumber, 0, "",
                    "the line is not UTF-8 text; write it as UTF-8")));
        }
    }
}
