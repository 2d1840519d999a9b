package dev.pvecodegen.simulator.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks signed tickets in the Proxmox shape: {@code PVE:<userid>:<HEXTIME>::<signature>}, (PBS: {@code PBS:…}), the CSRF
 * prevention token {@code <HEXTIME>:<signature>} bound to the user, and the half ticket of the TFA challenge flow
 * {@code PVE:!tfa!<percent-encoded challenge JSON>:<HEXTIME>::<signature>}. Nothing is stored: like the real
 * server, validity comes from the signature and the timestamp.
 */
public final class TicketStore {
    private static final Duration TFA_CHALLENGE_LIFETIME = Duration.ofMinutes(2);
    private static final long CLOCK_SKEW_SECONDS = 300;

    private final Clock clock;
    private final Duration lifetime;
    private final String prefix;
    private volatile byte[] key = newKey();

    /** @param product {@code PVE} or {@code PBS}: the ticket prefix */
    public TicketStore(Clock clock, Duration lifetime, String product) {
        this.prefix = product + ":";
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String issueTicket(String userid) {
        String data = prefix + userid + ":" + hexNow();
        return data + "::" + sign("ticket", data);
    }

    /** The user of a valid, unexpired ticket. */
    public Optional<String> verifyTicket(String ticket) {
        int split = ticket.indexOf("::");
        if (split < 0 || !ticket.startsWith(prefix) || ticket.startsWith(prefix + "!tfa!")) {
            return Optional.empty();
        }
        String data = ticket.substring(0, split);
        String[] parts = data.split(":", -1);
        if (parts.length != 3 || !constantEquals(sign("ticket", data), ticket.substring(split + 2))) {
            return Optional.empty();
        }
        return fresh(parts[2], lifetime) ? Optional.of(parts[1]) : Optional.empty();
    }

    public String issueCsrfToken(String userid) {
        String time = hexNow();
        return time + ":" + sign("csrf", time + ":" + userid);
    }

    public boolean verifyCsrfToken(String token, String userid) {
        int colon = token == null ? -1 : token.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String time = token.substring(0, colon);
        return constantEquals(sign("csrf", time + ":" + userid), token.substring(colon + 1)) && fresh(time, lifetime);
    }

    /** A half ticket that proves the password step for {@code userid}; {@code challengeJson} lists the methods. */
    public String issueTfaChallenge(String userid, String challengeJson) {
        String data = prefix + "!tfa!" + URLEncoder.encode(challengeJson, StandardCharsets.UTF_8) + ":" + hexNow();
        return data + "::" + sign("tfa:" + userid, data);
    }

    public boolean verifyTfaChallenge(String halfTicket, String userid) {
        int split = halfTicket == null ? -1 : halfTicket.indexOf("::");
        if (split < 0 || !halfTicket.startsWith(prefix + "!tfa!")) {
            return false;
        }
        String data = halfTicket.substring(0, split);
        String time = data.substring(data.lastIndexOf(':') + 1);
        return constantEquals(sign("tfa:" + userid, data), halfTicket.substring(split + 2))
                && fresh(time, TFA_CHALLENGE_LIFETIME);
    }

    /**
     * Makes every ticket and CSRF token issued so far invalid, as if their lifetime had passed: the signing key
     * changes, as it does when the real cluster rotates its auth key.
     */
    public void expireAll() {
        key = newKey();
    }

    private static byte[] newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    public Duration lifetime() {
        return lifetime;
    }

    private boolean fresh(String hexTime, Duration validity) {
        long issued;
        try {
            issued = Long.parseLong(hexTime, 16);
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        long age = now - issued;
        return age >= -CLOCK_SKEW_SECONDS && age < Math.max(1, validity.toSeconds());
    }

    private String hexNow() {
        return String.format(Locale.ROOT, "%08X", clock.instant().getEpochSecond());
    }

    private String sign(String purpose, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static boolean constantEquals(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
