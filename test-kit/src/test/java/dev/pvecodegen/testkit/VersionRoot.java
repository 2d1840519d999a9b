package dev.pvecodegen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;

/** The shape of a generated API root (public, constructor taking the executor), written by hand for the tests. */
public final class VersionRoot {
    private final ApiExecutor executor;

    public VersionRoot(ApiExecutor executor) {
        this.executor = executor;
    }

    public ApiExecutor executor() {
        return executor;
    }

    /** {@code GET /version}, raw. */
    public JsonNode version() {
        return executor.execute(ApiRequest.builder(HttpVerb.GET, "/version").build(), JsonNode.class);
    }
}
