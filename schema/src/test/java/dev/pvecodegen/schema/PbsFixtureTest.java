package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.ApiType.EnumType;
import dev.pvecodegen.schema.model.ApiType.ScalarKind;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.ExcludedSubtree;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One test per PBS-dialect quirk, on the hand-written fixture {@code pbs-mini.json}. */
class PbsFixtureTest {

    private final ApiModel model = Fixtures.model("pbs-mini.json");

    private Operation op(HttpMethod method, String path) {
        return model.operation(method, path).orElseThrow(() -> new AssertionError("missing " + method + " " + path));
    }

    @Test
    void dialectRootAndExcludedUpgradeTrees() {
        assertThat(model.dialect()).isEqualTo(Dialect.PBS);
        assertThat(model.roots()).extracting(r -> r.path()).containsExactly("/");
        assertThat(model.roots().get(0).segments()).isEmpty();
        assertThat(model.excluded()).hasSize(1);
        ExcludedSubtree upgrade = model.excluded().get(0);
        assertThat(upgrade.path()).isEqualTo("/backup/_upgrade_");
        assertThat(upgrade.operationCount()).isEqualTo(2);
        assertThat(upgrade.reason()).contains("HTTP/2");
        assertThat(model.operations()).hasSize(6);
    }

    @Test
    void downloadAndUploadPseudoMethods() {
        Operation download = op(HttpMethod.GET, "/admin/datastore/{store}/download");
        assertThat(download.flags().body()).isEqualTo(BodyKind.DOWNLOAD);
        assertThat(op(HttpMethod.POST, "/admin/datastore/{store}/upload-backup-log")
                        .flags()
                        .body())
                .isEqualTo(BodyKind.UPLOAD);
        assertThat(op(HttpMethod.GET, "/admin/datastore/{store}").flags().body())
                .isEqualTo(BodyKind.JSON);
        // PBS has no allowtoken: tokens are allowed.
        assertThat(download.flags().allowToken()).isTrue();
    }

    @Test
    void missingPathVariableIsSynthesized() {
        Operation index = op(HttpMethod.GET, "/admin/datastore/{store}");
        assertThat(index.pathParameters()).extracting(p -> p.name()).containsExactly("store");
        assertThat(index.additionalParameters()).isTrue();
    }

    @Test
    void slashWrappedPatternsAndPosixClasses() {
        Operation download = op(HttpMethod.GET, "/admin/datastore/{store}/download");
        ApiType.StringType store = (ApiType.StringType)
                download.parameter("store").orElseThrow().property().type();
        assertThat(store.pattern()).contains("^(?:[A-Za-z0-9_][A-Za-z0-9._\\-]*)$");
        assertThat(store.minLength()).contains(3);
        assertThat(store.maxLength()).contains(32);
        String fileName = ((ApiType.StringType)
                        download.parameter("file-name").orElseThrow().property().type())
                .pattern()
                .orElseThrow();
        assertThat(fileName).isEqualTo("^[^\\s:/\\p{Cntrl}]+$");
        assertThat(Pattern.compile(fileName).matcher("a\u0001b").matches()).isFalse();
        assertThat(Pattern.compile(fileName).matcher("cat.txt").matches()).isTrue();
    }

    @Test
    void tasksByUpidPatternExceptChangelog() {
        assertThat(model.taskOperations())
                .extracting(Operation::key)
                .containsExactly("POST /admin/datastore/{store}/gc");
        ApiType changelog =
                op(HttpMethod.GET, "/nodes/{node}/apt/changelog").returns().type();
        assertThat(changelog)
                .isInstanceOfSatisfying(
                        ApiType.StringType.class,
                        s -> assertThat(s.pattern()).contains("^UPID:(?<node>[a-zA-Z0-9]+):$"));
    }

    @Test
    void permissions() {
        assertThat(op(HttpMethod.GET, "/admin/datastore/{store}/download")
                        .permissions()
                        .check())
                .contains("{\"path\":[\"datastore\",\"{store}\"],\"privs\":[\"Datastore.Read\"],\"partial\":true}");
        assertThat(op(HttpMethod.POST, "/admin/datastore/{store}/upload-backup-log")
                        .permissions()
                        .check())
                .contains("{\"or\":[{\"userParam\":\"userid\"},{\"user\":\"all\"}]}");
    }

    @Test
    void objectAndArrayFormats() {
        Operation ad = op(HttpMethod.POST, "/config/access/ad");
        Property options = ad.parameter("sync-defaults-options").orElseThrow().property();
        PropertyStringFormat format = ((ApiType.PropertyStringType) options.type()).format();
        assertThat(format.id()).isEqualTo("access-sync-defaults-options");
        assertThat(format.defaultKey()).contains("scope");
        assertThat(format.keys()).extracting(Property::name).containsExactly("enable-new", "remove-vanished", "scope");
        assertThat(format.key("enable-new").orElseThrow().doc().defaultValue()).contains("true");
        EnumType removeEnum = new EnumType(ScalarKind.STRING, List.of("acl", "entry", "properties"));
        assertThat(format.key("remove-vanished").orElseThrow().type())
                .isEqualTo(new ApiType.ListStringType(Optional.empty(), removeEnum, ";"));
        assertThat(ad.parameter("remove-vanished").orElseThrow().property().type())
                .isEqualTo(new ApiType.ListStringType(Optional.empty(), removeEnum, ","));
        assertThat(model.propertyStringFormats()).containsOnlyKeys("access-sync-defaults-options");
    }

    @Test
    void jsFileGivesTheSameModel() throws SchemaException {
        ApiModel fromJs = SchemaLoader.fromBytes(Fixtures.bytes("pbs-mini.js"), "pbs-mini.json");
        assertThat(fromJs.roots()).isEqualTo(model.roots());
        assertThat(fromJs.excluded()).isEqualTo(model.excluded());
    }
}
