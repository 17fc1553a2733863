package org.aidsim.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.aidsim.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a rules folder's DRL files: what cannot be listed is a rules error (exit 4) naming it, never an internal one. */
class RuleFolderFilesTest {
    @TempDir
    Path temp;

    @Test
    void unreadableFolderInsideRules_isARulesErrorNamingIt() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads a chmod 000 folder");
        Path rules = TestRules.copyRules(temp.resolve("rules"));
        Path secret = Files.createDirectory(rules.resolve("secret"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assertThatThrownBy(() -> RuleFolder.drlFiles(rules)).isInstanceOf(RulesException.class)
                    .hasMessage(rules + ": cannot be read: " + secret + ": permission denied; aidsim needs read access here");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
