package dev.pvecodegen.generator.bind;

import java.util.Locale;

/**
 * The public type names of a bound model as text, one class a line, sorted: name, kind and the site the name
 * comes from ({@code QemuConfig  object  GET /nodes/{node}/qemu/{vmid}/config#returns}). Checked in for the PVE
 * schema, it makes every rename a visible line in review.
 */
public final class TypeList {

    private TypeList() {}

    public static String of(BoundModel model) {
        int width =
                model.types().keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (BoundType type : model.types().values()) {
            String kind = type.kind().name().toLowerCase(Locale.ROOT);
            out.append(String.format(
                    Locale.ROOT,
                    "%-" + width + "s  %-7s  %s%n",
                    type.name(),
                    kind,
                    type.sites().get(0)));
        }
        return out.toString();
    }
}
