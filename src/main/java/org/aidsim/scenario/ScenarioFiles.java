package org.aidsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths a user names into scenario files: a folder stands for every scenario file below it. */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenarioFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new InputException(Problem.ofFile(path, "cannot be read: " + e.getMessage()));
                }
            } else {
                out.add(path);
            }
        }
        return out;
    }

    public static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
