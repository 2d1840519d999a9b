package dev.pvecodegen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.HandMadeModel;
import dev.pvecodegen.generator.bind.Binder;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundObject;
import dev.pvecodegen.generator.bind.BoundResource;
import dev.pvecodegen.generator.bind.BoundType;
import dev.pvecodegen.generator.bind.Site;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.NameOverride;
import dev.pvecodegen.schema.model.NameSection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A generated class renamed or merged between two schemas is a breaking change with its old and new name. */
class BindingComparisonTest {
    private static final Site LIST = new Site(HttpMethod.GET, "/nodes", "returns[]");
    private static final Site ONE = new Site(HttpMethod.GET, "/nodes/{node}", "returns");

    private static BoundModel model(BoundType... types) {
        Map<String, BoundType> byName = new TreeMap<>();
        for (BoundType type : types) {
            byName.put(type.name(), type);
        }
        BoundResource root = new BoundResource("Pve", "/", true, List.of(), List.of(), List.of(), List.of());
        return new BoundModel("dev.x", "Pve", "PveOperations", root, new TreeMap<>(byName));
    }

    private static BoundObject object(String name, Site... sites) {
        return new BoundObject(name, List.of(sites), List.of(), Optional.empty());
    }

    private static List<Change> compare(BoundModel old, BoundModel current) {
        ChangeCollector out = new ChangeCollector();
        BindingComparison.compare(old, current, out);
        return out.changes();
    }

    @Test
    void aClassWithAnotherNameAtTheSameSiteIsRenamed() {
        BoundModel hand = Binder.bind(HandMadeModel.model(), GeneratorOptions.defaults("dev.x"), List.of());
        BoundModel renamed = Binder.bind(
                HandMadeModel.model(),
                GeneratorOptions.defaults("dev.x"),
                List.of(new NameSection(
                        "t.json",
                        false,
                        List.of(new NameOverride("GET /nodes#returns[]", "ClusterNode", "", "/n/0")))));
        assertThat(compare(hand, renamed))
                .extracting(Change::kind, Change::severity, c -> c.location().toString(), Change::message)
                .containsExactly(
                        tuple(
                                ChangeKind.CLASS_RENAMED,
                                Severity.BREAKING,
                                "GET /nodes returns[]",
                                "class `NodeEntry` is now `ClusterNode`"),
                        tuple(
                                ChangeKind.CLASS_RENAMED,
                                Severity.BREAKING,
                                "GET /nodes returns[]/status",
                                "class `NodeEntryStatus` is now `ClusterNodeStatus`"));
        assertThat(compare(hand, hand)).isEmpty();
    }

    @Test
    void twoClassesWhoseSitesNowCarryOneNameAreMerged() {
        BoundModel old = model(object("NodeEntry", LIST), object("Node", ONE));
        BoundModel current = model(object("Node", ONE, LIST));
        assertThat(compare(old, current))
                .extracting(Change::kind, Change::message, Change::consequence)
                .containsExactly(tuple(
                        ChangeKind.CLASSES_MERGED,
                        "classes `Node` and `NodeEntry` are now one class `Node`",
                        "code naming `NodeEntry` no longer compiles; use `Node`"));
    }
}
