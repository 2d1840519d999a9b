package dev.pvecodegen.schema.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Provenance#originOf} finds the nearest marked ancestor, as walking up pointer by pointer does. */
class ProvenanceTest {

    @Test
    void theNearestMarkedAncestorWins() {
        Origin outer = Origin.supplement("a.json", "outer");
        Origin inner = Origin.supplement("a.json", "inner");
        Provenance provenance = new Provenance(
                Map.of("/0/info/GET/returns", outer, "/0/info/GET/returns/items/properties/b", inner),
                Set.of(),
                Set.of());
        assertThat(provenance.originOf("/0/info/GET/returns")).isEqualTo(outer);
        assertThat(provenance.originOf("/0/info/GET/returns/items/properties/a"))
                .isEqualTo(outer);
        assertThat(provenance.originOf("/0/info/GET/returns/items/properties/b/x"))
                .isEqualTo(inner);
        // A sibling whose name merely starts like a marked one is not inside it.
        assertThat(provenance.originOf("/0/info/GET/returns/items/properties/bc"))
                .isEqualTo(outer);
        assertThat(provenance.originOf("/0/info/GET/returnsX")).isEqualTo(Origin.schema());
        assertThat(provenance.originOf("/0/info/GET")).isEqualTo(Origin.schema());
        assertThat(Provenance.none().originOf("/0")).isEqualTo(Origin.schema());
    }

    @Test
    void aMarkedRootMarksEverything() {
        Origin root = Origin.supplement("a.json", "root");
        Provenance provenance = new Provenance(Map.of("", root), Set.of(), Set.of());
        assertThat(provenance.originOf("/1/children/0")).isEqualTo(root);
        assertThat(provenance.originOf("")).isEqualTo(root);
    }

    @Test
    void agreesWithWalkingUpOnRandomPointers() {
        Random random = new Random(14);
        String[] tokens = {"a", "b", "ab", "a~1b", "b0", "0", "1", "10", "items", "properties"};
        for (int round = 0; round < 200; round++) {
            Map<String, Origin> origins = new HashMap<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                origins.put(pointer(random, tokens), Origin.supplement("f.json", "e" + i));
            }
            Provenance provenance = new Provenance(origins, Set.of(), Set.of());
            List<String> probes = new ArrayList<>(origins.keySet());
            for (int i = 0; i < 30; i++) {
                probes.add(pointer(random, tokens));
            }
            for (String probe : probes) {
                assertThat(provenance.originOf(probe))
                        .as(probe + " in " + origins)
                        .isEqualTo(walkingUp(origins, probe));
            }
        }
    }

    private static String pointer(Random random, String[] tokens) {
        StringBuilder pointer = new StringBuilder();
        for (int depth = random.nextInt(5); depth > 0; depth--) {
            pointer.append('/').append(tokens[random.nextInt(tokens.length)]);
        }
        return pointer.toString();
    }

    /** The definition: the pointer itself, then each parent up to the root. */
    private static Origin walkingUp(Map<String, Origin> origins, String pointer) {
        String at = pointer;
        while (true) {
            Origin origin = origins.get(at);
            if (origin != null) {
                return origin;
            }
            int slash = at.lastIndexOf('/');
            if (slash < 0) {
                return Origin.schema();
            }
            at = at.substring(0, slash);
        }
    }
}
