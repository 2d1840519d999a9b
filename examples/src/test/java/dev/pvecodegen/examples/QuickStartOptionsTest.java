package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickStartOptionsTest {

    @Test
    void withoutHostTheSimulatorIsUsedWithTheUsualDefaults() {
        QuickStartOptions options = QuickStartOptions.parse(new String[0], Map.of());

        assertThat(options.host()).isEmpty();
        assertThat(options.username()).isEqualTo("root@pam");
        assertThat(options.tokenName()).isEqualTo("automation");
        assertThat(options.storage()).isEqualTo("local-lvm");
        assertThat(options.bridge()).isEqualTo("vmbr0");
        assertThat(options.insecure()).isFalse();
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        QuickStartOptions options = QuickStartOptions.parse(
                new String[] {"--host", "pve1:8006", "--node", "pve1", "--storage", "ceph"},
                Map.of("PVE_HOST", "other:8006", "PVE_PASSWORD", "secret-from-env", "PVE_BRIDGE", "vmbr1"));

        assertThat(options.host()).contains("pve1:8006");
        assertThat(options.node()).contains("pve1");
        assertThat(options.storage()).isEqualTo("ceph");
        assertThat(options.bridge()).isEqualTo("vmbr1");
        assertThat(options.password()).contains("secret-from-env");
        assertThat(options.toString()).doesNotContain("secret-from-env");
    }

    @Test
    void aRealHostNeedsThePasswordFromTheEnvironmentNeverFromArguments() {
        assertThatThrownBy(() -> QuickStartOptions.parse(new String[] {"--host", "pve1"}, Map.of()))
                .hasMessageContaining("PVE_PASSWORD");
        assertThatThrownBy(() -> QuickStartOptions.parse(new String[] {"--password", "x"}, Map.of()))
                .hasMessageContaining("PVE_PASSWORD");
    }

    @Test
    void contradictoryOrUnknownArgumentsAreRefused() {
        assertThatThrownBy(
                        () -> QuickStartOptions.parse(new String[] {"--insecure", "--fingerprint", "AB:CD"}, Map.of()))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> QuickStartOptions.parse(new String[] {"--verbose"}, Map.of()))
                .hasMessageContaining("unknown argument '--verbose'")
                .hasMessageContaining("usage:");
        assertThatThrownBy(() -> QuickStartOptions.parse(new String[] {"--node"}, Map.of()))
                .hasMessageContaining("--node needs a value");
    }
}
