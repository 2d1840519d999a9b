package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreatePool;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.PoolEntry;
import dev.pvecodegen.client.pve.model.QemuEntry;
import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.TransportException;
import dev.pvecodegen.runtime.task.TaskResult;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.simulator.fault.Fault;
import dev.pvecodegen.simulator.fault.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Faults injected into the simulator, and what the client repeats: idempotent calls on 503 and broken
 * connections, any call on the lock timeout (the server did nothing then), never a POST that may have been done.
 * The default policy makes 4 attempts.
 */
class RetryE2eTest extends SharedSimulatorTest {
    private static final String QEMU = "/nodes/{node}/qemu";

    @Test
    void aGetAnswered503IsRepeatedUntilItSucceeds() {
        simulator
                .faults()
                .inject(FaultRule.on(HttpMethod.GET, "/nodes", Fault.error(503, "Service Unavailable"))
                        .times(3));

        assertThat(pve.nodes().get()).isNotEmpty();
    }

    @Test
    void aGetStill503AfterTheLastAttemptFailsWithTheStatus() {
        simulator
                .faults()
                .inject(FaultRule.on(HttpMethod.GET, "/nodes", Fault.error(503, "Service Unavailable"))
                        .times(4));

        assertThatThrownBy(() -> pve.nodes().get())
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(pve.nodes().get()).isNotEmpty(); // the four injected answers were all used
    }

    @Test
    void aProxyPseudoStatusBetweenNodesIsRepeatedForGets() {
        simulator
                .faults()
                .inject(FaultRule.on(HttpMethod.GET, "/cluster/resources", Fault.error(596, "Connection timed out"))
                        .times(1));

        assertThat(pve.cluster().resources().get()).isNotEmpty();
    }

    @Test
    void aPostAnswered503IsNotRepeated() {
        simulator
                .faults()
                .inject(FaultRule.on(HttpMethod.POST, "/pools", Fault.error(503, "Service Unavailable"))
                        .times(1));

        assertThatThrownBy(() ->
                        pve.pools().post(CreatePool.builder().poolid("once").build()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(pve.pools().get()).extracting(PoolEntry::poolid).doesNotContain("once");
    }

    @Test
    void aLockTimeoutIsRepeatedEvenForAPost() {
        int vmid = nextVmid();
        simulator.faults().inject(FaultRule.on(QEMU, Fault.lockTimeout()).times(2));

        pve.nodes("pve").qemu().post(CreateQemu.builder().vmid(vmid).build()).await(Duration.ofSeconds(30));

        assertThat(simulator.cluster().findGuest(vmid)).isPresent();
    }

    @Test
    void parallelCreatesThroughOneSharedClientAllSucceedDespiteLockTimeouts() throws Exception {
        // three, so that even one call meeting them all still succeeds on its fourth and last attempt
        simulator.faults().inject(FaultRule.on(QEMU, Fault.lockTimeout()).times(3));
        List<Integer> vmids = IntStream.range(700, 708).boxed().toList();
        ExecutorService threads = Executors.newFixedThreadPool(vmids.size());
        try {
            List<Future<TaskResult>> results = new ArrayList<>();
            for (int vmid : vmids) {
                results.add(threads.submit(() -> pve.nodes("pve")
                        .qemu()
                        .post(CreateQemu.builder()
                                .vmid(vmid)
                                .name("parallel-" + vmid)
                                .build())
                        .await(Duration.ofSeconds(30))));
            }
            for (Future<TaskResult> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS).exitStatus()).isEqualTo("OK");
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(pve.nodes("pve").qemu().get()).extracting(QemuEntry::vmid).containsAll(vmids);
    }

    @Test
    void withoutRetriesALockTimeoutIsRecognisable() {
        int vmid = nextVmid();
        simulator.faults().inject(FaultRule.on(QEMU, Fault.lockTimeout()).times(1));
        try (PveClient once = Simulators.pinnedClient(simulator)
                .noRetries()
                .apiToken(Simulators.TOKEN_ID, Simulators.TOKEN_SECRET)
                .build()) {

            assertThatThrownBy(() -> new Pve(once)
                            .nodes("pve")
                            .qemu()
                            .post(CreateQemu.builder().vmid(vmid).build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.isLockTimeout()).isTrue();
                        assertThat(e.serverMessage()).contains("got timeout");
                    });
        }
        assertThat(simulator.cluster().findGuest(vmid)).isEmpty();
    }

    @Test
    void aDroppedConnectionIsRepeatedForAGet() {
        simulator
                .faults()
                .inject(FaultRule.on(HttpMethod.GET, "/version", Fault.dropConnection())
                        .times(1));

        assertThat(pve.version().get().release()).isEqualTo("9.2");
    }

    @Test
    void aDroppedConnectionOnAPostIsReportedNotResent() {
        simulator
                .faults()
                .inject(FaultRule.on(HttpMethod.POST, "/pools", Fault.dropConnection())
                        .times(1));

        assertThatThrownBy(() ->
                        pve.pools().post(CreatePool.builder().poolid("dropped").build()))
                .isInstanceOfSatisfying(
                        TransportException.class,
                        e -> assertThat(e.mayHaveReachedServer()).isTrue());
        // the connection was cut before the simulator handled the call, and the client did not send it again
        assertThat(pve.pools().get()).extracting(PoolEntry::poolid).doesNotContain("dropped");
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsNotResent() {
        simulator
                .faults()
                .inject(FaultRule.on(HttpMethod.GET, "/cluster/nextid", Fault.latency(Duration.ofSeconds(3)))
                        .times(1));
        try (PveClient impatient = Simulators.pinnedClient(simulator)
                .requestTimeout(Duration.ofMillis(500))
                .apiToken(Simulators.TOKEN_ID, Simulators.TOKEN_SECRET)
                .build()) {

            assertThatThrownBy(() -> new Pve(impatient).cluster().nextid().get())
                    .isInstanceOfSatisfying(
                            TransportException.class,
                            e -> assertThat(e.mayHaveReachedServer()).isTrue())
                    .hasMessageContaining("timeout");
        }
    }
}
