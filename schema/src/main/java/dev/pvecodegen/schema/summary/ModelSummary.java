package dev.pvecodegen.schema.summary;

import dev.pvecodegen.schema.PinnedSchema;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.ExcludedSubtree;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.IndexRange;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.model.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Facts about a model for the {@code inspect} command and for reports: counts by kind, the task operations,
 * formats, families, and every raw fallback with its location and reason.
 *
 * @param source the schema's display name
 * @param sha256 the schema's checksum
 * @param pinned the catalogue entry with the same checksum, if the schema is a pinned one
 * @param dialect PVE or PBS
 * @param paths resources (tree nodes), including those without operations
 * @param operationsByMethod operation counts per verb
 * @param parametersByLocation top-level parameter counts per location
 * @param requiredParameters top-level parameters that are required (path parameters included)
 * @param taskOperations keys of the operations returning a UPID
 * @param enumTypes distinct enum types (by values and base)
 * @param enumUses how often an enum type occurs
 * @param propertyStringTypes ids of the deduplicated property-string formats
 * @param propertyStringUses how often a property-string format is used
 * @param opaquePropertyStrings names of property-string formats apidoc does not describe
 * @param listFormats names of {@code -list} formats (and {@code (array format)} for PBS array formats)
 * @param indexedFamilies family name ({@code net[n]}) to index range
 * @param rawFallbacks every {@link ApiType.AnyType} with its location
 * @param excluded excluded subtrees
 * @param warnings builder warnings
 */
public record ModelSummary(
        String source,
        String sha256,
        Optional<PinnedSchema> pinned,
        Dialect dialect,
        int paths,
        Map<HttpMethod, Integer> operationsByMethod,
        Map<ParameterLocation, Integer> parametersByLocation,
        int requiredParameters,
        List<String> taskOperations,
        int enumTypes,
        int enumUses,
        List<String> propertyStringTypes,
        int propertyStringUses,
        SortedSet<String> opaquePropertyStrings,
        SortedSet<String> listFormats,
        SortedMap<String, IndexRange> indexedFamilies,
        List<TypeSite> rawFallbacks,
        List<ExcludedSubtree> excluded,
        List<String> warnings) {

    public ModelSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pinned, "pinned");
        operationsByMethod = Map.copyOf(operationsByMethod);
        parametersByLocation = Map.copyOf(parametersByLocation);
        taskOperations = List.copyOf(taskOperations);
        propertyStringTypes = List.copyOf(propertyStringTypes);
        opaquePropertyStrings = Collections.unmodifiableSortedSet(new TreeSet<>(opaquePropertyStrings));
        listFormats = Collections.unmodifiableSortedSet(new TreeSet<>(listFormats));
        indexedFamilies = Collections.unmodifiableSortedMap(new TreeMap<>(indexedFamilies));
        rawFallbacks = List.copyOf(rawFallbacks);
        excluded = List.copyOf(excluded);
        warnings = List.copyOf(warnings);
    }

    public int operations() {
        return operationsByMethod.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int parameters() {
        return parametersByLocation.values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    public static ModelSummary of(ApiModel model) {
        List<Operation> operations = model.operations();
        Map<HttpMethod, Integer> byMethod = new EnumMap<>(HttpMethod.class);
        Map<ParameterLocation, Integer> byLocation = new EnumMap<>(ParameterLocation.class);
        for (HttpMethod method : HttpMethod.values()) {
            byMethod.put(method, 0);
        }
        for (ParameterLocation location : ParameterLocation.values()) {
            byLocation.put(location, 0);
        }
        int required = 0;
        SortedMap<String, IndexRange> families = new TreeMap<>();
        for (Operation op : operations) {
            byMethod.merge(op.method(), 1, Integer::sum);
            for (Parameter parameter : op.parameters()) {
                byLocation.merge(parameter.location(), 1, Integer::sum);
                required += parameter.required() ? 1 : 0;
            }
        }
        List<TypeSite> sites = TypeSites.of(model);
        LinkedHashSet<ApiType.EnumType> enums = new LinkedHashSet<>();
        int enumUses = 0;
        int formatUses = 0;
        SortedSet<String> opaque = new TreeSet<>();
        SortedSet<String> lists = new TreeSet<>();
        List<TypeSite> raw = new ArrayList<>();
        for (TypeSite site : sites) {
            ApiType type = site.type();
            if (type instanceof ApiType.EnumType e) {
                enums.add(e);
                enumUses++;
            } else if (type instanceof ApiType.PropertyStringType) {
                formatUses++;
            } else if (type instanceof ApiType.OpaquePropertyStringType o) {
                opaque.add(o.format());
            } else if (type instanceof ApiType.ListStringType l) {
                lists.add(l.format().orElse("(array format)"));
            } else if (type instanceof ApiType.AnyType) {
                raw.add(site);
            }
        }
        collectFamilies(model, families);
        return new ModelSummary(
                model.source().name(),
                model.source().sha256(),
                PinnedSchemas.bySha256(model.source().sha256()),
                model.dialect(),
                model.resources().size(),
                byMethod,
                byLocation,
                required,
                model.taskOperations().stream().map(Operation::key).toList(),
                enums.size(),
                enumUses,
                List.copyOf(model.propertyStringFormats().keySet()),
                formatUses,
                opaque,
                lists,
                families,
                raw,
                model.excluded(),
                model.warnings());
    }

    private static void collectFamilies(ApiModel model, SortedMap<String, IndexRange> families) {
        for (Operation op : model.operations()) {
            for (Parameter parameter : op.parameters()) {
                addFamily(parameter.property(), families);
            }
            if (op.returns().type() instanceof ApiType.ObjectType object) {
                object.properties().forEach(p -> addFamily(p, families));
            }
        }
    }

    private static void addFamily(Property property, SortedMap<String, IndexRange> families) {
        property.family().ifPresent(range -> families.put(property.schemaName(), range));
    }
}
