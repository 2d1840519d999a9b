package dev.pvecodegen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {

    private static <T extends Throwable> T causedBy(T outer, Throwable cause) {
        outer.initCause(cause);
        return outer;
    }

    @Test
    void connectionPhaseFailuresAreSafeToTryElsewhere() {
        assertThat(ConnectionFailures.isConnectionPhase(new ConnectException("Connection refused")))
                .isTrue();
        assertThat(ConnectionFailures.isConnectionPhase(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isTrue();
        assertThat(ConnectionFailures.isConnectionPhase(
                        causedBy(new ConnectException(null), new UnresolvedAddressException())))
                .isTrue();
        assertThat(ConnectionFailures.isConnectionPhase(new SSLHandshakeException("PKIX path building failed")))
                .isTrue();
    }

    @Test
    void failuresAfterSendingAreNot() {
        assertThat(ConnectionFailures.isConnectionPhase(new HttpTimeoutException("request timed out")))
                .isFalse();
        assertThat(ConnectionFailures.isConnectionPhase(new IOException("Connection reset by peer")))
                .isFalse();
        assertThat(ConnectionFailures.isConnectionPhase(new EOFException("EOF reached while reading")))
                .isFalse();
    }

    @Test
    void timeoutsAndResetsAreToldApart() {
        assertThat(ConnectionFailures.isResponseTimeout(new HttpTimeoutException("x")))
                .isTrue();
        assertThat(ConnectionFailures.isResponseTimeout(new HttpConnectTimeoutException("x")))
                .isFalse();
        assertThat(ConnectionFailures.isConnectionReset(new IOException("Connection reset by peer")))
                .isTrue();
        assertThat(ConnectionFailures.isConnectionReset(new EOFException())).isTrue();
        assertThat(ConnectionFailures.isConnectionReset(new IOException("connection closed locally")))
                .isTrue();
        assertThat(ConnectionFailures.isConnectionReset(new IOException("something else")))
                .isFalse();
    }

    @Test
    void descriptionsAreShortAndHuman() {
        assertThat(ConnectionFailures.describe(new ConnectException("Connection refused")))
                .isEqualTo("connection refused: Connection refused");
        assertThat(ConnectionFailures.describe(causedBy(new ConnectException(null), new UnresolvedAddressException())))
                .isEqualTo("unknown host");
        assertThat(ConnectionFailures.describe(new HttpConnectTimeoutException("x")))
                .isEqualTo("connect timed out");
    }
}
