package org.aidsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.aidsim.TestRules;
import org.aidsim.model.Verdict;
import org.junit.jupiter.api.Test;

class JsonScenarioTest {
    @Test
    void jsonScenario_runsLikeYaml() {
        Path file = TestRules.write("s.json", """
                {"name": "json", "date": "2024-03-18",
                 "packages": [{"id": "p", "forum": "eu-council", "rule": "unanimity", "amount": 5000000000,
                               "positions": {"default": "support", "HU": "constructive-abstain"}}]}
                """);
        var result = TestRules.simulator().run(TestRules.scenario(file));
        assertThat(result.packages().get(0).verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(result.packages().get(0).aidPackage().amount().plain()).isEqualTo("5000000000");
    }

    @Test
    void malformedJson_namesLineAndColumn() {
        Path file = TestRules.write("s.json", "{\"name\": \"json\",\n \"date\": }\n");
        assertThatThrownBy(() -> TestRules.scenario(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":2:10: malformed JSON: Unexpected character ('}'");
    }
}
