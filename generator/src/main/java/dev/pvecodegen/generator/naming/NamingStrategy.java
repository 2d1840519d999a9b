package dev.pvecodegen.generator.naming;

import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.PathSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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

    // Compiled once: names are derived for every parameter of every operation.
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private NamingStrategy() {}

    /** Splits a wire name into lower-case words. */
    public static List<String> words(String wireName) {
        List<String> words = new ArrayList<>();
        for (String chunk : NON_ALPHANUMERIC.split(wireName, -1)) {
            if (chunk.isEmpty()) {
                continue;
            }
            for (String word : CAMEL_HUMP.split(chunk, -1)) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
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

    /** {@code NodesNodeQemu} + POST → {@code NodesNodeQemuPost}, the stem of the operation's types. */
    public static String operationTypeStem(String resourceClassName, HttpMethod method) {
        return resourceClassName + capitalize(operationMethodName(method));
    }

    /** {@code NodesNodeQemuPostRequest}. */
    public static String requestClassName(String stem) {
        return stem + "Request";
    }

    /** {@code NodesNodeQemuVmidConfigGetResponse}, for an object answer. */
    public static String responseClassName(String stem) {
        return stem + "Response";
    }

    /** {@code NodesNodeQemuGetItem}, for the items of a list answer. */
    public static String itemClassName(String stem) {
        return stem + "Item";
    }

    /** A type nested in a field or parameter: {@code ClusterBackupGetItem} + {@code fleecing}. */
    public static String nestedTypeName(String ownerClassName, String property) {
        return ownerClassName + typeName(property);
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
