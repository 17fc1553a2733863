package org.aidsim.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidsim.TestRules;
import org.aidsim.engine.ActionDialect;
import org.aidsim.engine.RuleSet;
import org.aidsim.engine.RulesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules folder's reference data read on a thread of its own before the load asks for it (the command line's prefetch). */
class PrefetchedReferenceTest {
    @TempDir
    Path temp;

    @Test
    void badReferenceData_prefetched_reportsTheSameProblemsAsAReadAtLoad() throws IOException {
        Path rules = TestRules.copyRules(temp.resolve("rules"));
        Path parameters = rules.resolve("parameters.yaml");
        String text = Files.readString(parameters, StandardCharsets.UTF_8);
        Files.writeString(parameters, text.replace("2014-11-01: 55/100", "2014-11-01: 55 of 100"), StandardCharsets.UTF_8);

        RulesException atLoad = catchThrowableOfType(() -> RuleFolders.load(rules), RulesException.class);
        RuleFolders.prefetch(rules, ActionDialect.MVEL, false);
        RulesException prefetched = catchThrowableOfType(() -> RuleFolders.load(rules), RulesException.class);

        assertThat(atLoad).isNotNull();
        assertThat(atLoad.problems()).anyMatch(p -> p.contains("parameters.yaml") && p.contains("55 of 100"));
        assertThat(prefetched).isNotNull();
        assertThat(prefetched.problems()).isEqualTo(atLoad.problems());
    }

    @Test
    void prefetchedReference_isTakenByOneLoad_theNextReadsTheFolderAgain() throws IOException {
        Path rules = TestRules.copyRules(temp.resolve("rules"));
        RuleFolders.prefetch(rules, ActionDialect.MVEL, false);
        RuleSet first = RuleFolders.load(rules);
        Path parameters = rules.resolve("parameters.yaml");
        String text = Files.readString(parameters, StandardCharsets.UTF_8);
        Files.writeString(parameters, text.replace("2014-11-01: 55/100", "2014-11-01: 55 of 100"), StandardCharsets.UTF_8);

        RulesException second = catchThrowableOfType(() -> RuleFolders.load(rules), RulesException.class);

        assertThat(first.institutions().parameters()).isNotNull();
        assertThat(second).isNotNull();
        assertThat(second.problems()).anyMatch(p -> p.contains("55 of 100"));
    }
}
