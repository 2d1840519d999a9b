package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.HttpMethod;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a change is: an operation and, inside it, an element.
 *
 * <p>Element syntax: a parameter by its schema name ({@code memory}, {@code net[n]}), a property-string sub-key
 * after {@code #} ({@code net[n]#model}), array items as {@code []}, object properties after {@code .}, map values
 * as {@code .*}, the alternative of a union property for some discriminator values in parentheses
 * ({@code interfaces(ospf)}), the response as {@code returns} ({@code returns[].vmid}). An empty element means the
 * operation itself.
 */
public record Location(String path, HttpMethod method, String element) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::path)
            .thenComparing(Location::method)
            .thenComparing(Location::inReturns)
            .thenComparing(Location::element);

    /** The element that stands for the response of an operation. */
    public static final String RETURNS = "returns";

    public Location {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(element, "element");
    }

    public static Location operation(HttpMethod method, String path) {
        return new Location(path, method, "");
    }

    /** {@code POST /nodes/{node}/qemu}. */
    public String operationKey() {
        return method + " " + path;
    }

    /** True for the response and its parts; they sort after the parameters. */
    public boolean inReturns() {
        return element.equals(RETURNS) || element.startsWith(RETURNS + ".") || element.startsWith(RETURNS + "[");
    }

    public boolean isOperation() {
        return element.isEmpty();
    }

    /** A location for a named child: a parameter at the top, an object property or a sub-key below. */
    public Location child(String separator, String name) {
        return new Location(path, method, element.isEmpty() ? name : element + separator + name);
    }

    /** The items of an array or list at this location. */
    public Location items() {
        return new Location(path, method, element + "[]");
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return element.isEmpty() ? operationKey() : operationKey() + " " + element;
    }
}
