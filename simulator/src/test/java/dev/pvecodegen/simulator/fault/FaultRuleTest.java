package dev.pvecodegen.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.schema.model.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultRuleTest {
    private static final String TEMPLATE = "/nodes/{node}/qemu/{vmid}/status/start";

    @Test
    void globsMatchWithinAndAcrossSegments() {
        FaultRule oneSegment = FaultRule.on("/nodes/*/qemu", Fault.lockTimeout());
        assertThat(oneSegment.matches(HttpMethod.GET, "/nodes/pve/qemu", "/nodes/{node}/qemu"))
                .isTrue();
        assertThat(oneSegment.matches(HttpMethod.GET, "/nodes/pve/qemu/100", "/nodes/{node}/qemu/{vmid}"))
                .isFalse();
        FaultRule anyDepth = FaultRule.on("/nodes/**", Fault.lockTimeout());
        assertThat(anyDepth.matches(HttpMethod.POST, "/nodes/pve/qemu/100/status/start", TEMPLATE))
                .isTrue();
        assertThat(FaultRule.on("/nodes.x", Fault.lockTimeout()).matches(HttpMethod.GET, "/nodesAx", "/x"))
                .as("regex characters are literal")
                .isFalse();
    }

    @Test
    void templatesMatchTheRoutedOperationAndMethodsFilter() {
        FaultRule rule = FaultRule.on(HttpMethod.POST, TEMPLATE, Fault.dropConnection());
        assertThat(rule.matches(HttpMethod.POST, "/nodes/pve/qemu/100/status/start", TEMPLATE))
                .isTrue();
        assertThat(rule.matches(HttpMethod.GET, "/nodes/pve/qemu/100/status/start", TEMPLATE))
                .isFalse();
    }

    @Test
    void readsRulesFromCommandLineText() {
        FaultRule lock = FaultSpec.parse("POST /nodes/*/qemu/**=lock-timeout*1");
        assertThat(lock)
                .isEqualTo(new FaultRule(Optional.of(HttpMethod.POST), "/nodes/*/qemu/**", Fault.lockTimeout(), 1));
        assertThat(FaultSpec.parse("/cluster/resources=error:503:Service Unavailable")
                        .fault())
                .isEqualTo(Fault.error(503, "Service Unavailable"));
        assertThat(FaultSpec.parse("/version=latency:250").fault()).isEqualTo(Fault.latency(Duration.ofMillis(250)));
        assertThat(FaultSpec.parse("/x=task-failure:command 'qm stop' failed: got timeout")
                        .fault())
                .isEqualTo(Fault.taskFailure("command 'qm stop' failed: got timeout"));
        assertThat(FaultSpec.parse("/x=task-warnings:3").fault()).isEqualTo(Fault.taskWarnings(3));
        assertThat(FaultSpec.parse("/x=drop").fault()).isEqualTo(Fault.dropConnection());
        assertThat(FaultSpec.parse("/x=expired-ticket*2").times()).isEqualTo(2);
        assertThatThrownBy(() -> FaultSpec.parse("/x=latency")).hasMessageContaining("argument");
        assertThatThrownBy(() -> FaultSpec.parse("/x=explode")).hasMessageContaining("unknown fault kind");
    }

    @Test
    void limitedRulesAreUsedUp() {
        FaultInjector injector = new FaultInjector(List.of(
                FaultRule.on("/version", Fault.error(503, "busy")).times(2),
                FaultRule.on("/version", Fault.latency(Duration.ofMillis(1)))));
        assertThat(injector.select(HttpMethod.GET, "/version", "/version")).hasSize(2);
        assertThat(injector.select(HttpMethod.GET, "/version", "/version")).hasSize(2);
        assertThat(injector.select(HttpMethod.GET, "/version", "/version"))
                .containsExactly(Fault.latency(Duration.ofMillis(1)));
    }
}
