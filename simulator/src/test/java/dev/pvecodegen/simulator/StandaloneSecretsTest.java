package dev.pvecodegen.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone simulator takes its secrets from the environment and from files, never from its arguments. */
class StandaloneSecretsTest {
    private static final String SECRET = "5e3b9c1a-7f2d-4e6b-8a9c-0d1e2f3a4b5c";

    @TempDir
    Path temp;

    @Test
    void tokensComeFromAFile() throws Exception {
        Path file = Files.writeString(
                temp.resolve("tokens"), "# tokens for CI\nroot@pam!ci=" + SECRET + "\n\nalice@pve!ro=other\n");

        SimulatorOptions options = Main.parse(List.of("--token-file", file.toString()), Map.of());

        assertThat(options.tokens())
                .extracting(t -> t.userid() + "!" + t.tokenid() + "=" + t.secret())
                .containsExactly("root@pam!ci=" + SECRET, "alice@pve!ro=other");
        assertThat(options.toString()).doesNotContain(SECRET);
    }

    @Test
    void theRootPasswordComesFromTheEnvironmentOrAFile() throws Exception {
        SimulatorOptions fromEnvironment =
                Main.parse(List.of(), Map.of(SecretOptions.ROOT_PASSWORD_VARIABLE, "from-env"));
        assertThat(fromEnvironment.users().get(0).password()).isEqualTo("from-env");

        Path file = Files.writeString(temp.resolve("pw"), "from-file\n");
        SimulatorOptions fromFile = Main.parse(
                List.of("--root-password-file", file.toString()),
                Map.of(SecretOptions.ROOT_PASSWORD_VARIABLE, "from-env"));
        assertThat(fromFile.users().get(0).password()).isEqualTo("from-file");

        assertThat(Main.parse(List.of(), Map.of()).users().get(0).password())
                .isEqualTo(SimulatorOptions.DEFAULT_ROOT_PASSWORD);
    }

    @Test
    void secretsOnTheCommandLineAreRefusedWithoutBeingRepeated() {
        for (String option : List.of("--root-password", "--token", "--root-totp")) {
            assertThatThrownBy(() -> Main.parse(List.of(option, "root@pam!ci=" + SECRET), Map.of()))
                    .as(option)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("every local user")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void aMalformedTokenFileNamesTheLineNotTheSecret() throws Exception {
        Path file = Files.writeString(temp.resolve("tokens"), "root@pam!ci=" + SECRET + "\n" + SECRET + "\n");

        assertThatThrownBy(() -> Main.parse(List.of("--token-file", file.toString()), Map.of()))
                .hasMessageContaining("line 2")
                .hasMessageNotContaining(SECRET);
    }
}
