package org.aidsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
    @Test
    void schema_printsTheShippedSchemaFile() throws IOException {
        CliRun run = CliRun.of("schema");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("schema", "scenario.schema.json"), StandardCharsets.UTF_8));
        assertThat(run.out()).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(run.err()).isEmpty();
    }
}
