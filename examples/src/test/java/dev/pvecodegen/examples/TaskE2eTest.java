package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.NodesNodeQemuVmid;
import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.TaskEntry;
import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.TaskFailedException;
import dev.pvecodegen.runtime.task.TaskLogLine;
import dev.pvecodegen.runtime.task.TaskResult;
import dev.pvecodegen.runtime.task.TaskTimeoutException;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.fault.Fault;
import dev.pvecodegen.simulator.fault.FaultRule;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Task outcomes as the server reports them: OK, {@code WARNINGS: n} (a success), errors, and tasks still running. */
class TaskE2eTest extends SharedSimulatorTest {
    private static final String START = "/nodes/{node}/qemu/{vmid}/status/start";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private NodesNodeQemuVmid newVm() {
        int vmid = nextVmid();
        pve.nodes("pve")
                .qemu()
                .post(CreateQemu.builder().vmid(vmid).name("task-" + vmid).build())
                .await(TIMEOUT);
        return pve.nodes("pve").qemu().vmid(vmid);
    }

    @Test
    void aTaskEndingWithWarningsIsASuccessCarryingItsLog() {
        NodesNodeQemuVmid vm = newVm();
        simulator.faults().inject(FaultRule.on(START, Fault.taskWarnings(2)).times(1));

        TaskResult result = vm.status().start().post().await(TIMEOUT);

        assertThat(result.hasWarnings()).isTrue();
        assertThat(result.warnings()).isEqualTo(2);
        assertThat(result.exitStatus()).isEqualTo("WARNINGS: 2");
        assertThat(result.log()).isNotEmpty();
        // the work was done: warnings are not failures
        assertThat(vm.status().current().get().status().wireValue()).isEqualTo("running");
    }

    @Test
    void earlyParameterErrorsOfTheStatusCallAreToleratedWhileTheTaskRegisters() {
        NodesNodeQemuVmid vm = newVm();
        simulator
                .faults()
                .inject(FaultRule.on(
                                "/nodes/{node}/tasks/{upid}/status", Fault.error(400, "Parameter verification failed."))
                        .times(2));

        assertThat(vm.status().start().post().await(TIMEOUT).exitStatus()).isEqualTo("OK");
    }

    @Test
    void aStatusCallThatKeepsFailingIsReportedAfterTheToleratedFew() {
        NodesNodeQemuVmid vm = newVm();
        simulator
                .faults()
                .inject(FaultRule.on(
                        "/nodes/{node}/tasks/{upid}/status", Fault.error(400, "Parameter verification failed.")));
        Task start = vm.status().start().post();

        assertThatThrownBy(() -> start.await(TIMEOUT))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void aFailedTaskThrowsWithExitStatusAndLogTail() {
        NodesNodeQemuVmid vm = newVm();
        String error = "start failed: QEMU exited with code 1";
        simulator.faults().inject(FaultRule.on(START, Fault.taskFailure(error)).times(1));
        Task task = vm.status().start().post();

        assertThatThrownBy(() -> task.await(TIMEOUT))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.exitStatus()).isEqualTo(error);
                    assertThat(e.upid()).isEqualTo(task.upid());
                    assertThat(e.log()).extracting(TaskLogLine::text).anyMatch(line -> line.contains(error));
                })
                .hasMessageContaining(error)
                .hasMessageContaining("qmstart");
        assertThat(vm.status().current().get().status().wireValue()).isEqualTo("stopped");
    }

    @Test
    void aFailureIsAlsoReportedByTheAsynchronousWait() {
        NodesNodeQemuVmid vm = newVm();
        simulator
                .faults()
                .inject(FaultRule.on(START, Fault.taskFailure("no such bridge")).times(1));

        assertThatThrownBy(() -> vm.status().start().post().awaitAsync(TIMEOUT).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(TaskFailedException.class);
    }

    @Test
    void aTaskStillRunningAtTheTimeoutCanBeStoppedAndIsListedOnItsNode() {
        try (PveSimulator slow = PveSimulator.start(Simulators.options()
                        .taskDuration(Duration.ofMinutes(10))
                        .build());
                PveClient slowClient = Simulators.tokenClient(slow)) {
            Pve slowPve = new Pve(slowClient);
            Task create = slowPve.nodes("pve")
                    .qemu()
                    .post(CreateQemu.builder().vmid(300).build());

            assertThatThrownBy(() -> create.await(Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(
                            TaskTimeoutException.class,
                            e -> assertThat(e.upid()).isEqualTo(create.upid()));
            assertThat(slowPve.nodes("pve").tasks().get())
                    .extracting(TaskEntry::upid)
                    .contains(create.upid().toString());

            create.stop();

            assertThatThrownBy(() -> create.await(TIMEOUT))
                    .isInstanceOfSatisfying(
                            TaskFailedException.class,
                            e -> assertThat(e.exitStatus()).contains("interrupted"));
            assertThat(create.readLog()).isNotEmpty();
        }
    }
}
