package dev.pvecodegen.runtime.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The apidoc marks no property as secret; it describes them. This walks every parameter and answer property of the
 * real schemas (nested ones and property-string keys included) whose description speaks of a password, secret, key or
 * token, and checks that {@link SecretRules} treats it as a secret, unless it is one of the names listed here with
 * the reason it holds none; then it records a call carrying each of them, as a parameter and at its place in the
 * answer, and checks that no recorded byte holds its value.
 */
class SecretRulesSchemaTest {
    private static final Pattern SPEAKS_OF_SECRETS = Pattern.compile(
            "password|secret|passphrase|private key|api token|access token|hmac|auth ?key|keyring|one-time"
                    + "|recovery key|\\botp\\b|credential",
            Pattern.CASE_INSENSITIVE);

    /** Names whose description mentions a secret although the value is none, and why. */
    private static final Map<String, String> NOT_SECRET = Map.ofEntries(
            Map.entry("ciuser", "the cloud-init user name whose password is set"),
            Map.entry("username", "the user whose password an agent call sets"),
            Map.entry("userid", "a user or token id"),
            Map.entry("tokens", "token ids"),
            Map.entry("tokenid", "a token id"),
            Map.entry("token-name", "a token id"),
            Map.entry("http_proxy", "a URL: only the password in it is secret, removed by the URL rule"),
            Map.entry("hint", "a password hint, made to be shown"),
            Map.entry("kdf", "the name of a key derivation function"),
            Map.entry("id", "the WebAuthn relying party id, public"),
            Map.entry("origin", "the WebAuthn origin, public"),
            Map.entry("rp", "the WebAuthn relying party name, public"),
            Map.entry("signature", "the External Account Binding signature sent to the CA, not its key"));

    private final Set<String> uncovered = new TreeSet<>();
    private final List<Secret> covered = new ArrayList<>();

    /**
     * A property the rules call secret, where it was found.
     *
     * @param segments the way to it from {@code data} (or the parameters): property names, {@code []} for an item
     *     of an array, {@code #key} for a property-string key
     */
    private record Secret(String method, String template, boolean parameter, List<String> segments, String type) {}

    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2.json", "pve-7.2.json", "pbs-4.2.json"})
    void everyPropertyDescribedAsASecretIsRedacted(String schema) throws IOException {
        JsonNode root = new ObjectMapper().readTree(apidoc().resolve(schema).toFile());

        walk(root);

        assertThat(uncovered)
                .as("properties described as secrets that SecretRules lets through")
                .isEmpty();
        assertThat(covered).as("secret properties found").hasSizeGreaterThan(20);
        Redactor redactor = new Redactor(List.of());
        for (int i = 0; i < covered.size(); i++) {
            Secret secret = covered.get(i);
            String marker = "marker-" + i + "-of-a-secret";
            Redactor.Redacted redacted = redactor.redact(request(secret, marker), answer(secret, marker));
            String bytes = JSON.writeValueAsString(
                    AnswerFile.document(request(secret, marker), redacted, "9.2.0", Instant.EPOCH));
            assertThat(bytes).as("the recording of %s", secret).doesNotContain(marker);
        }
    }

    /** The call, with the secret as a parameter when the schema has it there. */
    private static ApiRequest request(Secret secret, String marker) {
        ApiRequest.Builder request = ApiRequest.builder(HttpVerb.valueOf(secret.method()), secret.template());
        Matcher variable = PATH_VARIABLE.matcher(secret.template());
        while (variable.find()) {
            request.pathParam(variable.group(1), "x");
        }
        if (secret.parameter()) {
            String name = secret.segments().get(0);
            request.param(name, secret.segments().size() == 1 ? marker : "other=1," + rest(secret, marker));
        }
        return request.build();
    }

    /** The answer, with the secret at its place when the schema has it there. */
    private static JsonNode answer(Secret secret, String marker) {
        if (secret.parameter()) {
            return JSON.nullNode();
        }
        JsonNode value = secret.type().equals("array")
                ? JSON.createArrayNode().add(marker)
                : JSON.getNodeFactory().textNode(marker);
        List<String> segments = secret.segments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            String segment = segments.get(i);
            if (segment.equals("[]")) {
                value = JSON.createArrayNode().add(value);
            } else if (segment.startsWith("#")) {
                value = JSON.getNodeFactory().textNode("other=1," + segment.substring(1) + "=" + marker);
            } else {
                ObjectNode object = JSON.createObjectNode();
                object.set(segment, value);
                value = object;
            }
        }
        return value;
    }

    /** A parameter's nested secret as the wire text the parameter would carry. */
    private static String rest(Secret secret, String marker) {
        String last = secret.segments().get(secret.segments().size() - 1);
        return (last.startsWith("#") ? last.substring(1) : last) + "=" + marker;
    }

    private void walk(JsonNode nodes) {
        for (JsonNode node : nodes) {
            String path = node.path("path").asText();
            node.path("info").forEach(operation -> {
                String method = operation.path("method").asText();
                properties(
                        new Secret(method, path, true, List.of(), ""),
                        operation.path("parameters"),
                        method + " " + path + " ");
                properties(
                        new Secret(method, path, false, List.of(), ""),
                        operation.path("returns"),
                        method + " " + path + " → ");
            });
            walk(node.path("children"));
        }
    }

    private void properties(Secret at, JsonNode schema, String where) {
        if (!schema.isObject()) {
            return;
        }
        String template = at.template();
        schema.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String text = value.path("description").asText() + " "
                    + value.path("verbose_description").asText();
            String type = value.path("type").asText("string");
            if (SPEAKS_OF_SECRETS.matcher(text).find()
                    && (type.equals("string") || type.equals("array"))
                    && !NOT_SECRET.containsKey(name)) {
                String last = where.endsWith("#") ? "#" + name : name;
                if (SecretRules.isSecretName(template, name)) {
                    covered.add(new Secret(at.method(), template, at.parameter(), append(at.segments(), last), type));
                } else {
                    uncovered.add(where + name + ": " + text.strip());
                }
            }
            properties(with(at, name), value, where + name + ".");
            if (value.path("format").isObject()) {
                properties(with(at, name), value.path("format"), where + name + "#");
            }
        });
        properties(with(at, "[]"), schema.path("items"), where + "[].");
        properties(with(at, "{}"), schema.path("additionalProperties"), where + "{}.");
    }

    private static Secret with(Secret at, String segment) {
        return new Secret(at.method(), at.template(), at.parameter(), append(at.segments(), segment), at.type());
    }

    private static List<String> append(List<String> segments, String segment) {
        List<String> more = new ArrayList<>(segments);
        more.add(segment);
        return List.copyOf(more);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private static Path apidoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/apidoc");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "shared/apidoc not found above " + Path.of("").toAbsolutePath());
    }
}
