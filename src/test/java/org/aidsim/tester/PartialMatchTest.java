package org.aidsim.tester;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.aidsim.model.Mismatch;
import org.junit.jupiter.api.Test;

/** The generic matcher on documents of either shape the output may take. */
class PartialMatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> match(String expected, String actual) throws Exception {
        List<Mismatch> out = new ArrayList<>();
        PartialMatch.match("p", JSON.readTree(expected), JSON.readTree(actual), out);
        return out.stream().map(Mismatch::toString).toList();
    }

    @Test
    void aRuleEntry_matchesAPlainNameOrAnObjectsIdOrName() throws Exception {
        String names = "{\"rules\": [\"Unanimity: a single vote against is a veto\"]}";
        String objects = "{\"rules\": [{\"id\": \"unanimity.veto\", \"name\": \"Unanimity: a single vote against is a veto\", \"source\": \"Art. 15(4) TEU\"}]}";
        assertThat(match("{\"rules\": [\"Unanimity: a single vote against is a veto\"]}", names)).isEmpty();
        assertThat(match("{\"rules\": [\"Unanimity: a single vote against is a veto\"]}", objects)).isEmpty();
        assertThat(match("{\"rules\": [\"unanimity.veto\"]}", objects)).isEmpty();
        assertThat(match("{\"rules\": [\"unanimity.passes\"]}", objects))
                .containsExactly("p.rules: expected \"unanimity.passes\" fired, got not fired");
    }

    @Test
    void objectsInAList_areMatchedByIdFromAMappingOrAList() throws Exception {
        String actual = "{\"tranches\": [{\"id\": \"t1\", \"status\": \"RELEASED\"}, {\"id\": \"t2\", \"status\": \"PENDING\"}]}";
        assertThat(match("{\"tranches\": {\"t2\": {\"status\": \"PENDING\"}}}", actual)).isEmpty();
        assertThat(match("{\"tranches\": [{\"id\": \"t2\", \"status\": \"RELEASED\"}]}", actual))
                .containsExactly("p.tranches.t2.status: expected RELEASED, got PENDING");
        assertThat(match("{\"tranches\": {\"t3\": {\"status\": \"PENDING\"}}}", actual))
                .containsExactly("p.tranches.t3: expected {status: PENDING}, got nothing: the output has no entry with id 't3'; ids: t1, t2");
    }

    @Test
    void money_comparesByValue() throws Exception {
        assertThat(match("{\"amount\": \"10500000\"}", "{\"amount\": \"10500000.00\"}")).isEmpty();
        assertThat(match("{\"amount\": \"10500000\"}", "{\"amount\": \"10500001\"}"))
                .containsExactly("p.amount: expected 10500000, got 10500001");
    }

    @Test
    void aFieldNotWritten_isNotChecked() throws Exception {
        assertThat(match("{\"passed\": true}", "{\"passed\": true, \"outcome\": \"adopted\", \"blockers\": [\"HU\"]}")).isEmpty();
    }
}
