package dev.pvecodegen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void parsesTheUsualSpellings() {
        assertThat(Endpoint.parse("pve1", 8006)).isEqualTo(new Endpoint("https", "pve1", 8006));
        assertThat(Endpoint.parse("pbs.example.org", 8007).authority()).isEqualTo("pbs.example.org:8007");
        assertThat(Endpoint.parse("pve1:443", 8006).port()).isEqualTo(443);
        assertThat(Endpoint.parse("https://10.0.0.5:8006/", 8006)).isEqualTo(new Endpoint("https", "10.0.0.5", 8006));
        assertThat(Endpoint.parse("[fd00::1]:8006", 8006).host()).isEqualTo("[fd00::1]");
        assertThat(Endpoint.parse("[fd00::1]", 8007).port()).isEqualTo(8007);
        assertThat(Endpoint.parse("pve_node-1.lan.", 8006).host()).isEqualTo("pve_node-1.lan.");
        assertThat(Endpoint.parse("node-c3b1a7e2-5d4f-4e8a-9b6c-2f1e0d9c8b7a.example.org", 8006)
                        .host())
                .as("a UUID inside a longer name is a name")
                .startsWith("node-");
        assertThat(Endpoint.parse("pve1", 8006).apiBase("extjs").toString()).isEqualTo("https://pve1:8006/api2/extjs");
    }

    @Test
    void rejectsWhatIsNoHost() {
        assertThatThrownBy(() -> Endpoint.parse("pve1:port", 8006))
                .hasMessageContaining("port is not a number")
                .hasMessageNotContaining("pve1");
        assertThatThrownBy(() -> Endpoint.parse("pa$$w0rd!", 8006))
                .hasMessageContaining("not a host name")
                .hasMessageNotContaining("pa$$");
        assertThatThrownBy(() -> Endpoint.parse("c3b1a7e2-5d4f-4e8a-9b6c-2f1e0d9c8b7a", 8006))
                .hasMessageContaining("token secret")
                .hasMessageNotContaining("c3b1a7e2");
        assertThatThrownBy(() -> Endpoint.parse("fd00::1", 8006)).hasMessageContaining("brackets");
        assertThatThrownBy(() -> Endpoint.parse("https://pve1/api2/json", 8006)).hasMessageContaining("host[:port]");
        assertThatThrownBy(() -> Endpoint.parse("ftp://pve1", 8006)).hasMessageContaining("scheme");
        assertThatThrownBy(() -> Endpoint.parse("pve1:70000", 8006)).hasMessageContaining("port");
    }

    @Test
    void failoverOrderStartsAtTheLastGoodHost() {
        Endpoint a = Endpoint.parse("a", 8006);
        Endpoint b = Endpoint.parse("b", 8006);
        Endpoint c = Endpoint.parse("c", 8006);
        EndpointList list = new EndpointList(List.of(a, b, c));

        assertThat(list.inFailoverOrder()).containsExactly(a, b, c);
        list.markGood(c);
        assertThat(list.inFailoverOrder()).containsExactly(c, a, b);
        assertThat(list.current()).isEqualTo(c);
    }
}
