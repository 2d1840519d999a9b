package dev.pvecodegen.schema.summary;

import dev.pvecodegen.schema.PinnedSchema;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.Enrichment;
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
import java.util.Set;
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
 * @param enrichment what supplements and inference added (entry outcomes, operations typed per rule)
 * @param openAnswers operations whose answer is still open, by reason
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
        List<String> warnings,
        Enrichment enrichment,
        SortedMap<String, List<String>> openAnswers) {

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
        Objects.requireNonNull(enrichment, "enrichment");
        openAnswers = Collections.unmodifiableSortedMap(new TreeMap<>(openAnswers));
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
        TypeTally tally = new TypeTally();
        sites.forEach(tally::count);
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
                tally.enums.size(),
                tally.enumUses,
                List.copyOf(model.propertyStringFormats().keySet()),
                tally.formatUses,
                tally.opaque,
                tally.lists,
                families,
                tally.raw,
                model.excluded(),
                model.warnings(),
                model.enrichment(),
                OpenAnswers.of(model));
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

    /** Counts the enums, property strings, list strings and raw types among the type sites. */
    private static final class TypeTally implements ApiType.Visitor<Void> {
        final Set<ApiType.EnumType> enums = new LinkedHashSet<>();
        int enumUses;
        int formatUses;
        final SortedSet<String> opaque = new TreeSet<>();
        final SortedSet<String> lists = new TreeSet<>();
        final List<TypeSite> raw = new ArrayList<>();
        private TypeSite site;

        void count(TypeSite site) {
            this.site = site;
            site.type().accept(this);
        }

        @Override
        public Void visitStringType(ApiType.StringType type) {
            return null;
        }

        @Override
        public Void visitIntegerType(ApiType.IntegerType type) {
            return null;
        }

        @Override
        public Void visitNumberType(ApiType.NumberType type) {
            return null;
        }

        @Override
        public Void visitBooleanType(ApiType.BooleanType type) {
            return null;
        }

        @Override
        public Void visitEnumType(ApiType.EnumType type) {
            enums.add(type);
            enumUses++;
            return null;
        }

        @Override
        public Void visitArrayType(ApiType.ArrayType type) {
            return null;
        }

        @Override
        public Void visitObjectType(ApiType.ObjectType type) {
            return null;
        }

        @Override
        public Void visitListStringType(ApiType.ListStringType type) {
            lists.add(type.format().orElse("(array format)"));
            return null;
        }

        @Override
        public Void visitPropertyStringType(ApiType.PropertyStringType type) {
            formatUses++;
            return null;
        }

        @Override
        public Void visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            opaque.add(type.format());
            return null;
        }

        @Override
        public Void visitOneOfType(ApiType.OneOfType type) {
            return null;
        }

        @Override
        public Void visitAnyType(ApiType.AnyType type) {
            raw.add(site);
            return null;
        }

        @Override
        public Void visitNullType(ApiType.NullType type) {
            return null;
        }

        @Override
        public Void visitUpidType(ApiType.UpidType type) {
            return null;
        }
    }
}
