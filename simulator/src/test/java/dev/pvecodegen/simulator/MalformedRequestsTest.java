package dev.pvecodegen.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed escapes in cookies, headers, query, body and path are the client's error: 400, never a Java trace. */
class MalformedRequestsTest {
    private static PveSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = PveSimulator.start(TestModels.options().https(false).build());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static String send(String method, String target, String header, String body) throws IOException {
        String request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (header.isEmpty() ? "" : header + "\r\n")
                + (body.isEmpty()
                        ? ""
                        : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                                + "\r\n")
                + "\r\n" + body;
        return RawHttp.exchange(simulator.baseUri().getPort(), request);
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET|/api2/json/version|Cookie: PVEAuthCookie=%zz||cookie PVEAuthCookie",
                "GET|/api2/json/version|Cookie: PVEAuthCookie=PVE%3Aroot%40pam%3A%||cookie PVEAuthCookie",
                "GET|/api2/json/version|Authorization: PVEAPIToken=root@pam!ci=%zz||Authorization header",
                "GET|/api2/json/version|Authorization: PVEAuthCookie=%g0||Authorization header",
                "POST|/api2/json/access/ticket||username=root%40pam&password=%zz|form body",
                "POST|/api2/json/access/ticket|Cookie: PVEAuthCookie=x|username=%|form body"
            })
    void malformedEscapesAreA400NamingWhere(String method, String target, String header, String body, String where)
            throws IOException {
        String answer = send(method, target, header == null ? "" : header, body == null ? "" : body);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("malformed percent-encoding in the " + where);
        assertThat(answer).doesNotContain("java.").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** A malformed request target never reaches the pipeline: the JDK's server answers 400 itself, just as tersely. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api2/json/cluster/nextid?vmid=%zz", "/api2/json/nodes/%zz/status"})
    void aMalformedRequestTargetIsA400Too(String target) throws IOException {
        String answer = send("GET", target, "", "");

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("java.").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"a cookie the server does not read|Cookie: other=%zz; PVEAuthCookie=", "no cookie at all|X-A: b"})
    void otherCookiesAreNotTheServersBusiness(String what, String header) throws IOException {
        assertThat(send("GET", "/api2/json/version", header, "")).as(what).startsWith("HTTP/1.1 401");
    }
}
