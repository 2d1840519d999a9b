package dev.pvecodegen.simulator.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.simulator.SimulatorOptions;
import dev.pvecodegen.simulator.auth.AuthService;
import dev.pvecodegen.simulator.auth.PermissionChecker;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.AccessState;
import dev.pvecodegen.simulator.state.ClusterState;
import dev.pvecodegen.simulator.synth.ResponseSynthesizer;
import dev.pvecodegen.simulator.task.TaskService;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;

/**
 * Everything handlers work with: the model, the state, the services and the node certificate.
 *
 * @param certificate the node certificate; empty when serving plain HTTP
 * @param fingerprint its SHA-256 fingerprint in {@code AB:CD:…} form
 */
public record SimulatorContext(
        ApiModel model,
        SimulatorOptions options,
        ClusterState cluster,
        AccessState access,
        TaskService tasks,
        AuthService auth,
        PermissionChecker permissions,
        ResponseSynthesizer synthesizer,
        Optional<X509Certificate> certificate,
        Optional<String> fingerprint) {

    /** A schema-conforming synthesized object for an operation's answer, to overlay real values on. */
    public ObjectNode synthesizedObject(HttpMethod method, String pathTemplate, Map<String, String> pathVariables) {
        ApiType type = returnsType(method, pathTemplate);
        if (type instanceof ApiType.ArrayType array) {
            type = array.items();
        }
        JsonNode value = synthesizer.generate(type, method + " " + pathTemplate + " " + pathVariables, pathVariables);
        return value instanceof ObjectNode object ? object : Json.object();
    }

    /** The returns type of an operation, or any when the loaded schema lacks it. */
    public ApiType returnsType(HttpMethod method, String pathTemplate) {
        return model.operation(method, pathTemplate)
                .map(op -> op.returns().type())
                .orElse(new ApiType.AnyType("operation not in this schema"));
    }

    /** The node answering calls (the first configured). */
    public String localNode() {
        return options.nodes().get(0);
    }

    public long now() {
        return cluster.clock().instant().getEpochSecond();
    }
}
