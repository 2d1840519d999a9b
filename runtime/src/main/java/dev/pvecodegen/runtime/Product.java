package dev.pvecodegen.runtime;

/**
 * The server flavour: Proxmox VE and Proxmox Backup Server differ in the default port, the API token header and
 * the name of the ticket cookie.
 */
public enum Product {
    /** Proxmox Virtual Environment: port 8006, {@code PVEAPIToken=USER@REALM!ID=SECRET}, cookie PVEAuthCookie. */
    PVE(8006, "PVEAPIToken", '=', "PVEAuthCookie"),
    /** Proxmox Backup Server: port 8007, {@code PBSAPIToken=USER@REALM!ID:SECRET}, cookie PBSAuthCookie. */
    PBS(8007, "PBSAPIToken", ':', "PBSAuthCookie");

    private final int defaultPort;
    private final String tokenScheme;
    private final char tokenSecretSeparator;
    private final String cookieName;

    Product(int defaultPort, String tokenScheme, char tokenSecretSeparator, String cookieName) {
        this.defaultPort = defaultPort;
        this.tokenScheme = tokenScheme;
        this.tokenSecretSeparator = tokenSecretSeparator;
        this.cookieName = cookieName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** {@code PVEAPIToken} or {@code PBSAPIToken}. */
    public String tokenScheme() {
        return tokenScheme;
    }

    /** The character between token id and secret in the Authorization header. */
    public char tokenSecretSeparator() {
        return tokenSecretSeparator;
    }

    /** {@code PVEAuthCookie} or {@code PBSAuthCookie}. */
    public String cookieName() {
        return cookieName;
    }
}
