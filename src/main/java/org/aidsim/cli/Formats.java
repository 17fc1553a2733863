package org.aidsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidsim.report.FormatFile;
import org.aidsim.report.OutputFormat;
import org.aidsim.report.Renderer;

/** What a command's {@code --format} value resolves to: a built-in format the command takes, or (run) a format file. */
final class Formats {
    private Formats() {
    }

    /**
     * {@code format} when {@code accepted} holds it; otherwise a usage error (exit 2) naming the command and what it
     * takes: "sweep --format jsonl: expected text, json or csv".
     */
    static OutputFormat require(OutputFormat format, String command, Iterable<String> accepted) {
        List<String> names = new ArrayList<>();
        accepted.forEach(names::add);
        if (names.contains(format.name())) {
            return format;
        }
        throw new AidsimException(ExitCodes.USAGE, "aidsim: " + command + " --format " + format.name() + ": expected " + either(names));
    }

    /**
     * For run: a built-in format of {@code accepted} by name in any case, else the format file
     * {@code formats/NAME.yaml} of the rules folder, read and checked (exit 3 with file:line:column when it is wrong);
     * a name that is neither is a usage error (exit 2) listing both kinds.
     */
    static Renderer resolve(String name, String command, Iterable<String> accepted, Path rulesFolder) {
        OutputFormat builtIn = OutputFormat.named(name);
        if (builtIn != null) {
            return require(builtIn, command, accepted);
        }
        List<String> names = new ArrayList<>();
        accepted.forEach(names::add);
        if (FormatFile.isName(name) && FormatFile.exists(rulesFolder, name)) {
            return FormatFile.read(rulesFolder, name);
        }
        List<String> files = FormatFile.names(rulesFolder);
        throw new AidsimException(ExitCodes.USAGE, "aidsim: " + command + " --format " + name + ": not an output format; expected "
                + String.join(", ", names) + " or the name of a format file in " + FormatFile.folder(rulesFolder)
                + (files.isEmpty() ? " (there is none)" : " (" + String.join(", ", files) + ")"));
    }

    private static String either(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
