package dev.pvecodegen.schema.supplement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.build.CanonicalJson;
import dev.pvecodegen.schema.build.Provenance;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.Enrichment.EntryOutcome;
import dev.pvecodegen.schema.model.Enrichment.EntryStatus;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Applies supplements to a raw apidoc tree, before the model is built, so that the model builder types supplemented
 * fragments exactly like declared ones. Supplements apply in order, entries in file order: a later entry on the same
 * property replaces an earlier one. The input tree is never changed; redundancy ("the schema now declares this
 * identically") is judged against it.
 */
public final class SupplementApplier {

    /**
     * The supplemented tree and what was done to it.
     *
     * @param tree the tree to build the model from: the input itself when nothing was written, else a tree that
     *     shares every subtree it does not change with the input (neither is to be changed)
     * @param provenance which subtrees entries wrote, for the origins of the model's properties
     * @param outcomes what became of every entry, in order
     */
    public record Result(JsonNode tree, Provenance provenance, List<EntryOutcome> outcomes) {}

    private final JsonNode original;
    private final ApidocIndex index;
    private final Dialect dialect;
    // Sorted, so that everything under a pointer is one range (see forgetOriginsUnder); their order is not kept.
    private final NavigableMap<String, Origin> origins = new TreeMap<>();
    private final NavigableSet<String> objectForms = new TreeSet<>();
    private final NavigableSet<String> wholeSchemas = new TreeSet<>();
    private final List<EntryOutcome> outcomes = new ArrayList<>();

    private SupplementApplier(JsonNode original, Dialect dialect) {
        this.original = original;
        this.index = ApidocIndex.of(original);
        this.dialect = dialect;
    }

    /**
     * Applies the supplements, in order, to a copy of the tree (copied on write, see {@link ApidocIndex}).
     *
     * @param tree the validated apidoc tree (not modified)
     * @param dialect the tree's dialect; every supplement must be for the matching product
     * @param productVersion the schema's product version ({@code 9.2}) when known; entries for other versions are
     *     skipped, all apply when it is unknown
     * @throws SchemaException when a supplement is for the other product
     */
    public static Result apply(
            JsonNode tree, Dialect dialect, Optional<String> productVersion, List<Supplement> supplements)
            throws SchemaException {
        String product = product(dialect);
        for (Supplement supplement : supplements) {
            if (!supplement.product().equals(product)) {
                throw new SchemaException(
                        supplement.displayName(),
                        SchemaProblem.at(
                                "/product",
                                "the supplement is for '" + supplement.product() + "' but the schema is a " + product
                                        + " schema"));
            }
        }
        if (supplements.isEmpty()) {
            return new Result(tree, Provenance.none(), List.of());
        }
        SupplementApplier applier = new SupplementApplier(tree, dialect);
        List<Runnable> objectFormChecks = new ArrayList<>();
        for (Supplement supplement : supplements) {
            for (SupplementEntry entry : supplement.entries()) {
                if (!entry.appliesTo(productVersion)) {
                    applier.outcome(
                            supplement,
                            entry,
                            EntryStatus.OTHER_VERSION,
                            "for versions " + String.join(", ", entry.versions()) + ", the schema is "
                                    + productVersion.orElse("?"));
                } else if (entry.kind() == SupplementEntry.Kind.OBJECT_FORM) {
                    // Marked last, so that a keys entry anywhere in the files can describe the format first.
                    objectFormChecks.add(() -> applier.objectForm(supplement, entry));
                } else {
                    applier.apply(supplement, entry);
                }
            }
        }
        objectFormChecks.forEach(Runnable::run);
        return new Result(
                applier.index.tree(),
                new Provenance(applier.origins, applier.objectForms, applier.wholeSchemas),
                applier.outcomes);
    }

    /** {@code pve} or {@code pbs}: the {@code product} a supplement for this dialect declares. */
    public static String product(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    private void apply(Supplement supplement, SupplementEntry entry) {
        Origin origin = Origin.supplement(supplement.fileName(), entry.id());
        JsonNode fragment = entry.fragment().orElseThrow();
        if (entry.target() instanceof Target.Format format) {
            if (entry.kind() == SupplementEntry.Kind.KEYS) {
                keysByName(supplement, entry, format.name(), fragment, origin);
            } else {
                outcome(supplement, entry, EntryStatus.UNMATCHED, "a format target takes keys only");
            }
            return;
        }
        Target.Operation target = (Target.Operation) entry.target();
        Optional<ApidocIndex.Located> operation = operation(supplement, entry, target);
        if (operation.isEmpty()) {
            return;
        }
        String partPointer = operation.get().pointer() + "/" + target.part().key();
        if (!operation.get().node().has(target.part().key())) {
            if (entry.kind() == SupplementEntry.Kind.KEYS || !target.pointer().isEmpty()) {
                outcome(
                        supplement,
                        entry,
                        EntryStatus.UNMATCHED,
                        "the operation declares no " + target.part().key());
                return;
            }
            index.set(operation.get().pointer(), target.part().key(), emptyObject());
        }
        String pointer = partPointer + target.pointer();
        if (entry.kind() == SupplementEntry.Kind.PROPERTIES) {
            declareObjectsOnPath(partPointer, target.pointer(), origin);
        } else if ((entry.kind() == SupplementEntry.Kind.SCHEMA || entry.kind() == SupplementEntry.Kind.LIKE)
                && !target.pointer().isEmpty()) {
            declareObjectsOnPath(
                    partPointer, target.pointer().substring(0, target.pointer().lastIndexOf('/')), origin);
        }
        switch (entry.kind()) {
            case PROPERTIES -> properties(supplement, entry, pointer, fragment, origin);
            case SCHEMA -> schema(supplement, entry, pointer, fragment, origin, true);
            case LIKE -> like(supplement, entry, pointer, fragment, origin);
            case KEYS -> keysAt(supplement, entry, pointer, fragment, origin);
            case OBJECT_FORM -> throw new IllegalStateException("object forms are marked after all other entries");
        }
    }

    /**
     * Declares the objects a pointer such as {@code /items/properties/cpuinfo} passes through where the schema does
     * not (an older release declares {@code cpuinfo} of a node's status, or no property at all): a
     * {@code properties} map where one is missing, an object where a property is missing. Only {@code properties}
     * members are declared; {@code items} must exist, so that an entry for a shape the schema does not have (an
     * object where it declares a list) stays unmatched. A property declared here has the entry's origin.
     */
    private void declareObjectsOnPath(String rootPointer, String relative, Origin origin) {
        String[] tokens =
                relative.isEmpty() ? new String[0] : relative.substring(1).split("/", -1);
        String at = rootPointer;
        for (int i = 0; i < tokens.length; i++) {
            Optional<JsonNode> node = index.at(at);
            if (node.isEmpty() || !node.get().isObject()) {
                return;
            }
            if (tokens[i].equals("items")) {
                at += "/items";
                continue;
            }
            if (!tokens[i].equals("properties")
                    || !node.get().path("type").asText("object").equals("object")) {
                return;
            }
            if (!node.get().path("properties").isObject()) {
                index.set(at, "properties", emptyObject());
            }
            if (i + 1 == tokens.length) {
                return; // the parent of a schema entry's property: the map is all it needs
            }
            String member = at + "/properties/" + tokens[++i];
            if (index.at(member).isEmpty()) {
                ObjectNode declared = emptyObject();
                declared.put("type", "object");
                index.set(at + "/properties", unescape(tokens[i]), declared);
                origins.put(member, origin);
            }
            at = member;
        }
    }

    private void properties(
            Supplement supplement, SupplementEntry entry, String pointer, JsonNode fragment, Origin origin) {
        Optional<JsonNode> node = index.at(pointer);
        if (node.isEmpty() || !node.get().isObject()) {
            outcome(supplement, entry, EntryStatus.UNMATCHED, "nothing at " + pointer);
            return;
        }
        String type = node.get().path("type").asText("object");
        if (!type.equals("object")) {
            outcome(
                    supplement,
                    entry,
                    EntryStatus.UNMATCHED,
                    "the schema at the target is of type '" + type + "', not an object"
                            + (type.equals("array") ? " (point at its /items)" : ""));
            return;
        }
        ObjectNode schema = index.writable(pointer);
        if (!schema.has("type")) {
            schema.put("type", "object");
        }
        if (!schema.path("properties").isObject()) {
            schema.set("properties", emptyObject());
        }
        int redundant = write(pointer + "/properties", fragment, origin, Fragments::property);
        outcome(
                supplement,
                entry,
                redundant == fragment.size() ? EntryStatus.REDUNDANT : EntryStatus.APPLIED,
                redundancy(redundant, fragment.size(), "properties"));
    }

    /**
     * Declares the schema at {@code pointer} as another operation's: a copy of that schema as it stands when the
     * entry applies (earlier entries included), taken verbatim, so that the same shape binds to the same Java class.
     */
    private void like(Supplement supplement, SupplementEntry entry, String pointer, JsonNode reference, Origin origin) {
        Target.Operation source = SupplementReader.operationTarget(reference);
        Optional<JsonNode> shape = index.operation(source.method(), source.path())
                .flatMap(op -> index.at(op.pointer() + "/" + source.part().key() + source.pointer()));
        if (shape.isEmpty()) {
            outcome(supplement, entry, EntryStatus.UNMATCHED, "the schema has no " + source.describe());
            return;
        }
        schema(supplement, entry, pointer, shape.get().deepCopy(), origin, false);
    }

    /**
     * Replaces the schema at {@code pointer}.
     *
     * @param relax whether the nested properties and keys become optional ({@code schema} entries, written by
     *     hand); a {@code like} entry copies a declaration as it is
     */
    private void schema(
            Supplement supplement,
            SupplementEntry entry,
            String pointer,
            JsonNode fragment,
            Origin origin,
            boolean relax) {
        int slash = pointer.lastIndexOf('/');
        String parent = pointer.substring(0, slash);
        String name = unescape(pointer.substring(slash + 1));
        Optional<JsonNode> parentNode = index.at(parent);
        if (parentNode.isEmpty() || !parentNode.get().isObject()) {
            outcome(supplement, entry, EntryStatus.UNMATCHED, "nothing at " + parent);
            return;
        }
        JsonNode declared = original.at(pointer);
        forgetOriginsUnder(pointer);
        if (SchemaEquivalence.equivalent(declared, fragment)) {
            index.set(parent, name, declared.deepCopy());
            outcome(supplement, entry, EntryStatus.REDUNDANT, "the schema declares this schema identically");
            return;
        }
        boolean isProperty = parent.endsWith("/properties");
        JsonNode written = relax ? Fragments.schema(fragment) : fragment.deepCopy();
        if (isProperty && written.isObject()) {
            ((ObjectNode) written).put("optional", 1);
        }
        index.set(parent, name, written);
        origins.put(pointer, origin);
        wholeSchemas.add(pointer);
        outcome(supplement, entry, EntryStatus.APPLIED, "");
    }

    /** Keys of the format of the string schema at {@code pointer}, wherever the schema repeats that format. */
    private void keysAt(
            Supplement supplement, SupplementEntry entry, String pointer, JsonNode fragment, Origin origin) {
        Optional<JsonNode> node = index.at(pointer);
        JsonNode format = node.map(n -> n.get("format")).orElse(null);
        if (format == null) {
            outcome(supplement, entry, EntryStatus.UNMATCHED, "no property string at " + pointer);
            return;
        }
        if (format.isTextual()) {
            keysByName(supplement, entry, format.textValue(), fragment, origin);
            return;
        }
        if (Formats.keys(format).isEmpty()) {
            outcome(supplement, entry, EntryStatus.UNMATCHED, "the format at " + pointer + " is not a key=value one");
            return;
        }
        String canonical = CanonicalJson.of(format);
        JsonNode declaredKeys = original.at(pointer + Formats.keysSuffix(format));
        int redundant = 0;
        for (Map.Entry<String, JsonNode> key : fragment.properties()) {
            redundant += SchemaEquivalence.equivalent(declaredKeys.get(key.getKey()), key.getValue()) ? 1 : 0;
        }
        // Found before any write; every site's format reads as this one does, so its keys lie at the same suffix.
        List<ApidocIndex.Located> sites = index.schemas(site -> {
            JsonNode siteFormat = site.get("format");
            return siteFormat != null
                    && siteFormat.isObject()
                    && CanonicalJson.of(siteFormat).equals(canonical);
        });
        for (ApidocIndex.Located site : sites) {
            write(site.pointer() + Formats.keysSuffix(format), fragment, origin, Fragments::property);
        }
        String detail = sites.size() + (sites.size() == 1 ? " use" : " uses");
        if (redundant == fragment.size()) {
            outcome(supplement, entry, EntryStatus.REDUNDANT, "the schema declares these keys identically");
        } else {
            outcome(
                    supplement,
                    entry,
                    EntryStatus.APPLIED,
                    redundant == 0 ? detail : detail + "; " + redundancy(redundant, fragment.size(), "keys"));
        }
    }

    /** Gives every property string of the named (undescribed) format these keys. */
    private void keysByName(
            Supplement supplement, SupplementEntry entry, String formatName, JsonNode fragment, Origin origin) {
        List<ApidocIndex.Located> sites = index.schemas(site -> {
            JsonNode format = site.get("format");
            return format != null && format.isTextual() && format.textValue().equals(formatName);
        });
        for (ApidocIndex.Located site : sites) {
            ObjectNode described = Formats.empty(dialect);
            index.set(site.pointer(), "format", described);
            write(site.pointer() + Formats.keysSuffix(described), fragment, origin, Fragments::property);
        }
        int uses = sites.size();
        outcome(
                supplement,
                entry,
                uses == 0 ? EntryStatus.UNMATCHED : EntryStatus.APPLIED,
                uses == 0 ? "no property uses the format '" + formatName + "' by name" : uses + " uses");
    }

    private void objectForm(Supplement supplement, SupplementEntry entry) {
        Target.Operation target = (Target.Operation) entry.target();
        Optional<ApidocIndex.Located> operation = operation(supplement, entry, target);
        if (operation.isEmpty()) {
            return;
        }
        String pointer = operation.get().pointer() + "/" + target.part().key() + target.pointer();
        JsonNode format = index.at(pointer).map(n -> n.get("format")).orElse(null);
        if (format == null || Formats.keys(format).isEmpty()) {
            outcome(
                    supplement,
                    entry,
                    EntryStatus.UNMATCHED,
                    format != null && format.isTextual()
                            ? "the format '" + format.textValue() + "' has no described keys: add a keys entry for it"
                            : "no described property string at " + pointer);
            return;
        }
        objectForms.add(pointer);
        outcome(supplement, entry, EntryStatus.APPLIED, "");
    }

    /** The {@code info/METHOD} object of the target; empty (and the entry unmatched) when the schema lacks it. */
    private Optional<ApidocIndex.Located> operation(
            Supplement supplement, SupplementEntry entry, Target.Operation target) {
        Optional<ApidocIndex.Located> operation = index.operation(target.method(), target.path());
        if (operation.isEmpty()) {
            outcome(
                    supplement,
                    entry,
                    EntryStatus.UNMATCHED,
                    "the schema has no " + target.method() + " " + target.path());
        }
        return operation;
    }

    /**
     * Writes each member of {@code fragment} into the map at {@code mapPointer}. A member the input schema already
     * declares identically is restored to the schema's declaration (undoing an earlier supplement) and counted.
     *
     * @return how many members the schema already declared identically
     */
    private int write(String mapPointer, JsonNode fragment, Origin origin, UnaryOperator<JsonNode> prepare) {
        int redundant = 0;
        for (Map.Entry<String, JsonNode> member : fragment.properties()) {
            String pointer = mapPointer + "/" + ApidocIndex.escape(member.getKey());
            JsonNode declared = original.at(pointer);
            forgetOriginsUnder(pointer);
            if (SchemaEquivalence.equivalent(declared, member.getValue())) {
                index.set(mapPointer, member.getKey(), declared.deepCopy());
                redundant++;
            } else {
                index.set(mapPointer, member.getKey(), prepare.apply(member.getValue()));
                origins.put(pointer, origin);
            }
        }
        return redundant;
    }

    private void forgetOriginsUnder(String pointer) {
        for (NavigableSet<String> marked : List.of(origins.navigableKeySet(), wholeSchemas, objectForms)) {
            marked.remove(pointer);
            // The pointers below it continue it with '/', and '0' is the character after '/'.
            marked.subSet(pointer + "/", true, pointer + "0", false).clear();
        }
    }

    private static String redundancy(int redundant, int total, String what) {
        return redundant == 0 ? "" : redundant + " of " + total + " " + what + " already declared identically";
    }

    private void outcome(Supplement supplement, SupplementEntry entry, EntryStatus status, String detail) {
        Optional<HttpMethod> method = Optional.empty();
        Optional<String> path = Optional.empty();
        if (entry.target() instanceof Target.Operation operation) {
            method = Optional.of(operation.method());
            path = Optional.of(operation.path());
        }
        outcomes.add(new EntryOutcome(
                supplement.fileName(),
                entry.id(),
                entry.kind().label(),
                entry.target().describe(),
                method,
                path,
                status,
                detail));
    }

    private static ObjectNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
