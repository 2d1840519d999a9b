package dev.pvecodegen.generator.diff;

import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundType;
import dev.pvecodegen.generator.bind.Site;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the class names of two bound models: the classes generated at the same sites (the same request, the
 * same answer, the same field) must keep their names, or code that names them breaks. A class whose sites now
 * carry another name is renamed; classes whose sites now carry one name are merged. Format sites are left out:
 * format ids are the model's, not the user's.
 */
final class BindingComparison {

    private BindingComparison() {}

    static void compare(BoundModel oldModel, BoundModel newModel, ChangeCollector out) {
        Map<String, String> newNames = namesBySite(newModel);
        Map<String, Set<String>> oldNamesByNewName = new TreeMap<>();
        Map<String, Map<String, Site>> renames = new TreeMap<>();
        for (BoundType type : oldModel.types().values()) {
            for (Site site : type.sites()) {
                String now = site.isFormat() ? null : newNames.get(site.text());
                if (now == null) {
                    continue;
                }
                oldNamesByNewName.computeIfAbsent(now, n -> new TreeSet<>()).add(type.name());
                if (!now.equals(type.name())) {
                    renames.computeIfAbsent(type.name(), n -> new LinkedHashMap<>())
                            .putIfAbsent(now, site);
                }
            }
        }
        renames.forEach((old, targets) -> targets.forEach((now, site) -> {
            Set<String> merged = oldNamesByNewName.get(now);
            if (merged.size() > 1) {
                out.add(
                        ChangeKind.CLASSES_MERGED,
                        location(site),
                        "classes " + quoted(List.copyOf(merged)) + " are now one class `" + now + "`",
                        "code naming `" + old + "` no longer compiles; use `" + now + "`");
            } else {
                out.add(
                        ChangeKind.CLASS_RENAMED,
                        location(site),
                        "class `" + old + "` is now `" + now + "`",
                        "code naming `" + old + "` no longer compiles; use `" + now + "`");
            }
        }));
    }

    private static Map<String, String> namesBySite(BoundModel model) {
        Map<String, String> names = new LinkedHashMap<>();
        model.types().values().forEach(t -> t.sites().forEach(s -> names.put(s.text(), t.name())));
        return names;
    }

    /** The operation of the site and its element ({@code returns[]}, {@code request/net}). */
    private static Location location(Site site) {
        return new Location(site.path(), site.method(), site.element());
    }

    private static String quoted(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : i == names.size() - 1 ? " and " : ", ")
                    .append('`')
                    .append(names.get(i))
                    .append('`');
        }
        return text.toString();
    }
}
