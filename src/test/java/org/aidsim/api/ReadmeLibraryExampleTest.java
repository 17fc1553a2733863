package org.aidsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library section: its Java blocks compile against the library, and the example prints what it says. */
class ReadmeLibraryExampleTest {

    @Test
    void readmeExample_compilesRunsAndPrintsTheVerdict(@TempDir Path dir) throws Exception {
        String source = javaBlock("public class Example");

        compile(dir, "Example", source);
        String printed = runMain(dir, "Example");

        assertThat(printed).isEqualTo("BLOCKED by [HU]\nas expected\n");
        assertThat(readme()).contains("prints `BLOCKED by [HU]` and `as expected`");
    }

    @Test
    void readmeJunitBlock_compilesAgainstTheHelper(@TempDir Path dir) throws Exception {
        String source = """
                import java.nio.file.Path;
                import java.util.stream.Stream;
                import org.aidsim.junit.AidsimScenarios;
                import org.junit.jupiter.api.DynamicTest;
                import org.junit.jupiter.api.TestFactory;
                """ + javaBlock("class ScenariosTest");

        compile(dir, "ScenariosTest", source);

        assertThat(dir.resolve("ScenariosTest.class")).exists();
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    /** The README's ```java block containing {@code marker}. */
    private static String javaBlock(String marker) throws IOException {
        List<String> blocks = new ArrayList<>();
        String[] lines = readme().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("```java")) {
                StringBuilder text = new StringBuilder();
                while (++i < lines.length && !lines[i].startsWith("```")) {
                    text.append(lines[i]).append('\n');
                }
                blocks.add(text.toString());
            }
        }
        List<String> found = blocks.stream().filter(b -> b.contains(marker)).toList();
        assertThat(found).as("README.md's java block with " + marker).hasSize(1);
        return found.get(0);
    }

    private static void compile(Path dir, String className, String source) throws IOException {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file);
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(),
                    "-proc:none", "-Xlint:none");
            boolean compiled = javac.getTask(diagnostics, files, null, options, null, units).call();
            assertThat(compiled).as("README block compiles:\n" + diagnostics).isTrue();
        }
    }

    private static String runMain(Path dir, String className) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ReadmeLibraryExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
