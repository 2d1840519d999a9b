package dev.pvecodegen.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.HttpMethod;
import org.junit.jupiter.api.Test;

class FaultRuleTest {
    private static final String TEMPLATE = "/nodes/{node}/qemu/{vmid}/status/start";

    @Test
    void globsMatchWithinAndAcrossSegments() {
        FaultRule oneSegment = FaultRule.on("/nodes/*/qemu", Fault.lockTimeout());
        assertThat(oneSegment.matches(HttpMethod.GET, "/nodes/pve/qemu", "/nodes/{node}/qemu")).isTrue();
        assertThat(oneSegment.matches(HttpMethod.GET, "/nodes/pve/qemu/100", "/nodes/{node}/qemu/{vmid}")).isFalse();
        FaultRule anyDepth = FaultRule.on("/nodes/**", Fault.lockTimeout());
        assertThat(anyDepth.matches(HttpMethod.POST, "/nodes/pve/qemu/100/status/start", TEMPLATE)).isTrue();
        assertThat(FaultRule.on("/nodes.x", Fault.lockTimeout()).matches(HttpMethod.GET, "/nodesAx", "/x"))
                .as("regex characters are literal").isFalse();
    }

    @Test
    void templatesMatchTheRoutedOperationAndMethodsFilter() {
        FaultRule rule = FaultRule.on(HttpMethod.POST, TEMPLATE, Fault.dropConnection());
        assertThat(rule.matches(HttpMethod.POST, "/nodes/pve/qemu/100/status/start", TEMPLATE)).isTrue();
        assertThat(rule.matches(HttpMethod.GET, "/nodes/pve/qemu/100/status/start", TEMPLATE)).isFalse();
    }

    @Test
    void limitedRulesAreUsedUp() {
        FaultInjector injector = new FaultInjector(java.util.List.of(
                FaultRule.on("/version", Fault.error(503, "busy")).times(2),
                FaultRule.on("/version", Fault.latency(java.time.Duration.ofMillis(1)))));
        assertThat(injector.select(HttpMethod.GET, "/version", "/version")).hasSize(2);
        assertThat(injector.select(HttpMethod.GET, "/version", "/version")).hasSize(2);
        assertThat(injector.select(HttpMethod.GET, "/version", "/version")).containsExactly(
                Fault.latency(java.time.Duration.ofMillis(1)));
    }
}
