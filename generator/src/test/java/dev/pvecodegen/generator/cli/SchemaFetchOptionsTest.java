package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.read.SchemaFetcher;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema fetch options are one piece every command mounts, and the TLS hint names only options that exist. */
class SchemaFetchOptionsTest {
    private static final String PIN = "AB:".repeat(31) + "AB";

    @TempDir
    Path temp;

    private Path fixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/basics.json")) {
            return Files.write(temp.resolve("basics.json"), in.readAllBytes());
        }
    }

    private static int run(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return Main.run(args, stream, stream);
    }

    @Test
    void everyCommandThatReadsASchemaTakesThem() throws Exception {
        String schema = fixture().toString();
        for (String fetch : List.of("--insecure", "--tls-fingerprint=" + PIN)) {
            String[] option = fetch.split("=", 2);
            List<String> extra = List.of(option);
            assertThat(run(concat(List.of("inspect", "--schema", schema), extra)))
                    .as("inspect " + fetch)
                    .isZero();
            assertThat(run(concat(
                            List.of(
                                    "generate",
                                    "--schema",
                                    schema,
                                    "--output",
                                    temp.resolve("out").toString()),
                            extra)))
                    .as("generate " + fetch)
                    .isZero();
            assertThat(run(concat(List.of("types", "--schema", schema), extra)))
                    .as("types " + fetch)
                    .isZero();
            assertThat(run(concat(List.of("diff", "--old", schema, "--new", schema), extra)))
                    .as("diff " + fetch)
                    .isZero();
        }
    }

    private static String[] concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toArray(String[]::new);
    }

    @Test
    void theyBecomeLoadOptions() {
        LoadOptions pinned = SchemaFetchOptions.NONE
                .with(SchemaFetchOptions.TLS_FINGERPRINT, PIN)
                .applyTo(LoadOptions.defaults());
        assertThat(pinned.tlsFingerprint()).contains(PIN);
        assertThat(pinned.insecureTls()).isFalse();
        assertThat(SchemaFetchOptions.NONE
                        .with(SchemaFetchOptions.INSECURE, null)
                        .applyTo(LoadOptions.defaults())
                        .insecureTls())
                .isTrue();
        assertThatThrownBy(() -> SchemaFetchOptions.NONE.with(SchemaFetchOptions.TLS_FINGERPRINT, " "))
                .hasMessageContaining("needs a value");
    }

    @Test
    void anUntrustedCertificateGetsAHintNamingOnlyOptionsTheCommandsAccept() {
        SchemaException untrusted = new SchemaException(
                "https://pve1:8006/pve-docs/api-viewer/apidoc.js",
                SchemaProblem.global("GET https://pve1:8006/…: TLS failure, " + SchemaFetcher.UNTRUSTED_CERTIFICATE));

        String hint = SchemaFetchOptions.hint(untrusted).orElseThrow();

        Matcher options = Pattern.compile("--[a-z-]+").matcher(hint);
        int named = 0;
        while (options.find()) {
            named++;
            assertThat(SchemaFetchOptions.isOption(options.group()))
                    .as(options.group())
                    .isTrue();
        }
        assertThat(named).isEqualTo(2);
        assertThat(SchemaFetchOptions.hint(new SchemaException("x.json", SchemaProblem.global("no such file"))))
                .isEmpty();
    }
}
