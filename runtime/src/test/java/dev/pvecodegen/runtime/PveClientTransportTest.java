package dev.pvecodegen.runtime;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.testing.Clients;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PveClientTransportTest {
    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();
    private final PveClient client = tokenClient(server, time).build();

    record Guest(int vmid, String name, boolean running, long maxmem) {}

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void unwrapsDataIntoTypedRecordsListsAndTrees() {
        server.on(
                "GET /nodes/pve1/qemu",
                r -> Reply.ok("[{\"vmid\":\"100\",\"name\":\"web\",\"running\":1,\"maxmem\":\"8589934592\"},"
                        + "{\"vmid\":101,\"name\":\"db\",\"running\":\"\",\"maxmem\":1}]"));
        ApiRequest request = ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/qemu")
                .pathParam("node", "pve1")
                .build();

        List<Guest> guests = client.execute(request, new TypeReference<List<Guest>>() {});
        JsonNode raw = client.execute(request, JsonNode.class);

        assertThat(guests).containsExactly(new Guest(100, "web", true, 8_589_934_592L), new Guest(101, "db", false, 1));
        assertThat(raw.get(1).get("name").asText()).isEqualTo("db");
        assertThat(client.execute(request, Void.class)).isNull();
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.format()).isEqualTo("extjs"));
    }

    @Test
    void nullDataIsNullOrNullNode() {
        server.on("POST /nodes/pve1/qemu/100/status/reboot", r -> Reply.ok("null"));
        ApiRequest request = ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu/100/status/reboot")
                .build();

        assertThat(client.execute(request, String.class)).isNull();
        assertThat(client.execute(request, JsonNode.class).isNull()).isTrue();
    }

    @Test
    void getAndDeleteSendParametersInTheQueryPostAndPutInTheBody() {
        server.on("GET /cluster/resources", r -> Reply.ok("[]"));
        server.on("DELETE /nodes/pve1/qemu/100", r -> Reply.ok("null"));
        server.on("POST /nodes/pve1/qemu", r -> Reply.ok("null"));
        server.on("PUT /nodes/pve1/qemu/100/config", r -> Reply.ok("null"));

        client.execute(
                ApiRequest.builder(HttpVerb.GET, "/cluster/resources")
                        .param("type", "vm")
                        .build(),
                Void.class);
        client.execute(
                ApiRequest.builder(HttpVerb.DELETE, "/nodes/pve1/qemu/100")
                        .param("purge", true)
                        .param("destroy-unreferenced-disks", false)
                        .build(),
                Void.class);
        client.execute(
                ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu")
                        .param("vmid", 100)
                        .param("net0", "virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0")
                        .param("tags", List.of("a b", "c&d"))
                        .build(),
                Void.class);
        client.execute(
                ApiRequest.builder(HttpVerb.PUT, "/nodes/pve1/qemu/100/config")
                        .param("delete", "net1,unused0")
                        .build(),
                Void.class);

        List<FakeProxmox.Recorded> seen = server.requests();
        assertThat(seen.get(0).query()).containsEntry("type", List.of("vm"));
        assertThat(seen.get(1).query())
                .containsEntry("purge", List.of("1"))
                .containsEntry("destroy-unreferenced-disks", List.of("0"));
        assertThat(seen.get(1).bodyLength()).isZero();
        assertThat(seen.get(2).query()).isEmpty();
        assertThat(seen.get(2).header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(seen.get(2).form())
                .containsEntry("net0", List.of("virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0"))
                .containsEntry("tags", List.of("a b", "c&d"))
                .containsEntry("vmid", List.of("100"));
        assertThat(seen.get(3).form()).containsEntry("delete", List.of("net1,unused0"));
    }

    @Test
    void pathVariablesArriveEncodedAsOneSegment() {
        server.on("DELETE /nodes/pve1/storage/local/content/local%3Aiso%2Fdebian.iso", r -> Reply.ok("null"));

        client.execute(
                ApiRequest.builder(HttpVerb.DELETE, "/nodes/{node}/storage/{storage}/content/{volume}")
                        .pathParam("node", "pve1")
                        .pathParam("storage", "local")
                        .pathParam("volume", "local:iso/debian.iso")
                        .build(),
                Void.class);

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void bodiesOverTheServerLimitFailBeforeSending() {
        ApiRequest huge = ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu/100/config")
                .param("description", "x".repeat(600 * 1024))
                .build();

        assertThatThrownBy(() -> client.execute(huge, Void.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("512 KiB")
                .hasMessageContaining("POST /nodes/pve1/qemu/100/config");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anAnswerThatDoesNotFitTheTypeNamesOperationAndType() {
        server.on("GET /nodes/pve1/qemu", r -> Reply.ok("{\"vmid\":{\"nested\":true}}"));
        ApiRequest request =
                ApiRequest.builder(HttpVerb.GET, "/nodes/pve1/qemu").build();

        assertThatThrownBy(() -> client.execute(request, Guest.class))
                .isInstanceOf(PveException.class)
                .hasMessageContaining("GET /nodes/pve1/qemu")
                .hasMessageContaining("cannot read the answer as");
        // The connection stays usable.
        server.on("GET /version", r -> Reply.ok("{\"version\":\"9.2\"}"));
        assertThat(client.execute(ApiRequest.builder(HttpVerb.GET, "/version").build(), JsonNode.class)
                        .get("version")
                        .asText())
                .isEqualTo("9.2");
    }

    @Test
    void aClosedClientRefusesWork() {
        client.close();
        assertThatThrownBy(() -> client.execute(
                        ApiRequest.builder(HttpVerb.GET, "/version").build(), JsonNode.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void toStringShowsTheSetupButNoSecret() {
        assertThat(client.toString())
                .contains(server.host())
                .contains("automation@pve!ci")
                .doesNotContain(Clients.TOKEN_SECRET);
    }
}
