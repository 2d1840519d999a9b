package dev.pvecodegen.runtime;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors of old (message only in the reason phrase) and new servers, in both response formats. */
class ErrorMappingTest {
    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void close() {
        server.close();
    }

    private ApiException call(ApiFormat format, boolean oldServer) {
        server.oldServer(oldServer);
        try (PveClient client =
                tokenClient(server, time).format(format).noRetries().build()) {
            client.execute(
                    ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu")
                            .param("vmid", 5)
                            .build(),
                    JsonNode.class);
            throw new AssertionError("expected an error");
        } catch (ApiException e) {
            return e;
        }
    }

    @ParameterizedTest(name = "{0}, old server: {1}")
    @CsvSource({"EXTJS, true", "EXTJS, false", "JSON, false"})
    void parameterErrorsKeepStatusMessageAndErrorsMap(ApiFormat format, boolean oldServer) {
        server.on(
                "POST /nodes/pve1/qemu",
                r -> Reply.error(
                        400,
                        "Parameter verification failed.",
                        Map.of("vmid", "value must have a minimum value of 100")));

        ApiException e = call(format, oldServer);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.serverMessage()).startsWith("Parameter verification failed.");
        assertThat(e.errors()).containsEntry("vmid", "value must have a minimum value of 100");
        assertThat(e.error("vmid")).contains("value must have a minimum value of 100");
        assertThat(e.getMessage())
                .contains("POST /nodes/pve1/qemu on " + server.host() + " failed: HTTP 400")
                .contains("vmid: value must have a minimum value of 100");
    }

    @Test
    void oldServerInJsonFormatExplainsWhereTheMessageWent() {
        server.on(
                "POST /nodes/pve1/qemu",
                r -> Reply.error(500, "can't lock file '/var/lock/qemu-server/lock-5.conf'" + " - got timeout"));

        ApiException e = call(ApiFormat.JSON, true);

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.getMessage()).contains("reason phrase").contains("EXTJS");
    }

    @Test
    void extjsReadsTheMessageOfOldServersToo() {
        server.on(
                "POST /nodes/pve1/qemu",
                r -> Reply.error(500, "can't lock file '/var/lock/qemu-server/lock-5.conf'" + " - got timeout"));

        ApiException e = call(ApiFormat.EXTJS, true);

        assertThat(e.serverMessage()).contains("can't lock file");
        assertThat(e.isLockTimeout()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"EXTJS", "JSON"})
    void notFoundAsFourOhFourOrAsFiveHundredDoesNotExist(ApiFormat format) {
        server.on(
                "POST /nodes/pve1/qemu",
                r -> Reply.error(500, "Configuration file 'nodes/pve1/qemu-server/5.conf'" + " does not exist"));
        assertThat(call(format, false)).isInstanceOf(NotFoundException.class).hasMessageContaining("does not exist");

        server.on("POST /nodes/pve1/qemu", r -> Reply.error(404, "no such resource"));
        assertThat(call(format, false)).isInstanceOf(NotFoundException.class);

        server.on("POST /nodes/pve1/qemu", r -> Reply.error(500, "VM 5 already exists on node 'pve2'"));
        assertThat(call(format, false)).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"EXTJS", "JSON"})
    void proxyPseudoStatusesAreApiErrors(ApiFormat format) {
        server.on("POST /nodes/pve1/qemu", r -> Reply.error(596, "Connection timed out"));

        ApiException e = call(format, false);

        assertThat(e.status()).isEqualTo(596);
        assertThat(e.getMessage()).contains("596").contains("Connection timed out");
    }

    @Test
    void bodilessAuthFailureInExtjsFormatIsStillReadable() {
        server.on("POST /nodes/pve1/qemu", r -> Reply.raw(401, ""));
        ApiException e = call(ApiFormat.EXTJS, false);
        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.getMessage())
                .contains("HTTP 401")
                .contains("credentials were refused")
                .doesNotContain("reason phrase");
    }

    @Test
    void htmlErrorPagesOfProxiesAreShortenedToText() {
        server.on("POST /nodes/pve1/qemu", r -> Reply.raw(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        ApiException e = call(ApiFormat.EXTJS, false);
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.serverMessage()).isEqualTo("502 Bad Gateway");
    }

    @Test
    void aSuccessfulAnswerThatIsNotJsonIsReportedAsSuch() {
        server.on("POST /nodes/pve1/qemu", r -> Reply.raw(200, "<html>login page</html>"));
        server.oldServer(false);
        try (PveClient client = tokenClient(server, time).noRetries().build()) {
            assertThatThrownBy(() -> client.execute(
                            ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu")
                                    .build(),
                            JsonNode.class))
                    .isInstanceOf(PveException.class)
                    .isNotInstanceOf(TransportException.class)
                    .hasMessageContaining("not valid JSON");
        }
    }

    @Test
    void permissionDeniedIsAPlainApiError() {
        server.on("POST /nodes/pve1/qemu", r -> Reply.error(403, "Permission check failed (/vms/5, VM.Allocate)"));
        ApiException e = call(ApiFormat.EXTJS, false);
        assertThat(e.getClass()).isEqualTo(ApiException.class);
        assertThat(e.status()).isEqualTo(403);
    }

    @Test
    void unknownPathsGiveTheServersNotImplemented() {
        ApiException e = call(ApiFormat.JSON, false);
        assertThat(e.status()).isEqualTo(501);
        assertThat(e.serverMessage()).contains("not implemented");
    }
}
