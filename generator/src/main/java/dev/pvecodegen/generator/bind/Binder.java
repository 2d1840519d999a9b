package dev.pvecodegen.generator.bind;

import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.NameSection;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Property;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The binding stage: binds the intermediate model into the Java client ({@link BoundModel}). Every decision is
 * taken here, on the whole schema, before anything is rendered:
 * <ol>
 *   <li>every use of a class to be generated is collected ({@link UseCollector});</li>
 *   <li>property-string formats that are variants of one another become one value class ({@link
 *       FormatFamilies});</li>
 *   <li>an enum whose every use is a key of one value class is nested in it;</li>
 *   <li>name overrides are applied ({@link NameOverrides}), then every other class is named in the order of its
 *       best ranked site ({@link TypeNamer});</li>
 *   <li>members and their Java types are bound ({@link BoundTypeBuilder}), and the resource tree of the kept
 *       operations ({@link ResourceBinder}).</li>
 * </ol>
 * Names are decided on the whole schema and only then filtered by the includes and excludes, so filtering never
 * renames a class.
 */
public final class Binder {

    private Binder() {}

    /**
     * Binds {@code model} with the class names of the supplements it was loaded with (the {@code names} sections
     * in {@link dev.pvecodegen.schema.model.Enrichment#names()}).
     *
     * @throws NameOverrideException when a name override cannot be applied
     */
    public static BoundModel bind(ApiModel model, GeneratorOptions options) {
        return bind(model, options, model.enrichment().names());
    }

    /** Binds with explicit names sections instead of the model's (tests bind with none, or with their own). */
    public static BoundModel bind(ApiModel model, GeneratorOptions options, List<NameSection> names) {
        OperationIndex index = new OperationIndex(model);
        UseCollector collector = new UseCollector();
        model.operations().forEach(collector::operation);
        Map<String, FormatFamilies.Family> families = new TreeMap<>();
        Map<String, String> familyOfFormat = new HashMap<>();
        for (FormatFamilies.Family family : FormatFamilies.of(collector.formats(), index)) {
            String identity = Identities.value(family.id());
            families.put(identity, family);
            family.ids().forEach(id -> familyOfFormat.put(id, identity));
            Draft draft = collector.draft(identity, JavaType.Kind.VALUE);
            family.uses().forEach(use -> draft.add(use, null));
            family.ids().forEach(id -> draft.add(Use.answer(Site.format(id)), null));
            for (Property key : family.keys()) {
                List<Site> sites = family.having(key.name()).stream()
                        .flatMap(format -> keySites(family, format.id(), key.name()))
                        .toList();
                collector.keys(identity, key, sites);
            }
        }
        Map<String, Draft> drafts = collector.drafts();
        nestKeyEnums(drafts);
        Map<String, String> overrides = NameOverrides.resolve(names, drafts);
        new TypeNamer(index, drafts).nameAll(overrides);

        BoundTypeBuilder builder = new BoundTypeBuilder(index, drafts, families, familyOfFormat);
        // From here on the drafts are only read: the classes are built on the pool while this thread binds the
        // resource tree (a cold run's bind stage is serial otherwise, and the machine may have a second core).
        ForkJoinTask<SortedMap<String, BoundType>> building =
                ForkJoinPool.commonPool().submit(() -> types(drafts, builder));
        Predicate<String> paths = options.paths();
        Predicate<Operation> keep = op -> paths.test(op.path());
        String rootName = NamingStrategy.rootClassName(model.dialect());
        String operationsName = NamingStrategy.operationsClassName(rootName);
        BoundResource root = new ResourceBinder(keep, op -> operation(op, drafts, builder.mapper()))
                .bind(rootName, List.of(operationsName), model.roots());
        SortedMap<String, BoundType> types = building.join();
        BoundModel all = new BoundModel(options.packageName(), rootName, operationsName, root, types);
        return new BoundModel(options.packageName(), rootName, operationsName, root, reachable(all));
    }

    /**
     * The class of every top-level draft, and the enums nested in value classes, by name. Each class is built on
     * its own (the builder only reads the drafts), so they are built in parallel and collected in draft order.
     */
    private static SortedMap<String, BoundType> types(Map<String, Draft> drafts, BoundTypeBuilder builder) {
        List<BoundType> built = drafts.values().parallelStream()
                .filter(draft -> draft.enclosing.isEmpty())
                .map(builder::build)
                .toList();
        SortedMap<String, BoundType> types = new TreeMap<>();
        for (BoundType type : built) {
            types.put(type.name(), type);
            if (type instanceof BoundValue value) {
                value.nestedEnums().forEach(nested -> types.put(nested.name(), nested));
            }
        }
        return types;
    }

    /** What an operation's method returns. */
    static JavaType returns(Operation op, TypeMapper mapper) {
        ApiType type = op.returns().type();
        return type.accept(new TypeVisitor<JavaType>() {
            @Override
            protected JavaType otherwise(ApiType t) {
                if (op.flags().body() == BodyKind.DOWNLOAD) {
                    return JavaType.Special.JSON;
                }
                return mapper.response(t, Use.answer(Site.returns(op)));
            }

            /** PBS directory indexes declare null yet answer with a listing: a GET keeps whatever comes back. */
            @Override
            public JavaType visitNullType(ApiType.NullType t) {
                return op.method() == HttpMethod.GET ? JavaType.Special.JSON : JavaType.Special.VOID;
            }

            @Override
            public JavaType visitUpidType(ApiType.UpidType t) {
                return op.returns().optional() ? JavaType.Special.OPTIONAL_TASK : JavaType.Special.TASK;
            }
        });
    }

    private static BoundOperation operation(Operation op, Map<String, Draft> drafts, TypeMapper mapper) {
        Optional<JavaType.Named> request = Optional.ofNullable(drafts.get(Identities.request(op)))
                .map(d -> new JavaType.Named(d.name, JavaType.Kind.REQUEST));
        boolean withoutArguments = request.isPresent()
                && op.requestParameters().stream()
                        .noneMatch(p -> p.required() && !p.property().isIndexed());
        return new BoundOperation(
                op, NamingStrategy.operationMethodName(op.method()), request, returns(op, mapper), withoutArguments);
    }

    /** The sites of a key: under every use of the variant, and under the variant's format id. */
    private static Stream<Site> keySites(FormatFamilies.Family family, String formatId, String key) {
        Stream<Site> uses = family.formats().stream()
                .filter(f -> f.format().id().equals(formatId))
                .flatMap(f -> f.uses().stream())
                .map(use -> use.site().property(key));
        return Stream.concat(uses, Stream.of(Site.format(formatId).property(key)));
    }

    /** An enum used only by keys of one value class is nested in it ({@code QemuNet.Model}). */
    private static void nestKeyEnums(Map<String, Draft> drafts) {
        for (Draft draft : drafts.values()) {
            if (draft.kind != JavaType.Kind.ENUM) {
                continue;
            }
            Set<Optional<String>> owners = new HashSet<>();
            draft.uses().forEach(use -> owners.add(use.owner()));
            if (owners.size() == 1) {
                Optional<String> owner = owners.iterator().next();
                if (owner.isPresent() && drafts.get(owner.get()).kind == JavaType.Kind.VALUE) {
                    draft.enclosing = owner;
                }
            }
        }
    }

    /** The classes the kept operations use, directly or through members. */
    private static SortedMap<String, BoundType> reachable(BoundModel model) {
        Deque<JavaType> pending = new ArrayDeque<>();
        for (BoundOperation op : model.operations()) {
            op.request().ifPresent(pending::add);
            pending.add(op.returns());
        }
        SortedMap<String, BoundType> kept = new TreeMap<>();
        while (!pending.isEmpty()) {
            JavaType type = pending.poll();
            if (type instanceof JavaType.ListOf list) {
                pending.add(list.element());
            } else if (type instanceof JavaType.MapOf map) {
                pending.add(map.value());
            } else if (type instanceof JavaType.Named named && !kept.containsKey(named.name())) {
                BoundType bound = model.types().get(named.name());
                kept.put(named.name(), bound);
                members(bound, pending);
            }
        }
        return kept;
    }

    private static void members(BoundType type, Deque<JavaType> pending) {
        if (type instanceof BoundRequest request) {
            request.fields().forEach(f -> pending.add(f.type()));
        } else if (type instanceof BoundObject object) {
            object.fields().forEach(f -> pending.add(f.type()));
        } else if (type instanceof BoundValue value) {
            value.keys().forEach(k -> pending.add(k.type()));
            value.nestedEnums().forEach(nested -> pending.add(nested.ref()));
        }
    }
}
