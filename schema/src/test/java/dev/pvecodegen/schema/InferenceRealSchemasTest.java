package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.infer.Inference;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Origin;
import dev.pvecodegen.schema.model.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inference rules on the real schemas: what each types, what it must leave alone, how many it types. */
class InferenceRealSchemasTest {

    private static ApiType.ObjectType answer(ApiModel model, HttpMethod method, String path) {
        ApiType type = model.operation(method, path).orElseThrow().returns().type();
        return (ApiType.ObjectType) (type instanceof ApiType.ArrayType a ? a.items() : type);
    }

    private static Property property(ApiModel model, String path, String name) {
        return answer(model, HttpMethod.GET, path)
                .property(name)
                .orElseThrow(() -> new AssertionError(path + " " + name));
    }

    @Test
    void configSymmetryReadsBackWhatThePutWrites() {
        ApiModel model = SharedSchemas.model("pve-9.2");
        Property keyboard = property(model, "/cluster/options", "keyboard");

        assertThat(keyboard.optional()).isTrue();
        assertThat(keyboard.origin()).isEqualTo(Origin.inferred("config-symmetry", "PUT /cluster/options"));
        assertThat(keyboard.type()).isInstanceOf(ApiType.EnumType.class);
        assertThat(answer(model, HttpMethod.GET, "/cluster/options").property("delete"))
                .as("write-only controls are not copied")
                .isEmpty();
        assertThat(property(model, "/nodes/{node}/network/{iface}", "bridge_ports")
                        .origin()
                        .kind())
                .isEqualTo(Origin.Kind.INFERRED);
    }

    @Test
    void collectionSymmetryTypesTheItemsAPostCreates() {
        Property gateway = property(SharedSchemas.model("pve-9.2"), "/cluster/sdn/vnets/{vnet}/subnets", "gateway");

        assertThat(gateway.origin().source()).isEqualTo("collection-symmetry: POST /cluster/sdn/vnets/{vnet}/subnets");
    }

    @Test
    void directoryIndexesShareOneEntryType() {
        ApiModel model = SharedSchemas.model("pve-9.2");

        ApiType.ObjectType cluster = answer(model, HttpMethod.GET, "/cluster");
        ApiType.ObjectType node = answer(model, HttpMethod.GET, "/nodes/{node}");
        assertThat(cluster.properties()).extracting(Property::name).containsExactly("name");
        assertThat(cluster).isEqualTo(node);
        assertThat(answer(model, HttpMethod.GET, "/nodes/{node}/qemu/{vmid}/snapshot/{snapname}")
                        .properties())
                .extracting(Property::name)
                .containsExactly("cmd");
    }

    @Test
    void siblingShapesShareTheRicherDeclaration() {
        ApiModel model = SharedSchemas.model("pve-9.2");

        assertThat(property(model, "/cluster/tasks", "status").origin().source())
                .isEqualTo("sibling-shapes: GET /nodes/{node}/tasks");
        assertThat(property(model, "/cluster/ha/resources", "state").origin().source())
                .isEqualTo("sibling-shapes: GET /cluster/ha/resources/{sid}");
    }

    @Test
    void anAnswerASupplementDeclaredWholeIsLeftAlone() {
        ApiType.ObjectType storages = answer(SharedSchemas.model("pve-9.2"), HttpMethod.GET, "/storage");

        assertThat(storages.properties())
                .allSatisfy(p -> assertThat(p.origin().kind()).isEqualTo(Origin.Kind.SUPPLEMENT));
        assertThat(storages.property("avail"))
                .as("node status fields are not a storage's config")
                .isEmpty();
    }

    @Test
    void pbsSendsTheDigestBesideTheDataSoItIsNotCopied() {
        ApiType.ObjectType prune = answer(SharedSchemas.model("pbs-4.2"), HttpMethod.GET, "/config/prune/{id}");

        assertThat(prune.property("digest")).isEmpty();
    }

    @Test
    void inferenceIsDeterministic() {
        ApiModel declared = SharedSchemas.declared("pve-9.2");

        assertThat(Inference.apply(declared)).isEqualTo(Inference.apply(declared));
    }

    /**
     * What supplement and inference add to answers (properties, property-string keys) is optional, so that a wrong
     * fact can never make a value required.
     */
    @ParameterizedTest
    @CsvSource({"pve-9.2", "pve-7.2", "pbs-4.2"})
    void everyPropertyAddedToAnAnswerIsOptional(String schema) {
        List<String> added = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (Operation operation : SharedSchemas.model(schema).operations()) {
            operation
                    .returns()
                    .type()
                    .selfAndNested()
                    .flatMap(type -> type instanceof ApiType.ObjectType object
                            ? object.properties().stream()
                            : type instanceof ApiType.PropertyStringType string
                                    ? string.format().keys().stream()
                                    : Stream.empty())
                    .filter(property -> !property.origin().isSchema())
                    .forEach(property -> {
                        String at = operation.key() + " " + property.name() + " (" + property.origin() + ")";
                        added.add(at);
                        if (!property.optional()) {
                            required.add(at);
                        }
                    });
        }

        assertThat(added).isNotEmpty();
        assertThat(required).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"pve-9.2", "pve-7.2", "pbs-4.2"})
    void operationsTypedPerRule(String schema) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        SharedSchemas.model(schema).enrichment().inferred().forEach((rule, keys) -> counts.put(rule, keys.size()));
        System.out.println(schema + " operations typed per inference rule: " + counts);
        assertThat(counts.keySet()).containsExactlyElementsOf(Inference.ruleIds());
        assertThat(counts).isEqualTo(expected(schema));
    }

    private static Map<String, Integer> expected(String schema) {
        List<Integer> n = switch (schema) {
            case "pve-9.2" -> List.of(40, 2, 34, 20);
            case "pve-7.2" -> List.of(29, 2, 26, 11);
            default -> List.of(2, 0, 0, 2);
        };
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < n.size(); i++) {
            out.put(Inference.ruleIds().get(i), n.get(i));
        }
        return out;
    }
}
