package dev.pvecodegen.simulator.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a call.
 *
 * @param userid {@code user@realm}, empty for anonymous calls to {@code world} operations
 * @param tokenid the token name when authenticated with an API token
 * @param method how the caller authenticated
 */
public record Identity(Optional<String> userid, Optional<String> tokenid, Method method) {

    /** How a call was authenticated. */
    public enum Method {
        NONE,
        TICKET,
        TOKEN
    }

    public Identity {
        Objects.requireNonNull(userid, "userid");
        Objects.requireNonNull(tokenid, "tokenid");
        Objects.requireNonNull(method, "method");
    }

    public static Identity anonymous() {
        return new Identity(Optional.empty(), Optional.empty(), Method.NONE);
    }

    /** The auth id as tasks record it: {@code root@pam} or {@code root@pam!automation}. */
    public String authId() {
        return userid.orElse("nobody@pve") + tokenid.map(t -> "!" + t).orElse("");
    }
}
