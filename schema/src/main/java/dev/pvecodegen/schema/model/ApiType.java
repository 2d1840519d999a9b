package dev.pvecodegen.schema.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The types of the intermediate model: every construct of the apidoc format maps to exactly one of these.
 * Constraints are normalised (numbers as {@link BigDecimal}, patterns rewritten to compile in
 * {@code java.util.regex}); raw JSON never appears here.
 */
public sealed interface ApiType {

    /**
     * Calls the visitor method for this variant. Java 17 has no pattern {@code switch}, so this is how code
     * dispatches on the type: a new variant adds a method to {@link Visitor} and every dispatch stops compiling
     * until it handles it, instead of falling through an {@code instanceof} chain.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per variant of {@link ApiType}; see {@link #accept(Visitor)}. */
    interface Visitor<R> {
        R visitStringType(StringType type);

        R visitIntegerType(IntegerType type);

        R visitNumberType(NumberType type);

        R visitBooleanType(BooleanType type);

        R visitEnumType(EnumType type);

        R visitArrayType(ArrayType type);

        R visitObjectType(ObjectType type);

        R visitListStringType(ListStringType type);

        R visitPropertyStringType(PropertyStringType type);

        R visitOpaquePropertyStringType(OpaquePropertyStringType type);

        R visitOneOfType(OneOfType type);

        R visitAnyType(AnyType type);

        R visitNullType(NullType type);

        R visitUpidType(UpidType type);
    }

    /** This type and every type nested in it, depth first. */
    default Stream<ApiType> selfAndNested() {
        return Stream.of(this);
    }

    /** A string, possibly constrained; {@code format} keeps a validator name such as {@code pve-node}. */
    record StringType(
            Optional<Integer> minLength, Optional<Integer> maxLength, Optional<String> pattern, Optional<String> format)
            implements ApiType {
        public StringType {
            Objects.requireNonNull(minLength, "minLength");
            Objects.requireNonNull(maxLength, "maxLength");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(format, "format");
        }

        public static StringType plain() {
            return new StringType(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStringType(this);
        }
    }

    /** An integer with an optional inclusive range. Sizes and counters need {@code long}: see {@link #fitsInt()}. */
    record IntegerType(Optional<BigDecimal> minimum, Optional<BigDecimal> maximum) implements ApiType {
        private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
        private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

        public IntegerType {
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
        }

        /** True when both bounds are known and within {@code int}. */
        public boolean fitsInt() {
            return minimum.isPresent()
                    && maximum.isPresent()
                    && minimum.get().compareTo(INT_MIN) >= 0
                    && maximum.get().compareTo(INT_MAX) <= 0;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIntegerType(this);
        }
    }

    /** A decimal number with an optional inclusive range. */
    record NumberType(Optional<BigDecimal> minimum, Optional<BigDecimal> maximum) implements ApiType {
        public NumberType {
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumberType(this);
        }
    }

    /** A boolean: {@code 1}/{@code 0} on the PVE wire, read leniently. */
    record BooleanType() implements ApiType {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBooleanType(this);
        }
    }

    /**
     * A closed set of values. Values are kept as the wire spells them ({@code layer2+3}, {@code 1024});
     * {@code base} tells whether the schema declared them on a string or an integer.
     */
    record EnumType(ScalarKind base, List<String> values) implements ApiType {
        public EnumType {
            Objects.requireNonNull(base, "base");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an enum needs at least one value");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitEnumType(this);
        }
    }

    /** The scalar kind an enum was declared on. */
    enum ScalarKind {
        STRING,
        INTEGER,
        NUMBER
    }

    /** A JSON array parameter or return ({@code vms=100&vms=101} on the wire). */
    record ArrayType(ApiType items) implements ApiType {
        public ArrayType {
            Objects.requireNonNull(items, "items");
        }

        @Override
        public Stream<ApiType> selfAndNested() {
            return Stream.concat(Stream.of(this), items.selfAndNested());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitArrayType(this);
        }
    }

    /**
     * An object with known properties.
     *
     * @param properties the declared properties in schema order (families under their base name)
     * @param additional what other keys may hold
     * @param discriminator for flattened unions: the property whose value selects the variant
     */
    record ObjectType(List<Property> properties, AdditionalProperties additional, Optional<String> discriminator)
            implements ApiType {
        public ObjectType {
            properties = List.copyOf(properties);
            Objects.requireNonNull(additional, "additional");
            Objects.requireNonNull(discriminator, "discriminator");
        }

        public Optional<Property> property(String name) {
            return properties.stream().filter(p -> p.name().equals(name)).findFirst();
        }

        @Override
        public Stream<ApiType> selfAndNested() {
            Stream<ApiType> extra = additional instanceof AdditionalProperties.Typed typed
                    ? typed.valueType().selfAndNested()
                    : Stream.empty();
            return Stream.concat(
                    Stream.of(this),
                    Stream.concat(properties.stream().flatMap(p -> p.type().selfAndNested()), extra));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitObjectType(this);
        }
    }

    /**
     * A string that carries a list in one value: formats ending in {@code -list} (joined with {@code ,}),
     * {@code -alist} (joined with NUL), and PBS array formats.
     *
     * @param format the format name ({@code pve-vmid-list}); empty for PBS array formats
     * @param element the element type
     * @param separator what to join elements with when writing
     */
    record ListStringType(Optional<String> format, ApiType element, String separator) implements ApiType {
        public ListStringType {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(separator, "separator");
        }

        @Override
        public Stream<ApiType> selfAndNested() {
            return Stream.concat(Stream.of(this), element.selfAndNested());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListStringType(this);
        }
    }

    /**
     * A property string whose structure the schema describes (PVE dict {@code format}, PBS object format).
     *
     * @param format the keys and their grammar
     * @param objectForm true when a supplement says servers also send this value as a JSON object of its keys
     *     ({@code {"keep-last": 3}} for {@code keep-last=3}); clients read both forms anyway, this documents it
     */
    record PropertyStringType(PropertyStringFormat format, boolean objectForm) implements ApiType {
        public PropertyStringType {
            Objects.requireNonNull(format, "format");
        }

        /** A property string that arrives as text. */
        public PropertyStringType(PropertyStringFormat format) {
            this(format, false);
        }

        @Override
        public Stream<ApiType> selfAndNested() {
            return Stream.concat(
                    Stream.of(this),
                    format.keys().stream().flatMap(k -> k.type().selfAndNested()));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPropertyStringType(this);
        }
    }

    /**
     * A property string registered under a format name whose structure apidoc omits
     * ({@code pve-qm-boot}, {@code pve-vm-cpu-conf}, …). Kept as text; the typetext documents the grammar.
     */
    record OpaquePropertyStringType(String format, Optional<String> typetext) implements ApiType {
        public OpaquePropertyStringType {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(typetext, "typetext");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOpaquePropertyStringType(this);
        }
    }

    /**
     * A property whose schema depends on a union's discriminator (PVE 9 property-level {@code oneOf}).
     *
     * @param discriminator the discriminator property name
     * @param variants the alternatives, each with the discriminator values it applies to
     */
    record OneOfType(String discriminator, List<Variant> variants) implements ApiType {
        public OneOfType {
            Objects.requireNonNull(discriminator, "discriminator");
            variants = List.copyOf(variants);
        }

        @Override
        public Stream<ApiType> selfAndNested() {
            return Stream.concat(
                    Stream.of(this), variants.stream().flatMap(v -> v.type().selfAndNested()));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOneOfType(this);
        }
    }

    /** One alternative of a {@link OneOfType}. */
    record Variant(List<String> instanceTypes, ApiType type) {
        public Variant {
            instanceTypes = List.copyOf(instanceTypes);
            Objects.requireNonNull(type, "type");
        }
    }

    /** Any JSON value: what the schema leaves open. {@code reason} says why no better type was possible. */
    record AnyType(String reason) implements ApiType {
        /** The reason of a schema that declares nothing at all ({@code {}}). */
        public static final String UNDECLARED = "no type, properties, items, enum or pattern declared";

        public AnyType {
            Objects.requireNonNull(reason, "reason");
        }

        /** True for a schema that declares nothing ({@code {}}), as opposed to one that says "any" or is broken. */
        public boolean undeclared() {
            return reason.equals(UNDECLARED);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAnyType(this);
        }
    }

    /** No value ({@code type: null} returns). */
    record NullType() implements ApiType {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNullType(this);
        }
    }

    /** A task id (UPID) returned by an operation that starts a worker; awaitable. */
    record UpidType() implements ApiType {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUpidType(this);
        }
    }
}
