package dev.pvecodegen.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.runtime.testing.Clients;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Incomplete or contradictory configurations fail at build time, naming what to change. */
class PveClientBuilderTest {

    @Test
    void hostsAndCredentialsAreRequired() {
        assertThatThrownBy(() -> PveClient.builder()
                        .apiToken(Clients.TOKEN_ID, Clients.TOKEN_SECRET)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("host(");
        assertThatThrownBy(() -> PveClient.builder().host("pve1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apiToken(");
    }

    @Test
    void contradictionsAreRefused() {
        assertThatThrownBy(() -> PveClient.builder()
                        .host("pve1")
                        .apiToken(Clients.TOKEN_ID, Clients.TOKEN_SECRET)
                        .password("root@pam", "pw")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> PveClient.builder()
                        .hosts("pve1", "pve1:8006")
                        .apiToken(Clients.TOKEN_ID, Clients.TOKEN_SECRET)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> PveClient.builder()
                        .host("pve1")
                        .apiToken(Clients.TOKEN_ID, Clients.TOKEN_SECRET)
                        .tfa(c -> null)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tfa(");
    }

    @Test
    void badValuesFailWhereTheyAreGiven() {
        assertThatThrownBy(() -> PveClient.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> PveClient.builder().fingerprint("AB:CD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> PveClient.builder().caCertificatePem("not a certificate"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PEM");
        assertThatThrownBy(() -> PveClient.builder()
                        .host("pve1:x")
                        .apiToken(Clients.TOKEN_ID, Clients.TOKEN_SECRET)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the host cannot be used: the port is not a number");
        assertThatThrownBy(() -> PveClient.builder().ticketRenewal(Duration.ofHours(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two-hour");
    }
}
