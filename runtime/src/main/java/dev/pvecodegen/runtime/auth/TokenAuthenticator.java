package dev.pvecodegen.runtime.auth;

import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.http.RequestAuth;

/** Sends {@code Authorization: PVEAPIToken=USER@REALM!ID=SECRET} (PBS: {@code PBSAPIToken=…:SECRET}). */
public final class TokenAuthenticator implements Authenticator {
    private final ApiToken token;
    private final RequestAuth auth;

    public TokenAuthenticator(Product product, ApiToken token) {
        this.token = token;
        String header = product.tokenScheme() + "=" + token.tokenId() + product.tokenSecretSeparator() + token.secret();
        this.auth = (request, verb) -> request.header("Authorization", header);
    }

    @Override
    public RequestAuth current() {
        return auth;
    }

    @Override
    public boolean recoverFrom(RequestAuth rejected) {
        return false; // a token does not expire during a session; repeating would only wait another 3 s
    }

    @Override
    public boolean usesApiToken() {
        return true;
    }

    @Override
    public String describe() {
        return "API token " + token.tokenId();
    }

    @Override
    public String toString() {
        return "TokenAuthenticator[" + token + "]";
    }
}
