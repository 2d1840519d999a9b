package dev.pvecodegen.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Operation flags from the apidoc.
 *
 * @param allowToken false when API tokens are refused ({@code allowtoken: 0}); true when absent (PBS)
 * @param protectedOp runs in the privileged daemon: apidoc's protected flag (server-internal, documentation only)
 * @param proxyTo the parameter that names the executing node: apidoc's proxyto (documentation only)
 * @param downloadAllowed {@code download_allowed}: the call streams a file with {@code download=1}
 * @param exposeCredentials {@code expose_credentials} (informational)
 * @param body JSON, or a raw DOWNLOAD/UPLOAD stream (PBS)
 */
public record OperationFlags(
        boolean allowToken,
        boolean protectedOp,
        Optional<String> proxyTo,
        boolean downloadAllowed,
        boolean exposeCredentials,
        BodyKind body) {

    public OperationFlags {
        Objects.requireNonNull(proxyTo, "proxyTo");
        Objects.requireNonNull(body, "body");
    }

    public static OperationFlags defaults() {
        return new OperationFlags(true, false, Optional.empty(), false, false, BodyKind.JSON);
    }
}
