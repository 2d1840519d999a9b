package dev.pvecodegen.simulator.state;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A user of the simulated access control (mutable, guarded by {@link AccessState}). */
public final class UserAccount {
    final String userid;
    String password;
    String totpSecret;
    boolean enabled = true;
    long expire;
    String firstname;
    String lastname;
    String email;
    String comment;
    String groups = "";
    final Map<String, ApiTokenEntry> tokens = new TreeMap<>();

    UserAccount(String userid, String password, String totpSecret) {
        this.userid = userid;
        this.password = password;
        this.totpSecret = totpSecret;
    }

    public String userid() {
        return userid;
    }

    public Optional<String> totpSecret() {
        return Optional.ofNullable(totpSecret);
    }

    public boolean enabled() {
        return enabled;
    }

    /** A token of the user (mutable, guarded by {@link AccessState}). */
    public static final class ApiTokenEntry {
        final String tokenid;
        final String secret;
        boolean privsep;
        long expire;
        String comment;

        ApiTokenEntry(String tokenid, String secret, boolean privsep, long expire, String comment) {
            this.tokenid = tokenid;
            this.secret = secret;
            this.privsep = privsep;
            this.expire = expire;
            this.comment = comment;
        }
    }
}
