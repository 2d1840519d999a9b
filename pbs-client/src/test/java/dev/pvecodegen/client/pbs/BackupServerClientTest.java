package dev.pvecodegen.client.pbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pbs.model.CreateDatastore;
import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.TaskResult;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.pbs.Datastores;
import dev.pvecodegen.testkit.PveSimulatorTest;
import dev.pvecodegen.testkit.SimulatorClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The generated Backup Server client against the simulator serving the pinned PBS 4.2 schema, over HTTPS pinned to
 * its certificate: PBS tokens and tickets, datastores, tasks with PBS UPIDs. Results are held in {@code var}: the
 * names of generated response types are the generator's to choose.
 */
@PveSimulatorTest(schema = "pbs-4.2", nodes = "pbs1")
class BackupServerClientTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void connectsWithAPbsApiToken(Pbs pbs, PveClient client) {
        assertThat(client.product()).isEqualTo(Product.PBS);
        assertThat(client.toString()).contains("API token " + SimulatorClients.TOKEN_ID);

        var version = pbs.version().get();

        assertThat(version.release()).isEqualTo("4.2");
    }

    @Test
    @PveSimulatorTest(schema = "pbs-4.2", login = PveSimulatorTest.Login.PASSWORD)
    void logsInWithAPbsTicket(Pbs pbs, PveClient client) {
        assertThat(client.toString()).contains("ticket for root@pam");
        // a write: the ticket travels in the PBSAuthCookie, the CSRF token in its header
        pbs.config()
                .datastore()
                .post(CreateDatastore.builder()
                        .name("written-with-a-ticket")
                        .path("/mnt/datastore/written-with-a-ticket")
                        .build());

        assertThat(pbs.admin().datastore().get())
                .anySatisfy(store -> assertThat(store.store()).isEqualTo("written-with-a-ticket"));
    }

    @Test
    void listsTheDatastores(Pbs pbs) {
        var stores = pbs.admin().datastore().get();

        assertThat(stores).anySatisfy(store -> {
            assertThat(store.store()).isEqualTo(Datastores.DEFAULT_NAME);
            assertThat(store.mountStatus().wireValue()).isEqualTo("nonremovable");
            assertThat(store.backendType().wireValue()).isEqualTo("filesystem");
        });
        var usage = pbs.status().datastoreUsage().get();
        assertThat(usage).anySatisfy(store -> {
            assertThat(store.store()).isEqualTo(Datastores.DEFAULT_NAME);
            assertThat(store.total())
                    .hasValueSatisfying(total -> assertThat(total).isPositive());
        });
    }

    @Test
    void createsConfiguresAndRemovesADatastore(Pbs pbs, PveSimulator simulator) {
        pbs.config()
                .datastore()
                .post(CreateDatastore.builder()
                        .name("offsite")
                        .path("/mnt/datastore/offsite")
                        .comment("copies of the nightly backups")
                        .keepDaily(7)
                        .gcSchedule("sat 03:00")
                        .build());

        var config = pbs.config().datastore("offsite").get();
        assertThat(config.path()).isEqualTo("/mnt/datastore/offsite");
        assertThat(config.keepDaily()).hasValue(7L);
        assertThat(config.gcSchedule()).hasValue("sat 03:00");
        var status = pbs.admin().datastore("offsite").status().get();
        assertThat(status.used() + status.avail()).isEqualTo(status.total());

        TaskResult removed = pbs.config().datastore("offsite").delete().await(TIMEOUT);

        assertThat(removed.upid().isBackupServer()).isTrue();
        assertThat(simulator.datastores().names()).doesNotContain("offsite");
        assertThatThrownBy(() -> pbs.config().datastore("offsite").get())
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("offsite");
    }

    @Test
    void runsGarbageCollectionAsATaskWithABackupServerUpid(Pbs pbs) {
        Task gc = pbs.admin().datastore(Datastores.DEFAULT_NAME).gc().post();

        assertThat(gc.upid().isBackupServer()).isTrue();
        assertThat(gc.upid().node()).isEqualTo("pbs1");
        assertThat(gc.upid().type()).isEqualTo("garbage_collection");
        assertThat(gc.upid().user()).isEqualTo(SimulatorClients.TOKEN_ID);
        TaskResult result = gc.await(TIMEOUT);
        assertThat(result.exitStatus()).isEqualTo("OK");
        assertThat(gc.readLog()).anyMatch(line -> line.text().contains("garbage collection"));
    }

    @Test
    void createsAnApiTokenAndConnectsWithIt(Pbs pbs, PveSimulator simulator) {
        var created =
                pbs.access().users().userid("root@pam").token("backup-job").post();

        assertThat(created.tokenid()).isEqualTo("root@pam!backup-job");
        try (PveClient withToken = SimulatorClients.builder(simulator)
                .apiToken(created.tokenid(), created.value())
                .build()) {
            assertThat(new Pbs(withToken).version().get().release()).isEqualTo("4.2");
        }
    }
}
