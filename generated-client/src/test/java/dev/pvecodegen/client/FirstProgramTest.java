package dev.pvecodegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.runtime.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's first program against a fake node over HTTPS with a self-signed, pinned certificate. */
class FirstProgramTest {

    private static final String TOKEN = "automation@pve!ci=3f1c0e2a-7d55-4c1b-9a55-0d8e4f2b6c11";
    private static final String UPID_CREATE = "UPID:pve1:0000A1B2:0001C3D4:6762F0A0:qmcreate:101:automation@pve!ci:";
    private static final String UPID_START = "UPID:pve1:0000A1B3:0001C3D5:6762F0A1:qmstart:101:automation@pve!ci:";

    /** One certificate for the class: keytool is a separate JVM, seconds on a busy machine. */
    private static TestCertificate certificate;

    private FakePveServer server;

    @BeforeAll
    static void mintCertificate(@TempDir Path dir) throws Exception {
        certificate = TestCertificate.create(dir);
    }

    @BeforeEach
    void startNode() throws Exception {
        server = FakePveServer.https(certificate.tls());
        server.answer("GET", "/nodes", "[{\"node\": \"pve1\", \"status\": \"online\"}]");
        server.answer("GET", "/nodes/pve1/qemu/100/config", "{\"net0\": \"virtio=BC:24:11:2A:3B:4C,bridge=vmbr0\"}");
        server.answer("POST", "/nodes/pve1/qemu", "\"" + UPID_CREATE + "\"");
        server.answer("POST", "/nodes/pve1/qemu/101/status/start", "\"" + UPID_START + "\"");
        for (String upid : new String[] {UPID_CREATE, UPID_START}) {
            server.answer(
                    "GET",
                    "/nodes/pve1/tasks/" + upid + "/status",
                    "{\"status\": \"stopped\", \"exitstatus\": \"OK\"}");
        }
    }

    @AfterEach
    void stopNode() {
        server.close();
    }

    @Test
    void runsAgainstANodeWithAPinnedCertificate() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        FirstProgram.run(
                server.host(),
                TOKEN,
                certificate.fingerprint(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "pve1 is online", "VM 100 net0: virtio on vmbr0", "created VM 101: OK", "started VM 101: OK");
        assertThat(server.last("POST", "/nodes/pve1/qemu").params())
                .containsEntry("vmid", "101")
                .containsEntry("name", "web2")
                .containsKey("net0");
    }

    @Test
    void refusesANodeWhoseCertificateIsNotThePinnedOne() {
        String otherFingerprint = certificate
                .fingerprint()
                .replaceFirst("^..", "00".equals(certificate.fingerprint().substring(0, 2)) ? "11" : "00");

        assertThatThrownBy(() -> FirstProgram.run(
                        server.host(),
                        TOKEN,
                        otherFingerprint,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(TransportException.class);
        assertThat(server.received()).isEmpty();
    }
}
