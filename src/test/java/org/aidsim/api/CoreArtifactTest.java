package org.aidsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * aidsim-core, the library jar the build makes beside the CLI's: it holds every package but the command line's,
 * none of which reaches into the command line, and its hand-written pom declares what those packages need.
 */
class CoreArtifactTest {
    private static final Path MAIN = Path.of("src/main/java/org/aidsim");
    private static final Set<String> CLI_ONLY_PACKAGES = Set.of("cli", "bench");
    private static final Set<String> CLI_ONLY_DEPENDENCIES = Set.of("info.picocli:picocli", "org.slf4j:slf4j-simple");
    /** Used by the build alone (engine/ExecutableModelBuild generates the executable model's classes). */
    private static final Set<String> BUILD_ONLY_DEPENDENCIES = Set.of("org.drools:drools-model-codegen");

    @Test
    void coreJar_includesEveryPackageButTheCommandLines() throws Exception {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !CLI_ONLY_PACKAGES.contains(name)).forEach(packages::add);
        }
        Set<String> included = new TreeSet<>();
        NodeList executions = pom(Path.of("pom.xml")).getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if (text(execution, "id").equals("core-jar")) {
                NodeList includes = execution.getElementsByTagName("include");
                for (int j = 0; j < includes.getLength(); j++) {
                    Matcher m = Pattern.compile("org/aidsim/([a-z]+)/\\*\\*").matcher(includes.item(j).getTextContent());
                    if (m.matches()) {
                        included.add(m.group(1));
                    }
                }
            }
        }

        assertThat(included).isEqualTo(packages);
    }

    @Test
    void corePackages_importNothingFromTheCommandLine() throws IOException {
        List<String> reaching = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
                if (CLI_ONLY_PACKAGES.contains(pkg)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    if (line.matches("import (static )?(picocli|org\\.aidsim\\.cli|org\\.aidsim\\.bench)\\..*")) {
                        reaching.add(file + ": " + line);
                    }
                }
            }
        }

        assertThat(reaching).isEmpty();
    }

    @Test
    void corePom_declaresTheRootsDependenciesButTheCommandLines() throws Exception {
        Set<String> root = new TreeSet<>();
        for (Element dependency : dependencies(pom(Path.of("pom.xml")))) {
            String scope = text(dependency, "scope");
            String key = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
            if (!scope.equals("test") && !CLI_ONLY_DEPENDENCIES.contains(key) && !BUILD_ONLY_DEPENDENCIES.contains(key)) {
                root.add(key);
            }
        }
        Set<String> core = new TreeSet<>();
        Document corePom = pom(Path.of("src/core/aidsim-core.pom"));
        for (Element dependency : dependencies(corePom)) {
            core.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
            assertThat(text(dependency, "version")).as("%s's version comes from the root pom's properties", dependency)
                    .matches("\\$\\{(drools|jackson|junit)\\.version}");
        }

        assertThat(core).isEqualTo(root);
        assertThat(text(corePom.getDocumentElement(), "version")).isEqualTo("${project.version}");
    }

    @Test
    void readmeDependencySnippet_namesThisVersion() throws Exception {
        String version = text(pom(Path.of("pom.xml")).getDocumentElement(), "version");

        assertThat(Files.readString(Path.of("README.md")))
                .contains("  <artifactId>aidsim-core</artifactId>\n  <version>" + version + "</version>");
    }

    private static Document pom(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    /** The dependencies of the pom's own dependencies block (not its dependencyManagement). */
    private static List<Element> dependencies(Document pom) {
        List<Element> out = new ArrayList<>();
        NodeList children = pom.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element block && block.getTagName().equals("dependencies")) {
                NodeList deps = block.getElementsByTagName("dependency");
                for (int j = 0; j < deps.getLength(); j++) {
                    out.add((Element) deps.item(j));
                }
            }
        }
        return out;
    }

    /** The text of {@code parent}'s direct child {@code tag}, or "" when it has none. */
    private static String text(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(tag)) {
                return child.getTextContent().trim();
            }
        }
        return "";
    }
}
