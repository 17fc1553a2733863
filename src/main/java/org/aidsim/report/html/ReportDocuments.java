package org.aidsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidsim.report.Json;
import org.aidsim.scenario.InputException;
import org.aidsim.scenario.InputFiles;
import org.aidsim.scenario.Problem;

/**
 * Tells a saved aidsim result from a scenario file and reads it: a .json file whose first object has a
 * {@code "scenario"} field is what {@code aidsim run} or {@code aidsim sweep} wrote with {@code --format json} or
 * {@code jsonl} (one or more objects in a row); a scenario file names itself with {@code "name"}.
 */
public final class ReportDocuments {

    private ReportDocuments() {
    }

    /** What one saved result file holds: run objects and sweep objects, in file order within each. */
    public record Saved(List<JsonNode> runs, List<JsonNode> sweeps) {
    }

    /**
     * The results {@code file} holds, or empty when it is not a saved result (a scenario file, or anything the
     * scenario reader should judge and report on). Throws {@link InputException} naming the object that is neither a
     * run's nor a sweep's result.
     */
    public static Optional<Saved> read(Path file) {
        if (InputFiles.isStandardInput(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.empty();
        }
        List<JsonNode> objects;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > InputFiles.MAX_BYTES) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try (MappingIterator<JsonNode> values = Json.treeReader().readValues(text)) {
                objects = values.readAll();
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON we can read as results: the scenario reader says precisely what is wrong with it.
            return Optional.empty();
        }
        if (objects.isEmpty() || !objects.get(0).path("scenario").isTextual()) {
            return Optional.empty();
        }
        List<JsonNode> runs = new ArrayList<>();
        List<JsonNode> sweeps = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode o = objects.get(i);
            if (o.has("profiles") && o.path("packages").isArray()) {
                sweeps.add(o);
            } else if (o.path("timeline").isArray() && o.path("packages").isArray() && o.path("date").isTextual()) {
                runs.add(o);
            } else {
                throw new InputException(Problem.ofFile(file, "object " + (i + 1) + " is neither a result of 'aidsim run "
                        + "--format json' (with \"date\", \"packages\" and \"timeline\") nor of 'aidsim sweep --format json' "
                        + "(with \"profiles\" and \"packages\"); save the result again with this aidsim"));
            }
        }
        return Optional.of(new Saved(runs, sweeps));
    }
}
