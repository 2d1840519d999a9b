package dev.pvecodegen.generator.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Applies name overrides to the drafts: finds the class each target addresses and checks every entry. Problems of
 * user files are all collected and reported at once, each with the entry's location: a target with a bad syntax,
 * a target where no class is generated, a name that is no Java class name, two names for one class, one name for
 * two classes. Shipped entries whose target a schema release lacks are skipped: they pin names across releases.
 */
final class NameOverrides {
    private static final Pattern TARGET =
            Pattern.compile("(GET|POST|PUT|DELETE) /\\S*#(request|returns)\\S*|format:\\S+");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private NameOverrides() {}

    /**
     * The overridden names by draft identity.
     *
     * @param shipped the generator's own names for the product (lenient about missing targets)
     * @param user the user's names (strict); they win over shipped ones for the same class
     */
    static Map<String, String> resolve(List<NameOverride> shipped, List<NameOverride> user, Map<String, Draft> drafts) {
        Map<String, List<Draft>> bySite = new HashMap<>();
        for (Draft draft : drafts.values()) {
            draft.sites()
                    .forEach(site -> bySite.computeIfAbsent(site.text(), t -> new ArrayList<>())
                            .add(draft));
        }
        List<String> problems = new ArrayList<>();
        Map<String, NameOverride> byIdentity = new LinkedHashMap<>();
        apply(shipped, true, bySite, byIdentity, problems);
        apply(user, false, bySite, byIdentity, problems);
        Map<String, String> byName = new HashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        byIdentity.forEach((identity, override) -> {
            Draft draft = drafts.get(identity);
            String scope = draft.enclosing.orElse("") + "/" + override.name().toLowerCase(Locale.ROOT);
            String previous = byName.putIfAbsent(scope, override.pointer());
            if (previous != null) {
                problems.add(override.pointer() + ": the name " + override.name() + " is already given to another"
                        + " class by " + previous);
            }
            names.put(identity, override.name());
        });
        if (!problems.isEmpty()) {
            throw new NameOverrideException(problems);
        }
        return names;
    }

    private static void apply(
            List<NameOverride> overrides,
            boolean lenient,
            Map<String, List<Draft>> bySite,
            Map<String, NameOverride> byIdentity,
            List<String> problems) {
        Map<String, NameOverride> seen = new HashMap<>();
        for (NameOverride override : overrides) {
            if (!TARGET.matcher(override.target()).matches()) {
                problems.add(override.pointer() + ": target '" + override.target()
                        + "' is neither 'METHOD /path#request…' / 'METHOD /path#returns…' nor 'format:id…'");
                continue;
            }
            if (!CLASS_NAME.matcher(override.name()).matches() || SourceVersion.isKeyword(override.name())) {
                problems.add(override.pointer() + ": '" + override.name()
                        + "' is not a class name (UpperCamelCase letters and digits)");
                continue;
            }
            List<Draft> found = bySite.getOrDefault(override.target(), List.of());
            if (found.isEmpty()) {
                if (!lenient) {
                    problems.add(
                            override.pointer() + ": no generated class is used at target '" + override.target() + "'");
                }
                continue;
            }
            if (found.size() > 1) {
                problems.add(override.pointer() + ": target '" + override.target() + "' is ambiguous: "
                        + found.stream().map(d -> d.identity).toList());
                continue;
            }
            String identity = found.get(0).identity;
            NameOverride earlier = seen.putIfAbsent(identity, override);
            if (earlier != null && !earlier.name().equals(override.name())) {
                problems.add(override.pointer() + ": names the class of '" + override.target() + "' " + override.name()
                        + ", but " + earlier.pointer() + " already names it " + earlier.name());
                continue;
            }
            byIdentity.put(identity, override);
        }
    }
}
