package org.aidsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidsim.scenario.InputFiles;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command's report goes: standard output, a file (-o), or nowhere but the problems (-q). A report file
 * never replaces an input: not a scenario file read, not a file in the rules folder, not any .yaml, .yml, .json or
 * .drl file named on the command line (an overlay, a typo for the output).
 */
final class ReportOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (a new file moved into place, so FILE is "
                    + "whole or unchanged); its folder must exist. Never a scenario, overlay or rules file.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, not the report; the exit code says how it went.")
    boolean quiet;

    /**
     * Refuses (exit 2) an --output that would replace one of {@code inputs}, a file in {@code rulesFolder} or an
     * input file named on the command line. Called before anything runs, so a wrong -o costs nothing.
     */
    void refuseOverInputs(List<Path> inputs, Path rulesFolder) {
        if (output == null) {
            return;
        }
        List<Path> protectedFiles = new ArrayList<>(inputs);
        for (ArgSpec arg : mixee.commandLine().getParseResult().matchedArgs()) {
            if (arg instanceof OptionSpec option && option.longestName().equals("--output")) {
                continue;
            }
            for (String value : arg.originalStringValues()) {
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json") || lower.endsWith(".drl")) {
                    protectedFiles.add(Path.of(value));
                }
            }
        }
        for (Path input : protectedFiles) {
            if (!InputFiles.isStandardInput(input) && same(output, input)) {
                throw refused("is an input of this command (" + input + "); name another file for the report");
            }
        }
        if (rulesFolder != null && rulesFolder.getFileSystem() == FileSystems.getDefault() && Files.isDirectory(rulesFolder) && real(output).startsWith(real(rulesFolder))) {
            throw refused("is inside the rules folder " + rulesFolder + ", where a new file would be read as rules; "
                    + "name a file outside it");
        }
    }

    /** Sends {@code report} to --output or standard output, and with --quiet only {@code problems} to standard output. */
    void emit(String report, String problems) {
        PrintWriter out = mixee.commandLine().getOut();
        if (output != null) {
            AtomicFile.write(output, report, "-o");
        }
        if (quiet) {
            out.print(problems);
        } else if (output == null) {
            out.print(report);
        }
        out.flush();
    }

    private AidsimException refused(String why) {
        return new AidsimException(ExitCodes.USAGE, "aidsim: -o " + output + ": " + why);
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // compared by name below
        }
        return real(a).equals(real(b));
    }

    /** The path with its existing part's links resolved, so rules/../rules/x.drl and a link to rules/ are caught. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
