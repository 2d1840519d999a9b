package dev.pvecodegen.generator.bind;

import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.generator.naming.UniqueNames;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last pass of the binder: turns the named drafts into bound types, mapping every member with the names now
 * decided.
 */
final class BoundTypeBuilder implements TypeMapper.Resolver {
    private final OperationIndex index;
    private final Map<String, Draft> drafts;
    private final Map<String, FormatFamilies.Family> families;
    private final Map<String, String> familyOfFormat;
    private final TypeMapper mapper = new TypeMapper(this);

    /**
     * @param families the format families by value identity
     * @param familyOfFormat the value identity of each format id
     */
    BoundTypeBuilder(
            OperationIndex index,
            Map<String, Draft> drafts,
            Map<String, FormatFamilies.Family> families,
            Map<String, String> familyOfFormat) {
        this.index = index;
        this.drafts = drafts;
        this.families = families;
        this.familyOfFormat = familyOfFormat;
    }

    TypeMapper mapper() {
        return mapper;
    }

    @Override
    public JavaType object(ApiType.ObjectType type, Use use) {
        return named(Identities.object(type));
    }

    @Override
    public JavaType enumType(ApiType.EnumType type, Use use) {
        return named(Identities.enumType(type));
    }

    @Override
    public JavaType value(PropertyStringFormat format, Use use) {
        return named(familyOfFormat.get(format.id()));
    }

    private JavaType.Named named(String identity) {
        Draft draft = drafts.get(identity);
        return new JavaType.Named(draft.name, draft.kind);
    }

    /** The bound type of a draft; nested enums come with their value class. */
    BoundType build(Draft draft) {
        return switch (draft.kind) {
            case REQUEST -> request(draft);
            case OBJECT -> object(draft);
            case ENUM -> enumType(draft);
            case VALUE -> value(draft);
        };
    }

    private BoundRequest request(Draft draft) {
        Operation op = index.operationOf(draft.primary().site());
        Site site = Site.request(op);
        List<Parameter> parameters = op.requestParameters();
        List<String> members =
                MemberNames.of(parameters.stream().map(Parameter::property).toList(), MemberNames.REQUEST_RESERVED);
        List<BoundField> fields = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Property p = parameters.get(i).property();
            Site at = site.property(p.name());
            JavaType type = mapper.request(p.type(), Use.field(at, draft.identity, p.name()));
            fields.add(new BoundField(p, members.get(i), type, Secrets.isSecret(p.name(), at), refusedKeys(p.type())));
        }
        return new BoundRequest(draft.name, op, fields);
    }

    /** Keys of the value class that the format of this parameter lacks. */
    private List<String> refusedKeys(ApiType type) {
        PropertyStringFormat format = type.accept(DIRECT_FORMAT);
        if (format == null) {
            return List.of();
        }
        FormatFamilies.Family family = families.get(familyOfFormat.get(format.id()));
        return family.keys().stream()
                .map(Property::name)
                .filter(name -> format.key(name).isEmpty())
                .toList();
    }

    private BoundObject object(Draft draft) {
        ApiType.ObjectType type = draft.objectType();
        Site site = draft.primary().site();
        List<String> members = MemberNames.of(type.properties(), MemberNames.OBJECT_RESERVED);
        List<BoundField> fields = new ArrayList<>();
        for (int i = 0; i < type.properties().size(); i++) {
            Property p = type.properties().get(i);
            Site at = site.property(p.name());
            JavaType javaType = mapper.response(p.type(), Use.field(at, draft.identity, p.name()));
            fields.add(new BoundField(p, members.get(i), javaType, Secrets.isSecret(p.name(), at), List.of()));
        }
        return new BoundObject(draft.name, draft.sites(), fields, type.discriminator());
    }

    private BoundEnum enumType(Draft draft) {
        List<String> values = draft.enumType().values();
        UniqueNames names = new UniqueNames(false);
        List.of("KNOWN", "UNLISTED").forEach(names::reserve);
        List<String> constants = values.stream()
                .map(v -> names.allocate(NamingStrategy.constantName(v)))
                .toList();
        return new BoundEnum(draft.name, draft.sites(), values, constants);
    }

    private BoundValue value(Draft draft) {
        FormatFamilies.Family family = families.get(draft.identity);
        List<Property> keys = family.keys();
        List<String> members = MemberNames.of(keys, MemberNames.VALUE_RESERVED);
        List<BoundKey> bound = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Property key = keys.get(i);
            Site at = Site.format(family.id()).property(key.name());
            JavaType type = mapper.key(key.type(), Use.field(at, draft.identity, key.name()));
            List<PropertyStringFormat> having = family.having(key.name());
            List<String> onlyIn = having.size() == family.formats().size()
                    ? List.of()
                    : family.formats().stream()
                            .filter(f -> having.contains(f.format()))
                            .flatMap(f -> f.uses().stream())
                            .map(u -> u.site().operationKey())
                            .distinct()
                            .sorted()
                            .toList();
            bound.add(new BoundKey(key, members.get(i), type, Secrets.isSecret(key.name(), at), onlyIn));
        }
        List<BoundEnum> nested = drafts.values().stream()
                .filter(d -> d.enclosing.equals(Optional.of(draft.identity)))
                .sorted(Comparator.comparing(d -> d.name))
                .map(this::enumType)
                .toList();
        PropertyStringFormat primary = family.primary();
        return new BoundValue(
                draft.name,
                draft.sites(),
                family.ids(),
                bound,
                primary.defaultKey(),
                primary.aliases(),
                primary.keyAliases(),
                nested);
    }

    /** The format a parameter holds directly (or through a union whose alternatives all share it). */
    private static final ApiType.Visitor<PropertyStringFormat> DIRECT_FORMAT = new TypeVisitor<>() {
        @Override
        protected PropertyStringFormat otherwise(ApiType type) {
            return null;
        }

        @Override
        public PropertyStringFormat visitPropertyStringType(ApiType.PropertyStringType type) {
            return type.format();
        }
    };
}
