package dev.pvecodegen.generator.naming;

import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.PathSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Every naming decision of the generator, in one place: classes, methods, members and constants. Names are derived
 * mechanically from wire names and paths so that users can predict them:
 * <ul>
 *   <li>words are split on every character that is not a letter or digit and on camel-case humps
 *       ({@code CSRFPreventionToken} → {@code csrf}, {@code prevention}, {@code token});</li>
 *   <li>members are lowerCamelCase, types UpperCamelCase, enum constants UPPER_SNAKE_CASE;</li>
 *   <li>a Java keyword or a name reserved by the generated class gets a trailing {@code _}
 *       ({@code class} → {@code class_});</li>
 *   <li>a name starting with a digit gets a leading {@code _} ({@code 2m} → {@code _2M});</li>
 *   <li>collisions that remain after that (for example {@code foo-bar} and {@code foo_bar}) are resolved by the
 *       caller through {@link UniqueNames}, in schema order, by appending {@code 2}, {@code 3}, ….</li>
 * </ul>
 */
public final class NamingStrategy {

    /** Names every generated class inherits from {@code Object}; members must not shadow them. */
    private static final Set<String> OBJECT_METHODS =
            Set.of("getClass", "hashCode", "equals", "clone", "toString", "notify", "notifyAll", "wait", "finalize");

    /** The verb of a request class name when the path is all there is to name it. */
    private static final Map<HttpMethod, String> VERBS =
            Map.of(HttpMethod.POST, "Create", HttpMethod.PUT, "Update", HttpMethod.DELETE, "Delete");

    /** What a candidate name is when the path contributes no noun: not a name on its own. */
    private static final Set<String> BARE_AFFIXES =
            Set.of("", "Create", "Update", "Delete", "Query", "Result", "Entry", "Action", "Value");

    private NamingStrategy() {}

    /**
     * Splits a wire name into lower-case words: on every run of characters other than ASCII letters and digits, and
     * on camel-case humps (before an upper-case letter that follows a lower-case letter or a digit, and before the
     * last capital of a run of capitals followed by a lower-case letter: {@code HTTPServer} → {@code http server}).
     * A character loop rather than two regular expressions: names are derived for every parameter of every
     * operation, and the regular expressions were a tenth of a cold generation's main thread.
     */
    public static List<String> words(String wireName) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= wireName.length(); i++) {
            char c = i < wireName.length() ? wireName.charAt(i) : '-';
            if (!isAsciiLetterOrDigit(c)) {
                if (start >= 0) {
                    words.add(wireName.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            } else if (isHump(wireName, i)) {
                words.add(wireName.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        return words;
    }

    /** Whether a word starts at {@code i}, inside a run of letters and digits that started before it. */
    private static boolean isHump(String name, int i) {
        char previous = name.charAt(i - 1);
        char current = name.charAt(i);
        if (!isAsciiUpper(current)) {
            return false;
        }
        if (isAsciiLower(previous) || isAsciiDigit(previous)) {
            return true;
        }
        return isAsciiUpper(previous) && i + 1 < name.length() && isAsciiLower(name.charAt(i + 1));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiUpper(c) || isAsciiLower(c) || isAsciiDigit(c);
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code max-workers} → {@code MaxWorkers}; never empty, never a keyword, never starting with a digit. */
    public static String typeName(String wireName) {
        StringBuilder name = new StringBuilder();
        for (String word : words(wireName)) {
            name.append(capitalize(word));
        }
        return safeIdentifier(name.toString(), "Value");
    }

    /** {@code max-workers} → {@code maxWorkers}; keywords and Object's methods get a trailing {@code _}. */
    public static String memberName(String wireName) {
        List<String> words = words(wireName);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            name.append(i == 0 ? words.get(i) : capitalize(words.get(i)));
        }
        String candidate = safeIdentifier(name.toString(), "value");
        return OBJECT_METHODS.contains(candidate) ? candidate + "_" : candidate;
    }

    /** {@code layer2+3} → {@code LAYER2_3}, {@code 2m} → {@code _2M}, {@code node-affinity} → {@code NODE_AFFINITY}. */
    public static String constantName(String wireValue) {
        String name = String.join("_", words(wireValue)).toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            name = "EMPTY";
        }
        return safeIdentifier(name, "VALUE");
    }

    /** A member name that also avoids names the generated class reserves for itself. */
    public static String memberName(String wireName, Set<String> reserved) {
        String name = memberName(wireName);
        return reserved.contains(name) ? name + "_" : name;
    }

    /** The root class: {@code Pve} for the PVE dialect, {@code Pbs} for the PBS (Rust) dialect. */
    public static String rootClassName(Dialect dialect) {
        return dialect == Dialect.PVE ? "Pve" : "Pbs";
    }

    /** The operation catalogue next to the root class: {@code PveOperations}. */
    public static String operationsClassName(String rootClassName) {
        return rootClassName + "Operations";
    }

    /** {@code /nodes/{node}/qemu} → {@code NodesNodeQemu}: every segment, variables by their name. */
    public static String resourceClassName(List<PathSegment> segments) {
        return typeName(String.join(
                "-",
                segments.stream()
                        .map(s -> s instanceof PathSegment.Variable v ? v.name() : s.text())
                        .toList()));
    }

    /** Operations are named after their HTTP verb: {@code get}, {@code post}, {@code put}, {@code delete}. */
    public static String operationMethodName(HttpMethod method) {
        return method.name().toLowerCase(Locale.ROOT);
    }

    /**
     * What the names of an operation's types are derived from.
     *
     * @param method the HTTP verb
     * @param segments the operation's path
     * @param collection the resource has a variable child ({@code /nodes/{node}/qemu})
     * @param parentCollection the parent resource has a variable child
     * @param updatable the resource also has a {@code PUT} or a {@code DELETE}: it is a thing, not an action
     * @param readAnswer the resource's {@code GET} answers with an object class of its own
     */
    public record OperationFacts(
            HttpMethod method,
            List<PathSegment> segments,
            boolean collection,
            boolean parentCollection,
            boolean updatable,
            boolean readAnswer) {
        public OperationFacts {
            segments = List.copyOf(segments);
        }

        PathNoun noun() {
            return PathNoun.of(segments, collection);
        }

        /**
         * {@code POST} on a collection, a member, an updatable resource or a plural noun ({@code …/ips}) creates;
         * other POSTs are actions.
         */
        boolean creates() {
            PathNoun noun = noun();
            if (noun.collection() || noun.member() || updatable || noun.isEmpty()) {
                return true;
            }
            String last = noun.parts().get(noun.parts().size() - 1);
            return !PathNoun.singular(last).equals(last);
        }

        /** Every segment, variables by their name ({@code AccessTfaUserid}): unique per path. */
        String qualified() {
            return resourceClassName(segments);
        }

        /** The old path-and-verb stem, unique per operation: the last resort of every name. */
        String legacyStem() {
            return resourceClassName(segments) + capitalize(operationMethodName(method));
        }
    }

    /**
     * Names for an operation's request class, best first; the binder takes the first that is free. {@code GET}
     * queries are {@code <Noun>Query}; {@code PUT} is {@code Update<Noun>}, {@code DELETE} {@code Delete<Noun>};
     * {@code POST} is {@code Create<Member>} on a collection, a member or a readable resource, otherwise an action
     * named after the last segment and applied to its parent ({@code …/qemu/{vmid}/status/start} →
     * {@code StartQemu}, a {@code status} segment between an item and its action left out).
     */
    public static List<String> requestNames(OperationFacts facts) {
        PathNoun noun = facts.noun();
        List<String> names = new ArrayList<>();
        switch (facts.method()) {
            case GET -> noun.forms().forEach(form -> names.add(form + "Query"));
            case PUT -> noun.forms().forEach(form -> names.add("Update" + form));
            case DELETE -> noun.forms().forEach(form -> names.add("Delete" + form));
            case POST -> {
                if (facts.creates()) {
                    PathNoun created = noun.isEmpty() ? noun : noun.singularForm();
                    created.forms().forEach(form -> names.add("Create" + form));
                } else {
                    String action = typeName(
                            facts.segments().get(facts.segments().size() - 1).text());
                    PathNoun target = actionTarget(facts);
                    target.forms().forEach(form -> names.add(action + form));
                    noun.forms().forEach(form -> names.add(form + "Action"));
                }
            }
        }
        names.add(
                facts.method() == HttpMethod.GET
                        ? facts.qualified() + "Query"
                        : VERBS.get(facts.method()) + facts.qualified());
        names.add(facts.legacyStem() + "Request");
        return distinct(names);
    }

    /**
     * Names for the class of an operation's object answer (or of the items of a list answer), best first. Read
     * answers are named after what they read, without a verb ({@code QemuConfig}); the items of a collection are
     * {@code <Member>Entry} ({@code QemuEntry}), other list items the singular noun ({@code ClusterResource}).
     * Answers of other verbs take the same names unless the {@code GET} of the resource answers with an object of
     * its own, else {@code <Request>Result}. A member already named {@code …Entry} has {@code …EntryItem} items.
     *
     * @param item the class is the item of a list answer
     * @param requestName the name of the operation's request class (or the one it would have)
     */
    public static List<String> answerNames(OperationFacts facts, boolean item, String requestName) {
        PathNoun noun = facts.noun();
        List<String> names = new ArrayList<>();
        if (facts.method() == HttpMethod.GET || !facts.readAnswer()) {
            if (!item) {
                names.addAll(noun.forms());
            } else if (noun.collection()) {
                noun.singularForm()
                        .forms()
                        .forEach(form -> names.add(form + (form.endsWith("Entry") ? "Item" : "Entry")));
            } else {
                names.addAll(noun.singularForm().forms());
                noun.forms().forEach(form -> names.add(form + "Entry"));
            }
        }
        names.add(requestName + "Result");
        names.add(facts.qualified() + (item ? "Item" : "Answer"));
        names.add(facts.legacyStem() + (item ? "Item" : "Response"));
        return distinct(names);
    }

    /** Names of the parts of an operation's path that name types derived from it: short form first. */
    public static List<String> entityNouns(OperationFacts facts) {
        PathNoun noun = facts.noun();
        return facts.method() == HttpMethod.POST && noun.collection()
                ? noun.singularForm().forms()
                : noun.forms();
    }

    /** A one-property shape that several operations return is named by its content: {@code SubdirEntry}. */
    public static String sharedEntryName(String property) {
        return typeName(property) + "Entry";
    }

    /**
     * Names for an object nested in a field: the owner class and the field ({@code NodeStatusCpuinfo}), the field
     * in the singular when it holds a list of them.
     */
    public static List<String> nestedNames(String ownerName, String property, boolean inList) {
        String part = propertyTypeName(property);
        String singular = inList ? PathNoun.singular(part) : part;
        return distinct(List.of(ownerName + singular, ownerName + part + "Entry", ownerName + part + "Value"));
    }

    /**
     * Names for a shared enum or property-string value class found at a property: the property alone when it has
     * two words or more ({@code VlanProtocol}, {@code TagStyle}), else prefixed by the nouns of its owner
     * ({@code QemuOstype}, {@code ClusterResourceType}); never a bare generic word such as {@code Type}.
     *
     * @param owners the owner's nouns, best first
     */
    public static List<String> propertyTypeNames(String property, List<String> owners) {
        String part = propertyTypeName(property);
        List<String> names = new ArrayList<>();
        if (words(property).size() >= 2) {
            names.add(part);
        }
        owners.forEach(owner -> names.add(owner + part));
        owners.forEach(owner -> names.add(owner + part + "Value"));
        return distinct(names);
    }

    /** An enum nested in a property-string value class: the key ({@code QemuNet.Model}). */
    public static List<String> nestedEnumNames(String key) {
        String part = propertyTypeName(key);
        return List.of(part, part + "Value", part + "Kind");
    }

    /** A property's name as part of a type name: UpperCamelCase, trailing digits left out ({@code efidisk0}). */
    static String propertyTypeName(String property) {
        String name = typeName(property);
        int end = name.length();
        while (end > 0 && isAsciiDigit(name.charAt(end - 1))) {
            end--;
        }
        String stripped = name.substring(0, end);
        return stripped.isEmpty() || !Character.isLetter(stripped.charAt(stripped.length() - 1)) ? name : stripped;
    }

    /** The resource an action applies to: the parent path, a trailing {@code status} after an item left out. */
    private static PathNoun actionTarget(OperationFacts facts) {
        List<PathSegment> parent = facts.segments().subList(0, facts.segments().size() - 1);
        PathNoun target = PathNoun.of(parent, facts.parentCollection());
        boolean statusAfterItem = parent.size() >= 2
                && parent.get(parent.size() - 1).text().equals("status")
                && parent.get(parent.size() - 2) instanceof PathSegment.Variable;
        return statusAfterItem ? target.withoutLast() : target;
    }

    /** The names in order, each once; a verb or suffix left alone (the path had no noun) is no name. */
    private static List<String> distinct(List<String> names) {
        return names.stream()
                .filter(name -> !BARE_AFFIXES.contains(name))
                .distinct()
                .toList();
    }

    /** The private Jackson setter of a response field: {@code maxmem} → {@code setMaxmem}. */
    public static String jsonSetterName(String member) {
        return "set" + capitalize(member);
    }

    /** An indexed family whose base name a plain property already uses ({@code numa[n]} next to {@code numa}). */
    public static String familyMemberName(String member) {
        return member + "Family";
    }

    private static String safeIdentifier(String name, String fallback) {
        String candidate = name.isEmpty() ? fallback : name;
        if (Character.isDigit(candidate.charAt(0))) {
            candidate = "_" + candidate;
        }
        if (SourceVersion.isKeyword(candidate) || candidate.equals("_")) {
            candidate = candidate + "_";
        }
        return candidate;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
