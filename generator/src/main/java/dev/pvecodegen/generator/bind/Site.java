package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place where a generated class is used, in the syntax of name override targets ({@link #text()}):
 * <ul>
 *   <li>{@code POST /nodes/{node}/qemu#request}: the request class of an operation;</li>
 *   <li>{@code GET /nodes/{node}/qemu/{vmid}/config#returns}: the class of its answer;
 *       {@code GET /nodes#returns[]}: the items of a list answer;</li>
 *   <li>{@code …#request/ostype}, {@code …#returns[]/status}, {@code …#returns/cpuinfo}: what a parameter or a
 *       field holds ({@code /name} a property or property-string key, {@code []} list items, {@code {}} map
 *       values; an indexed family {@code net[n]} by its base name {@code net});</li>
 *   <li>{@code format:qemu-net} and {@code format:qemu-net/model}: a property-string format by its model id, and
 *       a key of it.</li>
 * </ul>
 *
 * @param method the operation's verb; null for a format
 * @param path the operation's path, or the format's model id
 * @param element the element inside the operation ({@code request}, {@code returns[]/status}) or the format
 *     ({@code model}, empty for the format itself)
 */
public record Site(HttpMethod method, String path, String element) {

    /**
     * The order in which types claim names: operation sites before format sites, shallow elements first
     * (answers and requests before their fields), requests before answers, fewer list levels first, then short
     * paths, then by path, verb and element. It depends only on the site, never on the order in which
     * the schema lists things, so a type keeps its name when unrelated operations come or go.
     */
    public static final Comparator<Site> RANK = Comparator.comparing(Site::isFormat)
            .thenComparingInt(Site::depth)
            .thenComparing(Site::inAnswer)
            .thenComparingInt(Site::listDepth)
            .thenComparingInt(Site::pathDepth)
            .thenComparing(Site::path)
            .thenComparing(Site::method, Comparator.nullsFirst(Comparator.<HttpMethod>naturalOrder()))
            .thenComparing(Site::element);

    public Site {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(element, "element");
    }

    public static Site request(Operation op) {
        return new Site(op.method(), op.path(), "request");
    }

    public static Site returns(Operation op) {
        return new Site(op.method(), op.path(), "returns");
    }

    public static Site format(String id) {
        return new Site(null, id, "");
    }

    /** A property or key of what this site holds. */
    public Site property(String name) {
        return new Site(method, path, element.isEmpty() ? name : element + "/" + name);
    }

    /** The items of the list this site holds. */
    public Site items() {
        return new Site(method, path, element + "[]");
    }

    /** The values of the map this site holds. */
    public Site values() {
        return new Site(method, path, element + "{}");
    }

    public boolean isFormat() {
        return method == null;
    }

    /** {@code GET /nodes}, the operation of this site; the format id for a format. */
    public String operationKey() {
        return isFormat() ? "format:" + path : method + " " + path;
    }

    /** The override target syntax: {@code GET /nodes#returns[]}, {@code format:qemu-net/model}. */
    public String text() {
        if (isFormat()) {
            return "format:" + path + (element.isEmpty() ? "" : "/" + element);
        }
        return method + " " + path + "#" + element;
    }

    /** Properties between the root and the element: 0 for requests, answers and their items. */
    public int depth() {
        int depth = isFormat() && !element.isEmpty() ? 1 : 0;
        for (int i = 0; i < element.length(); i++) {
            if (element.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    /** Answers rank after requests: what a user sends names a shared type before what the server tells. */
    private boolean inAnswer() {
        return element.startsWith("returns");
    }

    /** How many list levels down the element is: a class that is also an answer of its own is named after it. */
    private int listDepth() {
        int lists = 0;
        for (int i = element.indexOf("[]"); i >= 0; i = element.indexOf("[]", i + 2)) {
            lists++;
        }
        return lists;
    }

    private int pathDepth() {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    @Override
    public String toString() {
        return text();
    }
}
