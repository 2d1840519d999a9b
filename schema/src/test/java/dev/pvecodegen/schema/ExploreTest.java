package dev.pvecodegen.schema;

import dev.pvecodegen.schema.model.*;
import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ExploreTest {
    static Stream<ApiType> all(ApiModel m) {
        return Stream.concat(m.allTypes(), m.propertyStringFormats().values().stream()
                .flatMap(f -> f.keys().stream()).flatMap(k -> k.type().selfAndNested()));
    }
    @Test
    void explore() {
        for (String n : List.of("pve-9.2", "pve-7.2", "pbs-4.2")) {
            ApiModel m = SharedSchemas.model(n);
            System.out.println("== " + n + " formats=" + m.propertyStringFormats().size());
            Map<String, Long> kinds = m.allTypes().collect(Collectors.groupingBy(t -> t.getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
            System.out.println(kinds);
            System.out.println("opaque " + all(m).filter(t -> t instanceof ApiType.OpaquePropertyStringType).map(t -> ((ApiType.OpaquePropertyStringType) t).format()).collect(Collectors.toCollection(TreeSet::new)));
            System.out.println("lists " + all(m).filter(t -> t instanceof ApiType.ListStringType).map(t -> ((ApiType.ListStringType) t).format().orElse("-") + ((ApiType.ListStringType) t).separator()).collect(Collectors.toCollection(TreeSet::new)).size());
            System.out.println("any " + all(m).filter(t -> t instanceof ApiType.AnyType).map(t -> ((ApiType.AnyType) t).reason()).collect(Collectors.groupingBy(r -> r, Collectors.counting())));
            System.out.println("families " + m.operations().stream().flatMap(o -> o.parameters().stream()).map(Parameter::property).filter(Property::isIndexed).map(p -> p.name() + p.family().get()).collect(Collectors.toCollection(TreeSet::new)));
            System.out.println("unions " + m.operations().stream().filter(o -> o.unionDiscriminator().isPresent()).map(o -> o.key() + "=" + o.unionDiscriminator().get()).toList());
            System.out.println("oneOf " + m.operations().stream().flatMap(o -> o.parameters().stream()).filter(p -> p.property().type() instanceof ApiType.OneOfType).map(p -> p.name()).toList());
            System.out.println("body " + m.operations().stream().filter(o -> o.flags().body() != BodyKind.JSON).map(o -> o.flags().body() + " " + o.key()).toList());
            System.out.println("warnings " + m.warnings());
            System.out.println("opt-returns tasks " + m.taskOperations().stream().filter(o -> o.returns().optional()).map(Operation::key).toList());
        }
    }
}
