package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.generator.naming.UniqueNames;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shared named types of the model package: open enums, property-string value classes and response classes.
 * Each distinct shape gets one class, named after its first use (schema order, hence deterministic); later uses
 * of the same shape share it. Registered types wait in queues until an emitter takes them.
 */
final class TypeRegistry {

    record EnumDef(ClassName name, ApiType.EnumType type) {}

    record FormatDef(ClassName name, PropertyStringFormat format) {}

    /** A response class; {@code origin} says where the shape was first met, for its Javadoc. */
    record ObjectDef(ClassName name, ApiType.ObjectType type, String origin) {}

    private final String modelPackage;
    private final UniqueNames names = new UniqueNames(true);
    private final Map<String, ClassName> enums = new HashMap<>();
    private final Map<String, ClassName> formats = new HashMap<>();
    private final Map<String, ClassName> objects = new HashMap<>();
    private final Deque<EnumDef> pendingEnums = new ArrayDeque<>();
    private final Map<ClassName, UniqueNames> nestedNames = new HashMap<>();
    private final Map<ClassName, List<EnumDef>> nested = new HashMap<>();
    private final Deque<FormatDef> pendingFormats = new ArrayDeque<>();
    private final Deque<ObjectDef> pendingObjects = new ArrayDeque<>();

    private final Set<String> sharedObjects;

    /** @param sharedObjects keys ({@link TypeKeys}) of object shapes that several operations return */
    TypeRegistry(String modelPackage, Set<String> sharedObjects) {
        this.modelPackage = modelPackage;
        this.sharedObjects = Set.copyOf(sharedObjects);
    }

    /** Allocates a fresh class name in the model package (requests, responses). */
    ClassName allocate(String simpleName) {
        return ClassName.get(modelPackage, names.allocate(simpleName));
    }

    /**
     * The enum class for {@code type}: named after the property ({@code Ostype}); when that name already belongs
     * to another shape, after owner and property ({@code NodesNodeQemuPostRequestOstype}).
     */
    ClassName enumClass(ApiType.EnumType type, String propertyName, String ownerName) {
        String key = type.base() + String.valueOf(type.values());
        ClassName existing = enums.get(key);
        if (existing != null) {
            return existing;
        }
        String plain = NamingStrategy.typeName(propertyName);
        String simple =
                names.reserve(plain) ? plain : names.allocate(NamingStrategy.nestedTypeName(ownerName, propertyName));
        ClassName name = ClassName.get(modelPackage, simple);
        enums.put(key, name);
        pendingEnums.add(new EnumDef(name, type));
        return name;
    }

    /** The value class of a property-string format, named after the format's model id. */
    ClassName formatClass(PropertyStringFormat format) {
        ClassName existing = formats.get(format.id());
        if (existing != null) {
            return existing;
        }
        ClassName name = ClassName.get(modelPackage, names.allocate(NamingStrategy.typeName(format.id())));
        formats.put(format.id(), name);
        pendingFormats.add(new FormatDef(name, format));
        return name;
    }

    /** The response class of an object shape; {@code suggested} and {@code origin} describe it if it is new. */
    ClassName objectClass(ApiType.ObjectType type, String suggested, String origin) {
        String key = TypeKeys.of(type);
        ClassName existing = objects.get(key);
        if (existing != null) {
            return existing;
        }
        ClassName name =
                ClassName.get(modelPackage, names.allocate(sharedName(type, key).orElse(suggested)));
        objects.put(key, name);
        pendingObjects.add(new ObjectDef(name, type, origin));
        return name;
    }

    /**
     * A one-property shape that several operations return is named by its content ({@code [{subdir}]} →
     * {@code SubdirEntry}); larger shared shapes keep the name of their first use.
     */
    private Optional<String> sharedName(ApiType.ObjectType type, String key) {
        if (type.properties().size() != 1 || !sharedObjects.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(NamingStrategy.typeName(type.properties().get(0).name()) + "Entry");
    }

    boolean isEnum(TypeName type) {
        return enums.containsValue(type);
    }

    boolean isFormat(TypeName type) {
        return formats.containsValue(type);
    }

    /**
     * The enum class for a property-string key: nested in the value class ({@code QemuNet.Model}) unless the same
     * values already have a class.
     */
    ClassName nestedEnumClass(ApiType.EnumType type, ClassName owner, String propertyName) {
        String key = type.base() + String.valueOf(type.values());
        ClassName existing = enums.get(key);
        if (existing != null) {
            return existing;
        }
        UniqueNames ownerNames = nestedNames.computeIfAbsent(owner, o -> {
            UniqueNames fresh = new UniqueNames(false);
            fresh.reserve(o.simpleName());
            fresh.reserve("Builder");
            return fresh;
        });
        ClassName name = owner.nestedClass(ownerNames.allocate(NamingStrategy.typeName(propertyName)));
        enums.put(key, name);
        nested.computeIfAbsent(owner, o -> new ArrayList<>()).add(new EnumDef(name, type));
        return name;
    }

    /** The enums nested in {@code owner}, in registration order; the owner's emitter adds them. */
    List<EnumDef> nestedEnums(ClassName owner) {
        return nested.getOrDefault(owner, List.of());
    }

    EnumDef nextEnum() {
        return pendingEnums.poll();
    }

    FormatDef nextFormat() {
        return pendingFormats.poll();
    }

    ObjectDef nextObject() {
        return pendingObjects.poll();
    }
}
