package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pvecodegen.client.pve.NodesNodeLxcVmid;
import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.AccessUserEntry;
import dev.pvecodegen.client.pve.model.ApiTokenEntry;
import dev.pvecodegen.client.pve.model.CreateAccessUser;
import dev.pvecodegen.client.pve.model.CreateApiToken;
import dev.pvecodegen.client.pve.model.CreateLxc;
import dev.pvecodegen.client.pve.model.CreatePool;
import dev.pvecodegen.client.pve.model.DeletePools;
import dev.pvecodegen.client.pve.model.LxcConfig;
import dev.pvecodegen.client.pve.model.LxcNet;
import dev.pvecodegen.client.pve.model.LxcRootfs;
import dev.pvecodegen.client.pve.model.PoolEntry;
import dev.pvecodegen.client.pve.model.StorageContentEntry;
import dev.pvecodegen.runtime.PveClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What must survive the trip to the server and back: parameters of DELETE calls (in the query string), booleans
 * as 0/1, path values that need percent-encoding ({@code @}, {@code !}, {@code :}, {@code /}), property strings of
 * a container.
 */
class WireEncodingE2eTest extends SharedSimulatorTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void deleteParametersTravelInTheQueryString() {
        pve.pools().post(CreatePool.builder().poolid("short-lived").build());

        // DELETE /pools?poolid=…: a client that drops DELETE parameters gets "poolid: property is missing"
        pve.pools().delete(DeletePools.builder().poolid("short-lived").build());

        assertThat(pve.pools().get()).extracting(PoolEntry::poolid).doesNotContain("short-lived");
    }

    @Test
    void userAndTokenIdsArePercentEncodedInPathsAndBooleansSentAsZeroOrOne() {
        // the simulator answers as a real PVE host: creating users and tokens needs root's ticket, not a token
        try (PveClient root = Simulators.pinnedClient(simulator)
                .password(Simulators.ROOT, Simulators.ROOT_PASSWORD)
                .build()) {
            Pve pve = new Pve(root);
            pve.access()
                    .users()
                    .post(CreateAccessUser.builder()
                            .userid("jane.doe@pve")
                            .password("a-long-password")
                            .enable(true)
                            .comment("e2e: @ and . in the id")
                            .build());
            pve.access()
                    .users("jane.doe@pve")
                    .token("ci-bot")
                    .post(CreateApiToken.builder()
                            .privsep(true)
                            .comment("separated")
                            .build());
            pve.access()
                    .users("jane.doe@pve")
                    .token("no-sep")
                    .post(CreateApiToken.builder().privsep(false).build());

            assertThat(pve.access().users().get())
                    .extracting(AccessUserEntry::userid)
                    .contains("jane.doe@pve");
            assertThat(pve.access().users("jane.doe@pve").token().get())
                    .extracting(ApiTokenEntry::tokenid, item -> item.privsep().orElseThrow())
                    .containsExactlyInAnyOrder(tuple("ci-bot", true), tuple("no-sep", false));
            assertThat(pve.access().users("jane.doe@pve").token("ci-bot").get().comment())
                    .contains("separated");
        }
    }

    @Test
    void volumeIdsWithColonAndSlashWorkAsPathValues() {
        String iso = pve.nodes("pve").storage("local").content().get().stream()
                .map(StorageContentEntry::volid)
                .filter(volid -> volid.startsWith("local:iso/"))
                .findFirst()
                .orElseThrow();

        assertThat(pve.nodes("pve").storage("local").content(iso).get().path()).isNotBlank();
    }

    @Test
    void aContainerIsCreatedStartedReadBackAndDestroyed() {
        int ctid = nextVmid();
        pve.nodes("pve")
                .lxc()
                .post(CreateLxc.builder()
                        .vmid(ctid)
                        .hostname("ct-e2e")
                        .ostemplate("local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst")
                        .rootfs(LxcRootfs.builder().volume("local-lvm:8").build())
                        .net(
                                0,
                                LxcNet.builder()
                                        .name("eth0")
                                        .bridge("vmbr0")
                                        .ip("dhcp")
                                        .build())
                        .memory(512)
                        .unprivileged(true)
                        .build())
                .await(TIMEOUT);
        NodesNodeLxcVmid container = pve.nodes("pve").lxc().vmid(ctid);

        container.status().start().post().await(TIMEOUT);

        LxcConfig config = container.config().get();
        assertThat(config.hostname()).contains("ct-e2e");
        assertThat(config.memory()).contains(512L);
        assertThat(config.rootfs()).hasValueSatisfying(rootfs -> {
            assertThat(rootfs.volume()).isEqualTo("local-lvm:vm-" + ctid + "-disk-0");
            assertThat(rootfs.size()).contains("8G");
        });
        assertThat(config.net().get(0).name()).isEqualTo("eth0");
        assertThat(config.net().get(0).ip()).contains("dhcp");
        assertThat(config.net().get(0).hwaddr()).isPresent();
        assertThat(container.status().current().get().status().wireValue()).isEqualTo("running");

        container.status().stop().post().await(TIMEOUT);
        container.delete().await(TIMEOUT);
        assertThat(simulator.cluster().findGuest(ctid)).isEmpty();
    }
}
