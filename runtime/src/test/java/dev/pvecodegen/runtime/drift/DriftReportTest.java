package dev.pvecodegen.runtime.drift;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.UnexpectedAnswerException;
import dev.pvecodegen.runtime.json.PveJson;
import dev.pvecodegen.runtime.support.TypeRefs;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import dev.pvecodegen.runtime.testing.LogCapture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The drift report, with the client decoding from the stream and, when recording, from the recorded tree. */
class DriftReportTest {
    private static final String LIST = "GET /nodes/{node}/qemu";
    private static final String GUESTS =
            "[{\"vmid\":100,\"status\":\"running\",\"maxmem\":\"2048\",\"net0\":\"virtio\","
                    + "\"net1\":\"e1000\",\"disk\":{\"size\":32},\"states\":[\"stopped\"],\"memory\":\"2048\"},"
                    + "{\"vmid\":\"101\",\"status\":\"stopped\"}]";
    private static final String DRIFTED = "[{\"vmid\":100,\"status\":\"paused\",\"maxmem\":\"lots\",\"extra\":\"x\","
            + "\"disk\":{\"size\":32,\"iops\":5},\"states\":[\"running\",\"hibernated\"],"
            + "\"memory\":\"current=2048,hotplug=1\"},"
            + "{\"vmid\":101,\"status\":\"running\",\"extra\":{\"a\":1},\"net0\":\"virtio\",\"netx\":1}]";

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();
    private PveClient client;

    @TempDir
    Path recordings;

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private void connect(boolean recording) {
        PveClient.Builder builder = tokenClient(server, time);
        client = (recording ? builder.recordAnswers(recordings) : builder).build();
        server.on("GET /version", r -> Reply.ok("{\"version\":\"9.2.0\"}"));
    }

    /** {@code GET /nodes/pve1/qemu} answering {@code json}, or what the server was told to answer when null. */
    private List<Guest> guests(String json) {
        if (json != null) {
            server.on("GET /nodes/pve1/qemu", r -> Reply.ok(json));
        }
        return client.execute(
                ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/qemu")
                        .pathParam("node", "pve1")
                        .build(),
                TypeRefs.listOf(Guest.class));
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void anAnswerThatMatchesTheTypesLeavesTheReportEmpty(boolean recording) {
        connect(recording);

        List<Guest> guests = guests(GUESTS);

        assertThat(guests.get(0).net()).hasSize(2); // family members are declared, not drift
        assertThat(guests.get(1).vmid()).isEqualTo(101L); // a number sent as a string is lenient, not drift
        assertThat(client.drift().isEmpty()).as(client.drift().toString()).isTrue();
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void countsEveryKindPerOperationAndField(boolean recording) {
        connect(recording);
        server.on("POST /nodes/pve1/qemu/100/status/start", r -> Reply.ok("{\"upid\":\"x\"}"));

        List<Guest> guests = guests(DRIFTED);
        client.execute(
                ApiRequest.builder(HttpVerb.POST, "/nodes/{node}/qemu/{vmid}/status/start")
                        .pathParam("node", "pve1")
                        .pathParam("vmid", 100)
                        .build(),
                Void.class);

        assertThat(guests.get(0).rawValue("maxmem")).contains("lots"); // nothing lost
        assertThat(guests.get(0).disk().rawValue("iops")).contains(5);
        assertThat(guests.get(0).memory().current()).isEqualTo(2048L);
        assertThat(guests.get(0).memory().jsonValue()).isEqualTo("current=2048,hotplug=1"); // written back as sent
        assertThat(client.drift().entries())
                .extracting(e -> e.operation() + " " + e.field() + " " + e.kind() + " " + e.count() + " "
                        + e.jsonTypes() + " " + e.values())
                .containsExactly(
                        LIST + " /*/disk/iops UNDECLARED_FIELD 1 [number] []",
                        LIST + " /*/extra UNDECLARED_FIELD 2 [object, string] []",
                        LIST + " /*/maxmem UNEXPECTED_TYPE 1 [string] []",
                        LIST + " /*/memory#hotplug UNDECLARED_FIELD 1 [] []",
                        LIST + " /*/netx UNDECLARED_FIELD 1 [number] []",
                        LIST + " /*/states/* UNKNOWN_ENUM_VALUE 1 [string] [hibernated]",
                        LIST + " /*/status UNKNOWN_ENUM_VALUE 1 [string] [paused]",
                        "POST /nodes/{node}/qemu/{vmid}/status/start  DATA_ON_VOID 1 [object] []");
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void aPropertyStringSentAsAJsonObjectIsReadIntoItsValueClassAndIsNoDrift(boolean recording) {
        connect(recording);

        List<Guest> guests = guests("[{\"vmid\":100,\"memory\":{\"current\":2048}},"
                + "{\"vmid\":101,\"memory\":{\"current\":\"1024\",\"hotplug\":1}}]");

        assertThat(guests.get(0).memory().current()).isEqualTo(2048L);
        assertThat(guests.get(0).rawValue("memory")).isEmpty(); // typed, not kept raw
        assertThat(guests.get(0).memory().jsonValue()).isEqualTo(Map.of("current", 2048)); // written back as sent
        assertThat(guests.get(1).memory().current()).isEqualTo(1024L);
        assertThat(client.drift().entries()) // only the key the value class does not describe
                .extracting(e -> e.operation() + " " + e.field() + " " + e.kind())
                .containsExactly(LIST + " /*/memory#hotplug UNDECLARED_FIELD");
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void aPropertyStringThatIsNeitherTextNorAnObjectIsAnUnexpectedType(boolean recording) {
        connect(recording);

        List<Guest> guests = guests("[{\"vmid\":100,\"memory\":[2048]}]");

        assertThat(guests.get(0).memory()).isNull();
        assertThat(guests.get(0).rawValue("memory")).contains(List.of(2048)); // nothing lost
        assertThat(client.drift().entries())
                .extracting(e -> e.field() + " " + e.kind() + " " + e.jsonTypes())
                .containsExactly("/*/memory UNEXPECTED_TYPE [array]");
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void anAnswerOfAnotherShapeFailsTheCallButKeepsTheAnswerWhole(boolean recording) throws Exception {
        connect(recording);
        String list = "[{\"vmid\":100,\"status\":\"running\"}]";
        JsonNode sent = PveJson.newMapper().readTree(list);
        server.on("GET /nodes/pve1/qemu/100", r -> Reply.ok(list));
        server.on("GET /nodes/pve1/qemu", r -> Reply.ok("\"none\""));

        assertThatThrownBy(() -> client.execute(
                        ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/qemu/{vmid}")
                                .pathParam("node", "pve1")
                                .pathParam("vmid", 100)
                                .build(),
                        Guest.class))
                .isInstanceOfSatisfying(
                        UnexpectedAnswerException.class,
                        e -> assertThat(e.data()).isEqualTo(sent))
                .hasMessageContaining("GET /nodes/pve1/qemu/100")
                .hasMessageContaining("the answer is an array where the client reads")
                .hasMessageNotContaining("running");
        assertThatThrownBy(() -> guests(null))
                .isInstanceOfSatisfying(
                        UnexpectedAnswerException.class,
                        e -> assertThat(e.data().textValue()).isEqualTo("none"));
        assertThat(client.drift().entries())
                .extracting(e -> e.operation() + " '" + e.field() + "' " + e.kind() + " " + e.jsonTypes())
                .containsExactly(
                        LIST + " '' UNEXPECTED_TYPE [string]",
                        "GET /nodes/{node}/qemu/{vmid} '' UNEXPECTED_TYPE [array]");
        // A lone object still passes for a list of one.
        server.on("GET /nodes/pve1/qemu", r -> Reply.ok("{\"vmid\":100}"));
        assertThat(guests(null))
                .singleElement()
                .satisfies(g -> assertThat(g.vmid()).isEqualTo(100L));
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void logsEachSurpriseOnceAtDebugAndResetsToAnEmptyReport(boolean recording) {
        connect(recording);
        try (LogCapture log = LogCapture.start()) {
            guests(DRIFTED);
            guests(DRIFTED);

            List<String> drift =
                    log.messages().stream().filter(m -> m.contains(LIST + ": ")).toList();
            assertThat(drift).hasSize(7).allSatisfy(m -> assertThat(m).contains("FINE"));
            assertThat(drift)
                    .anySatisfy(m -> assertThat(m)
                            .contains(
                                    LIST + ": /*/status has an enum value the schema does not list; kept as an unknown"
                                            + " value (string): 'paused'"));
            assertThat(drift).noneSatisfy(m -> assertThat(m).contains("lots")); // values of other kinds never
        }
        assertThat(client.drift().forOperation(LIST))
                .filteredOn(e -> e.field().equals("/*/extra"))
                .singleElement()
                .satisfies(e -> assertThat(e.count()).isEqualTo(4));

        DriftReport before = client.resetDrift();

        assertThat(before.entries()).hasSize(7);
        assertThat(client.drift().isEmpty()).isTrue();
        guests(GUESTS);
        assertThat(client.drift().isEmpty()).isTrue();
        try (LogCapture log = LogCapture.start()) {
            guests(DRIFTED);

            assertThat(client.drift().entries()).hasSize(7); // counted again after the reset …
            assertThat(log.messages()).noneSatisfy(m -> assertThat(m).contains(LIST + ": ")); // … not logged again
        }
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void aSnapshotIsImmutableAndKeepsItsCountsWhileTheClientGoesOn(boolean recording) {
        connect(recording);
        guests(DRIFTED);

        DriftReport snapshot = client.drift();
        guests(DRIFTED);

        assertThat(extra(snapshot).count()).isEqualTo(2);
        assertThat(extra(client.drift()).count()).isEqualTo(4);
        assertThat(snapshot).isNotEqualTo(client.drift());
        assertThatThrownBy(() -> snapshot.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> extra(snapshot).jsonTypes().add("array"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.ofKind(DriftKind.UNKNOWN_ENUM_VALUE)
                        .get(0)
                        .values()
                        .add("other"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(snapshot.toString())
                .contains(LIST + ": /*/extra is not declared by the schema; kept raw (2×, object/string)")
                .contains(LIST + ": /*/status has an enum value the schema does not list; kept as an unknown value"
                        + " (1×, string, values [paused])");
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void theSameFieldIsCountedApartInEachOperation(boolean recording) {
        connect(recording);
        server.on("GET /nodes/pve2/lxc", r -> Reply.ok("[{\"vmid\":200,\"extra\":true}]"));

        guests(DRIFTED);
        client.execute(
                ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/lxc")
                        .pathParam("node", "pve2")
                        .build(),
                TypeRefs.listOf(Guest.class));

        assertThat(client.drift().forOperation("GET /nodes/{node}/lxc"))
                .extracting(e -> e.field() + " " + e.kind() + " " + e.count() + " " + e.jsonTypes())
                .containsExactly("/*/extra UNDECLARED_FIELD 1 [boolean]");
        assertThat(extra(client.drift()).count()).isEqualTo(2);
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void aNullAnswerOnAVoidOperationIsNotDrift(boolean recording) {
        connect(recording);
        server.on("DELETE /nodes/pve1/qemu/100", r -> Reply.ok("null"));

        client.execute(
                ApiRequest.builder(HttpVerb.DELETE, "/nodes/{node}/qemu/{vmid}")
                        .pathParam("node", "pve1")
                        .pathParam("vmid", 100)
                        .build(),
                Void.class);

        assertThat(client.drift().isEmpty()).as(client.drift().toString()).isTrue();
    }

    private static DriftEntry extra(DriftReport report) {
        return report.forOperation(LIST).stream()
                .filter(e -> e.field().equals("/*/extra"))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void rawAnswersAreNotDrift(boolean recording) {
        connect(recording);
        server.on("GET /nodes/pve1/qemu", r -> Reply.ok(DRIFTED));

        JsonNode raw = client.execute(
                ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/qemu")
                        .pathParam("node", "pve1")
                        .build(),
                JsonNode.class);

        assertThat(raw.size()).isEqualTo(2);
        assertThat(client.drift().isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "recording {0}")
    @ValueSource(booleans = {false, true})
    void unknownValuesMadeByTheApplicationAreNotDrift(boolean recording) {
        connect(recording);

        GuestState mine = GuestState.of("mine");

        assertThat(mine.isKnown()).isFalse();
        assertThat(client.drift().isEmpty()).isTrue();
        assertThat(client.drift().ofKind(DriftKind.UNKNOWN_ENUM_VALUE)).isEmpty();
    }
}
