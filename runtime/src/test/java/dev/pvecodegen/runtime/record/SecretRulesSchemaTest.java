package dev.pvecodegen.runtime.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The apidoc marks no property as secret; it describes them. This walks every parameter and answer property of the
 * real schemas (nested ones and property-string keys included) whose description speaks of a password, secret, key or
 * token, and checks that {@link SecretRules} treats it as a secret, unless it is one of the names listed here with
 * the reason it holds none.
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
    private int covered;

    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2.json", "pve-7.2.json", "pbs-4.2.json"})
    void everyPropertyDescribedAsASecretIsRedacted(String schema) throws IOException {
        JsonNode root = new ObjectMapper().readTree(apidoc().resolve(schema).toFile());

        walk(root);

        assertThat(uncovered)
                .as("properties described as secrets that SecretRules lets through")
                .isEmpty();
        assertThat(covered).as("secret properties found").isGreaterThan(20);
    }

    private void walk(JsonNode nodes) {
        for (JsonNode node : nodes) {
            String path = node.path("path").asText();
            node.path("info").forEach(operation -> {
                properties(
                        path,
                        operation.path("parameters"),
                        operation.path("method").asText() + " " + path + " ");
                properties(
                        path,
                        operation.path("returns"),
                        operation.path("method").asText() + " " + path + " → ");
            });
            walk(node.path("children"));
        }
    }

    private void properties(String template, JsonNode schema, String where) {
        if (!schema.isObject()) {
            return;
        }
        schema.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String text = value.path("description").asText() + " "
                    + value.path("verbose_description").asText();
            String type = value.path("type").asText("string");
            if (SPEAKS_OF_SECRETS.matcher(text).find()
                    && (type.equals("string") || type.equals("array"))
                    && !NOT_SECRET.containsKey(name)) {
                if (SecretRules.isSecretName(template, name)) {
                    covered++;
                } else {
                    uncovered.add(where + name + ": " + text.strip());
                }
            }
            properties(template, value, where + name + ".");
            if (value.path("format").isObject()) {
                properties(template, value.path("format"), where + name + "#");
            }
        });
        properties(template, schema.path("items"), where + "[].");
        properties(template, schema.path("additionalProperties"), where + "{}.");
    }

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
