package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.List;

/**
 * Maps model types to Java types in three contexts: request parameters, response fields and property-string keys.
 * The documented fallbacks: what cannot be sent as a form value becomes {@code String}; what a response leaves
 * open becomes {@code JsonNode}. Named types are asked of a {@link Resolver}, which records uses while the binder
 * discovers the types and answers with the decided names once they are known.
 */
final class TypeMapper {

    /** Decides (or records) the generated class of a named type at one use. */
    interface Resolver {
        JavaType object(ApiType.ObjectType type, Use use);

        JavaType enumType(ApiType.EnumType type, Use use);

        JavaType value(PropertyStringFormat format, Use use);
    }

    private final Resolver resolver;

    TypeMapper(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The type of a request parameter. */
    JavaType request(ApiType type, Use use) {
        return type.accept(new Request(use));
    }

    /** The type of a response field or answer. */
    JavaType response(ApiType type, Use use) {
        return type.accept(new Response(use));
    }

    /** The type of a property-string key: nested property strings and objects stay text. */
    JavaType key(ApiType type, Use use) {
        return type.accept(new Key(use));
    }

    /** Scalars and enums, the same in every context; the rest is up to each context. */
    private abstract class InContext extends TypeVisitor<JavaType> {
        final Use use;

        InContext(Use use) {
            this.use = use;
        }

        @Override
        public JavaType visitEnumType(ApiType.EnumType type) {
            return resolver.enumType(type, use);
        }

        /** Where the items of a list at this use are. */
        Use items() {
            return use.within(use.site().items());
        }

        @Override
        public JavaType visitStringType(ApiType.StringType type) {
            return JavaType.Scalar.STRING;
        }

        @Override
        public JavaType visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return JavaType.Scalar.STRING;
        }

        @Override
        public JavaType visitIntegerType(ApiType.IntegerType type) {
            return type.fitsInt() ? JavaType.Scalar.INTEGER : JavaType.Scalar.LONG;
        }

        @Override
        public JavaType visitNumberType(ApiType.NumberType type) {
            return JavaType.Scalar.DOUBLE;
        }

        @Override
        public JavaType visitBooleanType(ApiType.BooleanType type) {
            return JavaType.Scalar.BOOLEAN;
        }
    }

    /**
     * Form-encoded values (request parameters, property-string keys): lists of their elements, text for what a
     * form value cannot hold.
     */
    private abstract class Form extends InContext {
        Form(Use use) {
            super(use);
        }

        /** The type of one element, in the same context. */
        abstract JavaType element(ApiType type, Use at);

        @Override
        protected JavaType otherwise(ApiType type) {
            return JavaType.Scalar.STRING;
        }

        @Override
        public JavaType visitArrayType(ApiType.ArrayType type) {
            return new JavaType.ListOf(element(type.items(), items()));
        }

        @Override
        public JavaType visitListStringType(ApiType.ListStringType type) {
            return new JavaType.ListOf(element(type.element(), items()));
        }
    }

    private final class Request extends Form {
        Request(Use use) {
            super(use);
        }

        @Override
        JavaType element(ApiType type, Use at) {
            return request(type, at);
        }

        @Override
        public JavaType visitPropertyStringType(ApiType.PropertyStringType type) {
            return resolver.value(type.format(), use);
        }

        /** A property-level union: the type all alternatives share, else text (or a list of texts). */
        @Override
        public JavaType visitOneOfType(ApiType.OneOfType type) {
            List<String> shapes =
                    type.variants().stream().map(v -> ShapeKeys.of(v.type())).toList();
            if (!shapes.isEmpty() && shapes.stream().allMatch(shapes.get(0)::equals)) {
                return request(type.variants().get(0).type(), use);
            }
            boolean allLists = type.variants().stream().allMatch(v -> v.type().accept(IS_LIST));
            return allLists ? new JavaType.ListOf(JavaType.Scalar.STRING) : JavaType.Scalar.STRING;
        }
    }

    private final class Response extends InContext {
        Response(Use use) {
            super(use);
        }

        @Override
        protected JavaType otherwise(ApiType type) {
            return JavaType.Special.JSON;
        }

        /** Lists of lists and of raw JSON stay raw JSON. */
        @Override
        public JavaType visitArrayType(ApiType.ArrayType type) {
            JavaType item = response(type.items(), items());
            return item.isCollection() || item == JavaType.Special.JSON
                    ? JavaType.Special.JSON
                    : new JavaType.ListOf(item);
        }

        @Override
        public JavaType visitObjectType(ApiType.ObjectType type) {
            if (!type.properties().isEmpty()) {
                return resolver.object(type, use);
            }
            if (type.additional() instanceof AdditionalProperties.Typed typed) {
                JavaType value =
                        response(typed.valueType(), use.within(use.site().values()));
                return value.isCollection() || value == JavaType.Special.JSON
                        ? JavaType.Special.JSON
                        : new JavaType.MapOf(value);
            }
            return JavaType.Special.JSON;
        }

        @Override
        public JavaType visitPropertyStringType(ApiType.PropertyStringType type) {
            return resolver.value(type.format(), use);
        }

        /** Responses keep {@code -list} strings as text: split them with {@code ListStrings.split}. */
        @Override
        public JavaType visitListStringType(ApiType.ListStringType type) {
            return JavaType.Scalar.STRING;
        }

        @Override
        public JavaType visitUpidType(ApiType.UpidType type) {
            return JavaType.Scalar.STRING;
        }
    }

    private final class Key extends Form {
        Key(Use use) {
            super(use);
        }

        @Override
        JavaType element(ApiType type, Use at) {
            return key(type, at);
        }
    }

    /** True for arrays and list strings. */
    static final ApiType.Visitor<Boolean> IS_LIST = new TypeVisitor<>() {
        @Override
        protected Boolean otherwise(ApiType type) {
            return false;
        }

        @Override
        public Boolean visitArrayType(ApiType.ArrayType type) {
            return true;
        }

        @Override
        public Boolean visitListStringType(ApiType.ListStringType type) {
            return true;
        }
    };
}
