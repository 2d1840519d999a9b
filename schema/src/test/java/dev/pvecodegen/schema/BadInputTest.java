package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of broken input yields one clear {@link SchemaException}, never a stack trace or a partial model. */
class BadInputTest {

    private static SchemaException failure(String text) {
        return failure(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SchemaException failure(byte[] bytes) {
        try {
            SchemaLoader.fromBytes(bytes, "input");
        } catch (SchemaException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).startsWith("input: ");
            return e;
        }
        throw new AssertionError("expected a SchemaException");
    }

    @Test
    void emptyInput() {
        assertThat(failure("").getMessage()).contains("input is empty");
    }

    @Test
    void notJson() {
        assertThat(failure("hello, world").getMessage()).contains("neither JSON nor an apidoc.js");
        assertThat(failure("<html><body>502 Bad Gateway</body></html>").getMessage())
                .contains("neither JSON nor an apidoc.js");
    }

    @Test
    void invalidJsonSyntax() {
        assertThat(failure("[{\"path\": \"/a\",}]").getMessage())
                .contains("is not valid JSON")
                .contains("line 1");
    }

    @Test
    void truncatedJson() {
        byte[] full = Fixtures.bytes("pve-mini.json");
        SchemaException e = failure(Arrays.copyOf(full, full.length / 2));
        assertThat(e.getMessage()).contains("is not valid JSON");
    }

    @Test
    void truncatedJs() {
        byte[] full = Fixtures.bytes("pbs-mini.js");
        assertThat(failure(Arrays.copyOf(full, full.length / 2)).getMessage()).contains("never closed");
    }

    @Test
    void byteOrderMarkIsAccepted() throws SchemaException {
        byte[] json = Fixtures.bytes("pbs-mini.json");
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(SchemaLoader.fromBytes(withBom, "bom").operations()).hasSize(6);
    }

    @Test
    void trailingGarbage() {
        assertThat(failure("[{\"path\": \"/a\"}] [").getMessage()).contains("trailing content");
    }

    @Test
    void duplicateKeys() {
        assertThat(failure("[{\"path\": \"/a\", \"path\": \"/b\"}]").getMessage())
                .contains("Duplicate field");
    }

    @Test
    void hugeString() {
        String huge = "[{\"path\": \"/" + "x".repeat(50 * 1024 * 1024) + "\"}]";
        assertThat(failure(huge).getMessage()).contains("String value length");
    }

    @Test
    void deepNesting() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(failure(deep).getMessage()).contains("nesting depth");
        String deepObjects = "[{\"path\":\"/a\",\"x\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}]";
        assertThat(failure(deepObjects).getMessage()).contains("nesting depth");
        String deepJs = "var apiSchema = " + "[".repeat(10_000) + "]".repeat(10_000) + ";";
        assertThat(failure(deepJs).getMessage()).contains("nesting depth");
    }

    @Test
    void tooManyTokens() {
        String wide = "[" + "{},".repeat(3_000_000) + "{}]";
        assertThat(failure(wide).getMessage()).contains("Token count");
    }

    @Test
    void wrongTopLevelShape() {
        SchemaException e = failure("{\"path\": \"/a\"}");
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).pointer()).isEmpty();
        assertThat(e.getMessage()).contains("array");
        assertThat(failure("[]").getMessage()).contains("meta-schema");
    }

    @Test
    void wrongShapesAreReportedWithLocations() {
        String schema = """
                [{"path": "/nodes", "info": {
                    "GET": {"method": "GET", "parameters": {"properties": {
                        "node": {"type": "strin"},
                        "vmid": {"type": "integer", "optional": "yes", "minimum": "ten"}}},
                        "returns": {"type": "null"}},
                    "PATCH": {"method": "PATCH"}},
                  "children": [{"text": "no path"}, {"path": 7}]}]
                """;
        SchemaException e = failure(schema);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/0/info/GET/parameters/properties/node/type");
            assertThat(p.path()).contains("/nodes");
            assertThat(p.method()).contains("GET");
            assertThat(p.parameter()).contains("node");
        });
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/0/info/GET/parameters/properties/vmid/optional");
            assertThat(p.parameter()).contains("vmid");
        });
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/0/info/GET/parameters/properties/vmid/minimum"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("PATCH"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/0/children/0"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/0/children/1/path"));
        assertThat(e.getMessage()).contains("GET /nodes › node at /0/info/GET/parameters/properties/node/type");
    }

    @Test
    void semanticProblemsAreCollectedTogether() {
        String schema = """
                [{"path": "/a", "info": {"GET": {"method": "POST", "returns": {"type": "null"}}}},
                 {"path": "/a"},
                 {"path": "/b/x{id}"}]
                """;
        SchemaException e = failure(schema);
        assertThat(e.problems())
                .extracting(SchemaProblem::message)
                .anyMatch(m -> m.contains("differs from"))
                .anyMatch(m -> m.contains("duplicate path /a"))
                .anyMatch(m -> m.contains("mixes a variable"));
    }

    @Test
    void missingFile(@TempDir Path dir) {
        assertFails(() -> SchemaLoader.load(dir.resolve("nope.json")), "no such file");
        assertFails(() -> SchemaLoader.load(dir), "is a directory");
        assertFails(
                () -> SchemaLoader.load(SchemaRef.parse("bad\0name.json"), LoadOptions.defaults()),
                "not a valid file name");
    }

    @Test
    void checksumMismatch(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mini.json");
        Files.write(file, Fixtures.bytes("pve-mini.json"));
        LoadOptions options = LoadOptions.defaults().withExpectedSha256("00".repeat(32));
        assertFails(() -> SchemaLoader.load(SchemaRef.file(file), options), "SHA-256 mismatch");
        String actual = SchemaLoader.sha256(Files.readAllBytes(file));
        assertThat(SchemaLoader.load(
                                SchemaRef.file(file),
                                LoadOptions.defaults().withExpectedSha256(actual.toUpperCase(Locale.ROOT)))
                        .source()
                        .sha256())
                .isEqualTo(actual);
    }

    /** Hashing runs beside parsing; a file with the wrong checksum is still named as such, not by its content. */
    @Test
    void aChecksumMismatchIsReportedBeforeParseErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[{\"path\": ");
        LoadOptions options = LoadOptions.defaults().withExpectedSha256("00".repeat(32));
        assertThatThrownBy(() -> SchemaLoader.load(SchemaRef.file(file), options))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("SHA-256 mismatch")
                .hasMessageNotContaining("not valid JSON");
        assertFails(() -> SchemaLoader.load(SchemaRef.file(file), LoadOptions.defaults()), "not valid JSON");
    }

    @Test
    void offlineRefusesUrls() {
        LoadOptions offline = LoadOptions.defaults().withOffline(true);
        assertFails(
                () -> SchemaLoader.load(SchemaRef.parse("https://pve.example.invalid/apidoc.js"), offline), "offline");
    }

    @Test
    void unreachableUrl() {
        // Port 9 on localhost: connection refused, reported as a problem, not thrown raw.
        assertFails(
                () -> SchemaLoader.load(SchemaRef.parse("https://127.0.0.1:9/apidoc.js"), LoadOptions.defaults()),
                "cannot download");
    }

    @Test
    void missingClasspathResource() {
        assertFails(
                () -> SchemaLoader.load(SchemaRef.parse("classpath:fixtures/none.json"), LoadOptions.defaults()),
                "no such class-path resource");
    }

    @Test
    void problemsPrintTheirLocation() {
        SchemaProblem problem = new SchemaProblem(
                "/0/info/POST", Optional.of("/nodes"), Optional.of("POST"), Optional.of("net[n]"), "bad");
        assertThat(problem).hasToString("POST /nodes › net[n] at /0/info/POST: bad");
        assertThat(SchemaProblem.global("empty")).hasToString("at (document): empty");
    }

    private static void assertFails(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(SchemaException.class).hasMessageContaining(message);
    }
}
