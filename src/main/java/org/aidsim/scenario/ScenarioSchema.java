package org.aidsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of a scenario file, as editors' YAML language servers read it: the keys
 * {@link ScenarioDocument} and {@link ExpectDocument} accept, the fixed words (positions, rules, outcomes), and the
 * README's sentences as descriptions. It states the shape only; what depends on the rules folder (which countries
 * sit in a forum, which rule names exist) and on other fields (a split summing to 100%) stays with
 * {@link ScenarioValidator}. The checkout's {@code schema/scenario.schema.json} is a link to this resource.
 */
public final class ScenarioSchema {
    private static final String RESOURCE = "scenario.schema.json";

    private ScenarioSchema() {
    }

    /** The schema as UTF-8 JSON text, ending in a newline. */
    public static String text() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the scenario schema is missing from the jar: rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the scenario schema could not be read from the jar", e);
        }
    }
}
