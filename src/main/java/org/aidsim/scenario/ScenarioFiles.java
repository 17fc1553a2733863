package org.aidsim.scenario;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Expands the paths a user names into scenario files: a folder stands for every scenario file below it. */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /**
     * The files named, each folder replaced by the scenario files below it in path order. A path that is not a
     * folder is kept as named, so that reading it says what is wrong with it. Throws {@link InputException} listing
     * every part of a folder that cannot be read (a subfolder without permission, say), with its path.
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Walk walk = new Walk(problems);
                try {
                    Files.walkFileTree(path, walk);
                } catch (IOException e) {
                    problems.add(InputFiles.problem(path, e));
                }
                out.addAll(walk.found.stream().sorted().toList());
            } else {
                out.add(path);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    public static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Collects scenario files and, instead of stopping at the first, every entry that cannot be read. A named pipe
     * or device with a scenario name is collected too: reading it then refuses it rather than passing it over.
     */
    static final class Walk extends SimpleFileVisitor<Path> {
        private final List<Path> found = new ArrayList<>();
        private final List<Problem> problems;

        Walk(List<Problem> problems) {
            this.problems = problems;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (!attributes.isDirectory() && isScenarioFile(file)) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(InputFiles.problem(file, e));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problems.add(InputFiles.problem(dir, e));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
