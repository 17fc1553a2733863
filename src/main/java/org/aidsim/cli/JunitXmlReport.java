package org.aidsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidsim.tester.JunitXml;
import org.aidsim.tester.ScenarioRunner;

/** Writes the test run's JUnit XML report ({@link JunitXml}) to the file --junit-xml names, refusing to clobber. */
final class JunitXmlReport {
    private JunitXmlReport() {
    }

    static void write(Path target, List<ScenarioRunner.Verdict> verdicts) {
        refuseToClobber(target);
        AtomicFile.write(target, JunitXml.render(verdicts), "--junit-xml");
    }

    /** A typo such as --junit-xml pom.xml must not destroy a file that is not a test report. */
    private static void refuseToClobber(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        String head;
        try {
            head = Files.isRegularFile(target) ? new String(Files.readAllBytes(target), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            head = "";
        }
        if (!head.contains(JunitXml.MARK)) {
            throw new AidsimException(ExitCodes.USAGE, "aidsim: --junit-xml " + target
                    + ": the file exists and is not a JUnit XML report; remove it or name another file");
        }
    }
}
