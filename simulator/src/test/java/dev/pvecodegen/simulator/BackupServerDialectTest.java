package dev.pvecodegen.simulator;

import static dev.pvecodegen.simulator.PveHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.simulator.pbs.Datastores;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same simulator on a PBS (Rust dialect) schema: PBS tickets and the PBSAPIToken header with a colon, UPIDs
 * with a task counter, {@code localhost} as node name, and datastores with state.
 */
class BackupServerDialectTest {
    private static final String TOKEN = "root@pam!ci:pbs-secret";

    private static PveSimulator pbs;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        pbs = PveSimulator.start(SimulatorOptions.builder()
                .schema("pbs-4.2")
                .https(false)
                .nodes("pbs1")
                .taskDuration(Duration.ofMillis(20))
                .token("root@pam", "ci", "pbs-secret")
                .build());
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        pbs.close();
    }

    @Test
    void speaksTheBackupServerAuthDialect() throws Exception {
        PveHttp http = new PveHttp(pbs);
        PveHttp.Answer login = http.post(
                "/access/ticket", form("username", "root@pam", "password", SimulatorOptions.DEFAULT_ROOT_PASSWORD));
        assertThat(login.data().get("ticket").asText()).startsWith("PBS:root@pam:");
        // exactly the fields of PBS's answer (additionalProperties: false), none of PVE's cap or clustername
        assertThat(login.data().fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("username", "ticket", "CSRFPreventionToken");

        assertThat(send("GET", "/version", "PBSAPIToken=" + TOKEN, null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/version", "PVEAPIToken=root@pam!ci=pbs-secret", null)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> withCookie = client.send(
                HttpRequest.newBuilder(URI.create(pbs.apiUri() + "/version"))
                        .header(
                                "Cookie",
                                "PBSAuthCookie="
                                        + URLEncoder.encode(
                                                login.data().get("ticket").asText(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withCookie.statusCode()).isEqualTo(200);
    }

    @Test
    void listsCreatesAndRemovesDatastores() throws Exception {
        assertThat(data("GET", "/admin/datastore", null))
                .extracting(item -> item.get("store").asText())
                .contains(Datastores.DEFAULT_NAME);

        JsonNode created = data(
                "POST",
                "/config/datastore",
                "name=backups2&path=%2Fmnt%2Fdatastore%2Fbackups2" + "&comment=offsite&keep-daily=7");
        assertThat(created.isNull()).isTrue();
        JsonNode config = data("GET", "/config/datastore/backups2", null);
        assertThat(config.get("path").asText()).isEqualTo("/mnt/datastore/backups2");
        assertThat(config.get("keep-daily").asInt()).isEqualTo(7);
        assertThat(data("GET", "/admin/datastore", null)).anySatisfy(item -> {
            assertThat(item.get("store").asText()).isEqualTo("backups2");
            assertThat(item.get("comment").asText()).isEqualTo("offsite");
        });
        JsonNode status = data("GET", "/admin/datastore/backups2/status", null);
        assertThat(status.get("used").asLong() + status.get("avail").asLong())
                .isEqualTo(status.get("total").asLong());
        assertThat(data("GET", "/status/datastore-usage", null))
                .hasSize(pbs.datastores().names().size());

        String upid = data("DELETE", "/config/datastore/backups2", null).asText();
        assertThat(awaitTask(upid).get("exitstatus").asText()).isEqualTo("OK");
        assertThat(pbs.datastores().names()).doesNotContain("backups2");
        assertThat(send("GET", "/config/datastore/backups2", "PBSAPIToken=" + TOKEN, null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void startsTasksWithBackupServerUpidsAnsweredUnderLocalhost() throws Exception {
        String upid = data("POST", "/admin/datastore/" + Datastores.DEFAULT_NAME + "/gc", "")
                .asText();
        // UPID:node:pid:pstart:task_id:starttime:type:id:authid: as the schema's pattern has it
        assertThat(upid)
                .matches("UPID:pbs1:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:garbage_collection:"
                        + Datastores.DEFAULT_NAME + ":root@pam!ci:");
        JsonNode status = awaitTask(upid);
        assertThat(status.get("upid").asText()).isEqualTo(upid);
        assertThat(status.get("user").asText()).isEqualTo("root@pam");
        assertThat(status.get("tokenid").asText()).isEqualTo("ci");
        JsonNode log = data("GET", "/nodes/localhost/tasks/" + encode(upid) + "/log", null);
        assertThat(log.toString()).contains("garbage collection");
    }

    private static JsonNode awaitTask(String upid) throws Exception {
        for (int i = 0; i < 250; i++) {
            JsonNode status = data("GET", "/nodes/localhost/tasks/" + encode(upid) + "/status", null);
            if (status.get("status").asText().equals("stopped")) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("task did not stop: " + upid);
    }

    private static JsonNode data(String method, String path, String form) throws Exception {
        HttpResponse<String> response = send(method, path, "PBSAPIToken=" + TOKEN, form);
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(200);
        return PveHttp.MAPPER.readTree(response.body()).get("data");
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String form)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pbs.apiUri() + path))
                .header("Authorization", authorization)
                .method(
                        method,
                        form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
