package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;

/** The identity of each generated class: what makes two uses the same class. */
final class Identities {

    private Identities() {}

    /** One request class per operation. */
    static String request(Operation op) {
        return "request " + op.key();
    }

    /** One response class per object shape. */
    static String object(ApiType.ObjectType type) {
        return "object " + ShapeKeys.of(type);
    }

    /** One enum per list of values. */
    static String enumType(ApiType.EnumType type) {
        return "enum " + ShapeKeys.ofEnum(type);
    }

    /** One value class per family of format variants, known by the id of its best ranked variant. */
    static String value(String familyId) {
        return "value " + familyId;
    }
}
