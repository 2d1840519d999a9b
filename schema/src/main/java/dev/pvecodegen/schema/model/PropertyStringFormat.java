package dev.pvecodegen.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A property-string format: {@code key=value} pairs joined by {@code ,}, described by the schema. Identical
 * inline formats used by several operations are one instance, identified by {@link #id()}.
 *
 * @param id deterministic model id derived from where the format is first used, e.g. {@code qemu-net}
 * @param formatName the registered format name when the schema names one (PBS and some PVE formats)
 * @param keys the sub-keys in schema order (aliases are not keys)
 * @param defaultKey the key that may be written without {@code key=}
 * @param aliases other spellings of keys ({@code volume} for {@code file})
 * @param keyAliases keys whose name is a value of another key ({@code virtio=MAC}: model=virtio, macaddr=MAC)
 * @param pointer JSON pointer of the first use
 */
public record PropertyStringFormat(
        String id,
        Optional<String> formatName,
        List<Property> keys,
        Optional<String> defaultKey,
        List<Alias> aliases,
        List<KeyAlias> keyAliases,
        String pointer) {

    public PropertyStringFormat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formatName, "formatName");
        keys = List.copyOf(keys);
        Objects.requireNonNull(defaultKey, "defaultKey");
        aliases = List.copyOf(aliases);
        keyAliases = List.copyOf(keyAliases);
        Objects.requireNonNull(pointer, "pointer");
    }

    public Optional<Property> key(String name) {
        return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** {@code alias} is another spelling of the key {@code target}. */
    public record Alias(String alias, String target) {
        public Alias {
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * Writing {@code key=value} sets {@code keyTarget} to {@code key} and {@code valueTarget} to {@code value}
     * (qemu {@code net[n]}: {@code virtio=AA:BB:…} sets {@code model=virtio} and {@code macaddr=AA:BB:…}).
     */
    public record KeyAlias(String key, String keyTarget, String valueTarget) {
        public KeyAlias {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyTarget, "keyTarget");
            Objects.requireNonNull(valueTarget, "valueTarget");
        }
    }
}
