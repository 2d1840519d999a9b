package dev.pvecodegen.generator.bind;

import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives every draft its class name. Overridden names are placed first; then every other class, in the order of
 * its best ranked site ({@link Site#RANK}), takes the first free name of those {@link NamingStrategy} proposes.
 * So a clash is resolved locally: the class met later in rank order (the newcomer) gets the longer, qualified
 * name and the incumbent never changes; no name gets a number appended. Names are compared ignoring case,
 * because they become file names.
 */
final class TypeNamer {
    private final OperationIndex index;
    private final Map<String, Draft> drafts;
    /**
     * Simple names of the types generated model classes refer to (runtime, Jackson, {@code java.lang} and
     * {@code java.util}): a model class of the same name would force qualified names in the generated code.
     */
    private static final Set<String> RESERVED = Set.of(
            "Task",
            "JsonNode",
            "Object",
            "String",
            "Integer",
            "Long",
            "Double",
            "Boolean",
            "Void",
            "Override",
            "Deprecated",
            "Generated",
            "List",
            "Map",
            "Optional",
            "Set",
            "SortedMap",
            "TreeMap",
            "LinkedHashMap",
            "Collection",
            "Collections",
            "Checks",
            "Lenient",
            "TypeRefs",
            "EnumValue",
            "ResponseObject",
            "RequestParameters",
            "PropertyStringValue",
            "PropertyStringSpec",
            "PropertyStringFields",
            "PropertyStrings",
            "JsonCreator",
            "JsonSetter",
            "JsonProperty",
            "Calls",
            "ApiExecutor",
            "ApiRequest",
            "HttpVerb",
            "OperationInfo");

    private final Set<String> taken = new HashSet<>();

    TypeNamer(OperationIndex index, Map<String, Draft> drafts) {
        this.index = index;
        this.drafts = drafts;
    }

    /**
     * Names every draft.
     *
     * @param overrides names decided by override files, by draft identity (simple names for nested enums)
     */
    void nameAll(Map<String, String> overrides) {
        RESERVED.forEach(name -> taken.add(key(name)));
        overrides.forEach((identity, name) -> {
            Draft draft = drafts.get(identity);
            if (draft.enclosing.isEmpty()) {
                draft.name = name;
                taken.add(key(name));
            }
        });
        List<Draft> ranked = drafts.values().stream()
                .sorted(Comparator.comparing((Draft d) -> d.primary().site(), Site.RANK))
                .toList();
        for (Draft draft : ranked) {
            if (draft.enclosing.isEmpty() && draft.name == null) {
                draft.name = firstFree(draft, candidates(draft), taken);
            }
        }
        Map<String, Set<String>> nestedScopes = new TreeMap<>();
        for (Draft draft : ranked) {
            if (draft.enclosing.isPresent()) {
                Draft owner = drafts.get(draft.enclosing.get());
                Set<String> scope = nestedScopes.computeIfAbsent(owner.identity, id -> {
                    Set<String> fresh = new HashSet<>(List.of(key(owner.name), key("Builder"), key("Constant")));
                    overrides.forEach((nestedId, name) -> {
                        if (drafts.get(nestedId).enclosing.equals(draft.enclosing)) {
                            fresh.add(key(name));
                        }
                    });
                    return fresh;
                });
                String simple = overrides.containsKey(draft.identity)
                        ? overrides.get(draft.identity)
                        : firstFree(draft, nestedCandidates(draft), scope);
                draft.name = owner.name + "." + simple;
            }
        }
    }

    private static String firstFree(Draft draft, List<String> candidates, Set<String> scope) {
        for (String candidate : candidates) {
            if (scope.add(key(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free class name for " + draft.identity + " at "
                + draft.primary().site() + "; tried " + candidates);
    }

    private List<String> candidates(Draft draft) {
        Use use = draft.primary();
        Operation op = index.operationOf(use.site());
        NamingStrategy.OperationFacts facts = index.facts(op);
        boolean item = use.site().element().endsWith("[]");
        if (draft.kind == JavaType.Kind.REQUEST) {
            return NamingStrategy.requestNames(facts);
        }
        List<String> names = new ArrayList<>();
        if (draft.kind == JavaType.Kind.OBJECT) {
            ApiType.ObjectType object = draft.objectType();
            if (object.properties().size() == 1 && draft.operationCount() > 1) {
                names.add(NamingStrategy.sharedEntryName(
                        object.properties().get(0).name()));
            }
        }
        if (use.owner().isEmpty() || use.property().isEmpty()) {
            names.addAll(NamingStrategy.answerNames(facts, item, requestName(op)));
            return names;
        }
        Draft owner = drafts.get(use.owner().get());
        String property = use.property().get();
        if (draft.kind == JavaType.Kind.OBJECT) {
            names.addAll(NamingStrategy.nestedNames(owner.name, property, use.inList()));
            return names;
        }
        List<String> owners = new ArrayList<>();
        switch (owner.kind) {
            case REQUEST -> {
                owners.addAll(NamingStrategy.entityNouns(facts));
                owners.add(owner.name);
            }
            case OBJECT -> {
                if (draft.kind == JavaType.Kind.VALUE) {
                    owners.addAll(NamingStrategy.entityNouns(facts));
                    owners.add(owner.name);
                } else {
                    owners.add(owner.name);
                    owners.addAll(NamingStrategy.entityNouns(facts));
                }
            }
            case VALUE, ENUM -> owners.add(owner.name);
        }
        return NamingStrategy.propertyTypeNames(
                property, owners.stream().distinct().toList());
    }

    private List<String> nestedCandidates(Draft draft) {
        return NamingStrategy.nestedEnumNames(draft.primary().property().orElse("value"));
    }

    /** The name of the operation's request class, or the one it would have. */
    private String requestName(Operation op) {
        Draft request = drafts.get(Identities.request(op));
        if (request != null && request.name != null) {
            return request.name;
        }
        return NamingStrategy.requestNames(index.facts(op)).get(0);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
