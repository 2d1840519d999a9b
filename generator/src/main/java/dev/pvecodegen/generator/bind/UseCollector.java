package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first pass of the binder: walks every operation's request and answer and records each use of a class to
 * be generated (requests, response objects, enums) and of each property-string format. Names are not known yet;
 * the Java types it hands back are placeholders.
 */
final class UseCollector implements TypeMapper.Resolver {
    private static final String PLACEHOLDER = "?";

    /** A property-string format and where it is used. */
    record FormatUses(PropertyStringFormat format, List<Use> uses) {}

    private final Map<String, Draft> drafts = new HashMap<>();
    private final Map<String, FormatUses> formats = new TreeMap<>();
    private final TypeMapper mapper = new TypeMapper(this);

    /** Records the request class (if any) and the answer of {@code op}. */
    void operation(Operation op) {
        List<Property> parameters =
                op.requestParameters().stream().map(Parameter::property).toList();
        if (!parameters.isEmpty()) {
            String identity = Identities.request(op);
            Site site = Site.request(op);
            draft(identity, JavaType.Kind.REQUEST).add(Use.answer(site), null);
            for (Property p : parameters) {
                mapper.request(p.type(), Use.field(site.property(p.name()), identity, p.name()));
            }
        }
        Binder.returns(op, mapper);
    }

    /** Records the keys of a value class: their enums belong to it. */
    void keys(String valueIdentity, Property key, List<Site> keySites) {
        for (Site site : keySites) {
            mapper.key(key.type(), Use.field(site, valueIdentity, key.name()));
        }
    }

    @Override
    public JavaType object(ApiType.ObjectType type, Use use) {
        String identity = Identities.object(type);
        draft(identity, JavaType.Kind.OBJECT).add(use, type);
        for (Property p : type.properties()) {
            mapper.response(p.type(), Use.field(use.site().property(p.name()), identity, p.name()));
        }
        return new JavaType.Named(PLACEHOLDER, JavaType.Kind.OBJECT);
    }

    @Override
    public JavaType enumType(ApiType.EnumType type, Use use) {
        draft(Identities.enumType(type), JavaType.Kind.ENUM).add(use, type);
        return new JavaType.Named(PLACEHOLDER, JavaType.Kind.ENUM);
    }

    @Override
    public JavaType value(PropertyStringFormat format, Use use) {
        formats.computeIfAbsent(format.id(), id -> new FormatUses(format, new ArrayList<>()))
                .uses()
                .add(use);
        return new JavaType.Named(PLACEHOLDER, JavaType.Kind.VALUE);
    }

    Draft draft(String identity, JavaType.Kind kind) {
        return drafts.computeIfAbsent(identity, id -> new Draft(id, kind));
    }

    Map<String, Draft> drafts() {
        return drafts;
    }

    /** The formats met, by model id. */
    Map<String, FormatUses> formats() {
        return formats;
    }
}
