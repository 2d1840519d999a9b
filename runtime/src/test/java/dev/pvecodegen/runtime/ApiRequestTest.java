package dev.pvecodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

    enum Model implements WireValue {
        VIRTIO;

        @Override
        public String wireValue() {
            return "virtio";
        }
    }

    @Test
    void pathVariablesArePercentEncodedAsOneSegment() {
        ApiRequest request = ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/storage/{storage}/content/{volume}")
                .pathParam("node", "pve1")
                .pathParam("storage", "local")
                .pathParam("volume", "local:iso/debian 12.iso")
                .build();

        assertThat(request.path()).isEqualTo("/nodes/pve1/storage/local/content/local%3Aiso%2Fdebian%2012.iso");
        assertThat(request.pathTemplate()).isEqualTo("/nodes/{node}/storage/{storage}/content/{volume}");
    }

    @Test
    void userIdsUpidsAndUnicodeAreEncoded() {
        ApiRequest request = ApiRequest.builder(HttpVerb.DELETE, "/access/users/{userid}/token/{tokenid}")
                .pathParam("userid", "jörg@pve")
                .pathParam("tokenid", "ci!x")
                .build();

        assertThat(request.path()).isEqualTo("/access/users/j%C3%B6rg%40pve/token/ci%21x");
    }

    @Test
    void parametersFollowTheWireRules() {
        ApiRequest request = ApiRequest.builder(HttpVerb.POST, "/cluster/bulk-action/guest/start")
                .param("vms", List.of(100, 101))
                .param("force", true)
                .param("skiplock", false)
                .param("model", Model.VIRTIO)
                .param("absent", null)
                .param("emptyOptional", Optional.empty())
                .param("memory", 2048L)
                .build();

        assertThat(request.params())
                .containsExactly(
                        Map.entry("vms", "100"),
                        Map.entry("vms", "101"),
                        Map.entry("force", "1"),
                        Map.entry("skiplock", "0"),
                        Map.entry("model", "virtio"),
                        Map.entry("memory", "2048"));
    }

    @Test
    void missingAndUnknownPathVariablesFailWithTheirName() {
        assertThatThrownBy(() ->
                        ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/qemu").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'node'");
        assertThatThrownBy(() -> ApiRequest.builder(HttpVerb.GET, "/version")
                        .pathParam("node", "x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'node'");
        assertThatThrownBy(
                        () -> ApiRequest.builder(HttpVerb.GET, "/nodes/{node}").pathParam("node", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'node'");
    }

    @Test
    void nestedCollectionsAreRefusedWithTheParameterName() {
        assertThatThrownBy(() -> ApiRequest.builder(HttpVerb.POST, "/x").param("vms", List.of(List.of(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'vms'");
    }

    @Test
    void allowTokenAndTimeoutAreKept() {
        ApiRequest request = ApiRequest.builder(HttpVerb.POST, "/access/ticket")
                .allowToken(false)
                .timeout(Duration.ofSeconds(5))
                .build();

        assertThat(request.allowToken()).isFalse();
        assertThat(request.timeout()).contains(Duration.ofSeconds(5));
        assertThat(ApiRequest.builder(HttpVerb.GET, "/version").build().allowToken())
                .isTrue();
    }

    @Test
    void toStringHidesParameterValues() {
        ApiRequest request = ApiRequest.builder(HttpVerb.PUT, "/access/password")
                .param("userid", "a@pve")
                .param("password", "hunter2")
                .build();

        assertThat(request.toString()).contains("password").doesNotContain("hunter2");
    }
}
