package dev.pvecodegen.schema.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import dev.pvecodegen.schema.model.PropertyStringFormat.Alias;
import dev.pvecodegen.schema.model.PropertyStringFormat.KeyAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the types of strings whose {@code format} is a schema: PVE sub-key dicts (§5.4, with
 * {@code default_key: 1}, {@code alias} and {@code keyAlias}) and PBS object/array format schemas (§5.5,
 * {@code default_key} naming the key). Formats are deduplicated through the {@link PropertyStringDeduplicator}.
 */
final class PropertyStringBuilder {

    private final TypeBuilder types;
    private final PropertyStringDeduplicator formats;

    PropertyStringBuilder(TypeBuilder types, PropertyStringDeduplicator formats) {
        this.types = types;
        this.formats = formats;
    }

    /**
     * @param format the {@code format} node (an object)
     * @param owner the string schema carrying it
     * @param site the site of the {@code format} node
     */
    ApiType fromFormat(JsonNode format, JsonNode owner, Site site) {
        Optional<String> schemaType = Lenient.text(format.get("type"));
        if (schemaType.isEmpty()) {
            return pveDict(format, site);
        }
        return switch (schemaType.get()) {
            case "object" -> pbsObject(format, site);
            case "array" ->
                new ApiType.ListStringType(
                        Optional.empty(),
                        format.has("items")
                                ? types.type(format.get("items"), site.child("items"))
                                : new ApiType.AnyType("array format without 'items'"),
                        types.listSeparator(site));
            default -> {
                types.problems()
                        .add(
                                site.child("type"),
                                "a format schema must be an object or an array, not '" + schemaType.get() + "'");
                yield new ApiType.AnyType("format schema of type '" + schemaType.get() + "'");
            }
        };
    }

    private ApiType pveDict(JsonNode dict, Site site) {
        String canonical = "pve:" + CanonicalJson.of(dict);
        PropertyStringFormat format = formats.intern(canonical, site.idHint(), id -> {
            Site inner = site.insidePropertyString().hint(id);
            List<Property> keys = new ArrayList<>();
            List<Alias> aliases = new ArrayList<>();
            List<KeyAlias> keyAliases = new ArrayList<>();
            Optional<String> defaultKey = Optional.empty();
            for (Map.Entry<String, JsonNode> field : dict.properties()) {
                String key = field.getKey();
                JsonNode sub = field.getValue();
                Site keySite = inner.child(key)
                        .parameter(site.parameter().map(p -> p + "#" + key).orElse(key));
                if (!sub.isObject()) {
                    types.problems().add(keySite, "a property-string key schema must be an object");
                    continue;
                }
                Optional<String> aliasTarget = Lenient.text(sub.get("alias"));
                if (aliasTarget.isPresent()) {
                    Optional<String> keyAlias = Lenient.text(sub.get("keyAlias"));
                    if (keyAlias.isPresent()) {
                        keyAliases.add(new KeyAlias(key, keyAlias.get(), aliasTarget.get()));
                    } else {
                        aliases.add(new Alias(key, aliasTarget.get()));
                    }
                    continue;
                }
                keys.add(types.property(key, sub, keySite));
                if (Lenient.isTrue(sub.get("default_key"))) {
                    defaultKey = Optional.of(key);
                }
            }
            return new PropertyStringFormat(
                    id, Optional.empty(), keys, defaultKey, aliases, keyAliases, site.pointer());
        });
        return new ApiType.PropertyStringType(format);
    }

    private ApiType pbsObject(JsonNode schema, Site site) {
        String canonical = "pbs:" + CanonicalJson.of(schema);
        PropertyStringFormat format = formats.intern(canonical, site.idHint(), id -> {
            Site inner = site.insidePropertyString().hint(id);
            List<Property> keys = types.properties(schema.get("properties"), inner.child("properties"));
            Optional<String> defaultKey = Lenient.text(schema.get("default_key"));
            return new PropertyStringFormat(
                    id, Optional.empty(), keys, defaultKey, List.of(), List.of(), site.pointer());
        });
        return new ApiType.PropertyStringType(format);
    }
}
