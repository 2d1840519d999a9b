package dev.pvecodegen.generator.naming;

import dev.pvecodegen.schema.model.PathSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a resource path names, as UpperCamelCase parts: one part per literal segment, a literal followed by a
 * variable in the singular (it names one member of a collection), a variable directly after another variable by
 * its own name, other variables left out. {@code /nodes/{node}/qemu/{vmid}/config} is {@code Node Qemu Config}.
 *
 * <p>The leading part is <em>context</em> when it is {@code Node} (from {@code /nodes/{node}}) or the top-level
 * {@code cluster}, {@code admin} or {@code config}: the {@link #shortForm() short form} leaves it
 * out when what remains still names something on its own (two parts or more, a collection or one of its members):
 * {@code QemuConfig}, {@code TaskStatus}, but {@code NodeStatus}, {@code ClusterResources}.
 *
 * @param parts the parts, context first
 * @param context true when the first part is context
 * @param member true when the path ends with a variable: the last part names one member of a collection
 * @param collection true when the path ends with a literal whose resource has a variable child ({@code qemu})
 */
public record PathNoun(List<String> parts, boolean context, boolean member, boolean collection) {

    private static final Set<String> CONTEXT_ROOTS = Set.of("cluster", "admin", "config");
    private static final Set<String> NOT_PLURAL = Set.of("dns", "zfs", "lvs", "news", "series", "species");

    public PathNoun {
        parts = List.copyOf(parts);
        if (context && parts.isEmpty()) {
            throw new IllegalArgumentException("context without parts");
        }
    }

    /**
     * The noun of a path.
     *
     * @param segments the path's segments
     * @param collection whether the resource at the end of the path has a variable child
     */
    public static PathNoun of(List<PathSegment> segments, boolean collection) {
        List<String> parts = new ArrayList<>();
        boolean context = false;
        for (int i = 0; i < segments.size(); i++) {
            PathSegment segment = segments.get(i);
            boolean nextIsVariable = i + 1 < segments.size() && segments.get(i + 1) instanceof PathSegment.Variable;
            if (segment instanceof PathSegment.Literal literal) {
                String part = NamingStrategy.typeName(literal.value());
                parts.add(nextIsVariable ? singular(part) : part);
                if (i == 0) {
                    String root = literal.value().toLowerCase(Locale.ROOT);
                    context = CONTEXT_ROOTS.contains(root) || (root.equals("nodes") && nextIsVariable);
                }
            } else if (i > 0 && segments.get(i - 1) instanceof PathSegment.Variable) {
                parts.add(NamingStrategy.typeName(segment.text()));
            }
        }
        boolean member = !segments.isEmpty() && segments.get(segments.size() - 1) instanceof PathSegment.Variable;
        return new PathNoun(parts, context && !parts.isEmpty(), member, collection && !member);
    }

    /** The parts without context where the rest still names something on its own. */
    public List<String> shortParts() {
        if (!context) {
            return parts;
        }
        List<String> rest = parts.subList(1, parts.size());
        return rest.size() >= 2 || (rest.size() == 1 && (member || collection)) ? rest : parts;
    }

    /** {@code QemuConfig} for {@code /nodes/{node}/qemu/{vmid}/config}. */
    public String shortForm() {
        return String.join("", shortParts());
    }

    /** Every part: {@code NodeQemuConfig}. */
    public String fullForm() {
        return String.join("", parts);
    }

    /** The short and the full form, without repetition: the names to try in this order. */
    public List<String> forms() {
        return shortForm().equals(fullForm()) ? List.of(shortForm()) : List.of(shortForm(), fullForm());
    }

    /**
     * The noun of one member of this collection or list: the last part in the singular ({@code Qemu} for
     * {@code /nodes/{node}/qemu}, {@code ClusterResource} for {@code /cluster/resources}).
     */
    public PathNoun singularForm() {
        if (parts.isEmpty()) {
            return this;
        }
        List<String> singular = new ArrayList<>(parts);
        singular.set(singular.size() - 1, singular(singular.get(singular.size() - 1)));
        return new PathNoun(singular, context, member || collection, false);
    }

    /** The noun without its last part ({@code status} of {@code …/qemu/{vmid}/status} dropped, for actions). */
    public PathNoun withoutLast() {
        List<String> fewer = parts.isEmpty() ? parts : parts.subList(0, parts.size() - 1);
        return new PathNoun(fewer, context && !fewer.isEmpty(), true, false);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /**
     * English singular of the last word of an UpperCamelCase part: {@code RouteMaps} → {@code RouteMap},
     * {@code Entries} → {@code Entry}, {@code Aliases} → {@code Alias}; words ending in {@code ss}, {@code us},
     * {@code is} and a few others ({@code Dns}, {@code Zfs}) stay as they are; {@code Children} is {@code Child}.
     */
    public static String singular(String part) {
        List<String> words = NamingStrategy.words(part);
        if (words.isEmpty()) {
            return part;
        }
        String last = words.get(words.size() - 1);
        String single = singularWord(last);
        if (single.equals(last)) {
            return part;
        }
        return part.substring(0, part.length() - last.length())
                + Character.toUpperCase(single.charAt(0))
                + single.substring(1);
    }

    private static String singularWord(String word) {
        if (word.equals("children")) {
            return "child";
        }
        if (word.length() < 3 || NOT_PLURAL.contains(word) || !word.endsWith("s")) {
            return word;
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("uses") || word.endsWith("iases") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
