package dev.pvecodegen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.simulator.PveSimulator;
import org.junit.jupiter.api.Test;

/** A Backup Server schema makes the injected client speak PBS: its token header and ticket cookie. */
@PveSimulatorTest(schema = "pbs-4.2")
class BackupServerSimulatorTest {

    @Test
    void theClientSpeaksBackupServer(PveSimulator simulator, PveClient client, VersionRoot root) {
        assertThat(client.product()).isEqualTo(Product.PBS);
        assertThat(root.version().has("version")).isTrue();
    }

    @Test
    @PveSimulatorTest(schema = "pbs-4.2", login = PveSimulatorTest.Login.PASSWORD)
    void andLogsInWithAPbsTicket(PveClient client, VersionRoot root) {
        assertThat(client.toString()).contains("ticket for root@pam");
        assertThat(root.version().has("version")).isTrue();
    }
}
