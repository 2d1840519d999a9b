package dev.pvecodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static ApiException status(int status, String message) {
        return new ApiException(status, message, Map.of(), "op");
    }

    @Test
    void idempotentVerbsAreRetriedOnTransientStatusesOnly() {
        RetryPolicy policy = RetryPolicy.defaults();
        for (int code : new int[] {429, 502, 503, 504, 595, 596, 597, 598, 599}) {
            assertThat(policy.isRetryable(HttpVerb.GET, status(code, "")))
                    .as("%d", code)
                    .isTrue();
            assertThat(policy.isRetryable(HttpVerb.DELETE, status(code, ""))).isTrue();
            assertThat(policy.isRetryable(HttpVerb.POST, status(code, ""))).isFalse();
        }
        assertThat(policy.isRetryable(HttpVerb.GET, status(500, "boom"))).isFalse();
        assertThat(policy.isRetryable(HttpVerb.GET, status(400, ""))).isFalse();
    }

    @Test
    void nothingWasDoneErrorsAreRetriedForEveryVerbUnlessSwitchedOff() {
        ApiException lock = status(500, "can't lock file '/var/lock/qemu-server/lock-100.conf' - got timeout\n");
        ApiException worker = status(500, "got no worker upid - start worker failed\n");
        assertThat(RetryPolicy.defaults().isRetryable(HttpVerb.POST, lock)).isTrue();
        assertThat(RetryPolicy.defaults().isRetryable(HttpVerb.POST, worker)).isTrue();
        assertThat(RetryPolicy.defaults().withLockTimeoutRetries(false).isRetryable(HttpVerb.POST, lock))
                .isFalse();
    }

    @Test
    void resetsAreRetriedForIdempotentVerbsButTimeoutsNever() {
        TransportException reset = new TransportException("x", "h:1", true, true, new IOException("reset"));
        TransportException timeout = new TransportException("x", "h:1", true, new IOException("timeout"));
        assertThat(RetryPolicy.defaults().isRetryable(HttpVerb.GET, reset)).isTrue();
        assertThat(RetryPolicy.defaults().isRetryable(HttpVerb.POST, reset)).isFalse();
        assertThat(RetryPolicy.defaults().isRetryable(HttpVerb.GET, timeout)).isFalse();
    }

    @Test
    void unreachableClustersAreRetriedForEveryVerbButCertificateProblemsAreNot() {
        TransportException refused =
                new TransportException("x", "h:1", false, new ConnectException("Connection refused"));
        TransportException pin =
                new TransportException("x", "h:1", false, new SSLHandshakeException("fingerprint not pinned"));
        assertThat(RetryPolicy.defaults().isRetryable(HttpVerb.POST, refused)).isTrue();
        assertThat(RetryPolicy.defaults().isRetryable(HttpVerb.GET, pin)).isFalse();
    }

    @Test
    void delaysGrowExponentiallyWithEqualJitterUpToTheCap() {
        RetryPolicy none = RetryPolicy.defaults()
                .withBackoff(Duration.ofMillis(100), Duration.ofMillis(1000))
                .withRandom(() -> 0.0);
        RetryPolicy full = none.withRandom(() -> 0.999_999);
        assertThat(none.delayAfter(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(none.delayAfter(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(none.delayAfter(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(none.delayAfter(30)).isEqualTo(Duration.ofMillis(500));
        assertThat(full.delayAfter(1)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(full.delayAfter(30)).isBetween(Duration.ofMillis(999), Duration.ofMillis(1000));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.defaults().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }
}
