package org.aidsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The placeholders of a format file: how each kind of JSON value prints, and what a wrong template says. */
class TemplateTest {
    private static JsonNode row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "p1");
        row.put("share", new java.math.BigDecimal("0.250000"));
        row.put("passed", true);
        row.put("amount", null);
        row.put("blockers", List.of("HU", "SK"));
        row.put("trace", List.of(Map.of("step", 1)));
        row.put("a/b", "slash");
        return Json.tree(row);
    }

    @Test
    void eachKindOfValue_printsAsTheReadmeSays() {
        String filled = Template.parse("{/id} {/share} {/passed} [{/amount}] {/blockers} {/trace} {/a~1b} {/gone?}.")
                .fill(row(), (p, fields) -> new IllegalStateException(p.written()));
        assertThat(filled).isEqualTo("p1 0.250000 true [] HU, SK [{\"step\":1}] slash .");
    }

    @Test
    void doubledBraces_printOneBrace() {
        assertThat(Template.parse("{{/id}} }}").fill(row(), (p, fields) -> new IllegalStateException())).isEqualTo("{/id} }");
    }

    @Test
    void absentRequiredValue_throwsWithTheFieldsThere() {
        assertThatThrownBy(() -> Template.parse("{/ids}").fill(row(), (p, fields) -> new IllegalStateException(p.written() + " " + fields)))
                .hasMessage("{/ids} [id, share, passed, amount, blockers, trace, a/b]");
    }

    @Test
    void unclosedPlaceholder_isRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> Template.parse("| {/id |"))
                .hasMessageStartingWith("'{/id |' at character 3 is not a placeholder; write {/field}");
    }

    @Test
    void strayClosingBrace_isRefused() {
        assertThatThrownBy(() -> Template.parse("a } b"))
                .hasMessage("a } at character 3 closes no placeholder; write }} for a brace");
    }
}
