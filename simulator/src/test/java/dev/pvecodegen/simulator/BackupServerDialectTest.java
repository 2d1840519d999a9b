package dev.pvecodegen.simulator;

import static dev.pvecodegen.simulator.PveHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The same simulator on a PBS (Rust dialect) schema: PBS tickets and the PBSAPIToken header with a colon. */
class BackupServerDialectTest {

    @Test
    void speaksTheBackupServerAuthDialect() throws Exception {
        try (PveSimulator pbs = PveSimulator.start(SimulatorOptions.builder()
                .schema("pbs-4.2")
                .https(false)
                .token("root@pam", "ci", "pbs-secret")
                .build())) {
            PveHttp http = new PveHttp(pbs);
            PveHttp.Answer login = http.post(
                    "/access/ticket", form("username", "root@pam", "password", SimulatorOptions.DEFAULT_ROOT_PASSWORD));
            assertThat(login.data().get("ticket").asText()).startsWith("PBS:root@pam:");

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> withToken = client.send(
                    HttpRequest.newBuilder(URI.create(pbs.apiUri() + "/version"))
                            .header("Authorization", "PBSAPIToken=root@pam!ci:pbs-secret")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(withToken.statusCode()).isEqualTo(200);
            HttpResponse<String> pveStyle = client.send(
                    HttpRequest.newBuilder(URI.create(pbs.apiUri() + "/version"))
                            .header("Authorization", "PVEAPIToken=root@pam!ci=pbs-secret")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(pveStyle.statusCode()).isEqualTo(401);
        }
    }
}
