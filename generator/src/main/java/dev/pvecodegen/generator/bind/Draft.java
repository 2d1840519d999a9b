package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.ApiType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated class while the binder works on it: its identity, every use found, and (once decided) its name.
 * Mutable, and never seen outside the binder.
 */
final class Draft {
    final String identity;
    final JavaType.Kind kind;
    private final List<Use> uses = new ArrayList<>();
    /** The schema type at each site (objects and enums), for documentation taken from the best ranked site. */
    final Map<Site, ApiType> types = new LinkedHashMap<>();
    /** For an enum nested in a value class: the value class's identity. */
    Optional<String> enclosing = Optional.empty();

    String name;

    /** Memos of {@link #primary()} and {@link #sites()}; uses only grow while the binder collects them. */
    private Use primary;

    private List<Site> sites;

    private static final ApiType.Visitor<ApiType.ObjectType> AS_OBJECT = new TypeVisitor<>() {
        @Override
        protected ApiType.ObjectType otherwise(ApiType type) {
            throw new IllegalStateException("not an object: " + type);
        }

        @Override
        public ApiType.ObjectType visitObjectType(ApiType.ObjectType type) {
            return type;
        }
    };

    private static final ApiType.Visitor<ApiType.EnumType> AS_ENUM = new TypeVisitor<>() {
        @Override
        protected ApiType.EnumType otherwise(ApiType type) {
            throw new IllegalStateException("not an enum: " + type);
        }

        @Override
        public ApiType.EnumType visitEnumType(ApiType.EnumType type) {
            return type;
        }
    };

    Draft(String identity, JavaType.Kind kind) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    void add(Use use, ApiType type) {
        uses.add(use);
        primary = null;
        sites = null;
        if (type != null) {
            types.putIfAbsent(use.site(), type);
        }
    }

    /** Every use found, in the order found. */
    List<Use> uses() {
        return Collections.unmodifiableList(uses);
    }

    /** The best ranked use: it gives the class its name and documentation. */
    Use primary() {
        if (primary == null) {
            primary = uses.stream()
                    .min(Comparator.comparing(Use::site, Site.RANK))
                    .orElseThrow(() -> new IllegalStateException("no use of " + identity));
        }
        return primary;
    }

    /** Every site, best ranked first, each once. */
    List<Site> sites() {
        if (sites == null) {
            sites = uses.stream().map(Use::site).distinct().sorted(Site.RANK).toList();
        }
        return sites;
    }

    /** The schema type at the best ranked site that has one. */
    ApiType representative() {
        return types.get(sites().stream()
                .filter(types::containsKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no type of " + identity)));
    }

    /** The representative as an object shape (drafts of {@link JavaType.Kind#OBJECT}). */
    ApiType.ObjectType objectType() {
        return representative().accept(AS_OBJECT);
    }

    /** The representative as an enum (drafts of {@link JavaType.Kind#ENUM}). */
    ApiType.EnumType enumType() {
        return representative().accept(AS_ENUM);
    }

    /** The distinct operations that use the class. */
    long operationCount() {
        return uses.stream().map(u -> u.site().operationKey()).distinct().count();
    }
}
