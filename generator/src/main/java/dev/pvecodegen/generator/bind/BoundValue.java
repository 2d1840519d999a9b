package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A property-string value class: one class for a format and its variants (the create and config variants of a
 * disk differ only by {@code import-from}), so that a value read from a config can be sent back.
 *
 * @param name the class name ({@code QemuScsi})
 * @param sites where the format occurs, best ranked first
 * @param formatIds the model ids of the variants it serves, best ranked first
 * @param keys every key of every variant, in wire order
 * @param defaultKey the key that may be written without {@code key=}
 * @param aliases other spellings of keys
 * @param keyAliases keys whose name is a value of another key
 * @param nestedEnums the enums nested in the class ({@code QemuNet.Model})
 */
public record BoundValue(
        String name,
        List<Site> sites,
        List<String> formatIds,
        List<BoundKey> keys,
        Optional<String> defaultKey,
        List<PropertyStringFormat.Alias> aliases,
        List<PropertyStringFormat.KeyAlias> keyAliases,
        List<BoundEnum> nestedEnums)
        implements BoundType {
    public BoundValue {
        Objects.requireNonNull(name, "name");
        sites = List.copyOf(sites);
        formatIds = List.copyOf(formatIds);
        keys = List.copyOf(keys);
        Objects.requireNonNull(defaultKey, "defaultKey");
        aliases = List.copyOf(aliases);
        keyAliases = List.copyOf(keyAliases);
        nestedEnums = List.copyOf(nestedEnums);
    }

    @Override
    public JavaType.Kind kind() {
        return JavaType.Kind.VALUE;
    }

    public Optional<BoundKey> key(String wireName) {
        return keys.stream().filter(k -> k.wireName().equals(wireName)).findFirst();
    }
}
