package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.NameOverride;
import dev.pvecodegen.schema.model.NameSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Applies the {@code names} sections of the supplements to the drafts: finds the class each target addresses and
 * checks every entry. Problems are all collected and reported at once, each with the entry's location: a target
 * with a bad syntax, a target where no class is generated, a name that is no Java class name, two names for one
 * class in one file, one name for two classes. Sections apply in order, so a later file renames a class an earlier
 * one named. Entries of the shipped supplement whose target a schema release lacks are skipped: they pin names
 * across releases.
 */
final class NameOverrides {
    private static final Pattern TARGET =
            Pattern.compile("(GET|POST|PUT|DELETE) /\\S*#(request|returns)\\S*|format:\\S+");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private NameOverrides() {}

    /** An entry and where it is, for messages. */
    private record Located(NameOverride entry, String location) {}

    /**
     * The overridden names by draft identity.
     *
     * @param sections the names sections of the supplements, in the order they apply (the shipped one lenient about
     *     missing targets, users' files strict)
     */
    static Map<String, String> resolve(List<NameSection> sections, Map<String, Draft> drafts) {
        Map<String, List<Draft>> bySite = new HashMap<>();
        for (Draft draft : drafts.values()) {
            draft.sites()
                    .forEach(site -> bySite.computeIfAbsent(site.text(), t -> new ArrayList<>())
                            .add(draft));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Located> byIdentity = new LinkedHashMap<>();
        sections.forEach(section -> apply(section, bySite, byIdentity, problems));
        Map<String, String> byName = new HashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        byIdentity.forEach((identity, located) -> {
            Draft draft = drafts.get(identity);
            String name = located.entry().name();
            String scope = draft.enclosing.orElse("") + "/" + name.toLowerCase(Locale.ROOT);
            String previous = byName.putIfAbsent(scope, located.location());
            if (previous != null) {
                problems.add(located.location() + ": the name " + name + " is already given to another class by "
                        + previous);
            }
            names.put(identity, name);
        });
        if (!problems.isEmpty()) {
            throw new NameOverrideException(problems);
        }
        return names;
    }

    private static void apply(
            NameSection section,
            Map<String, List<Draft>> bySite,
            Map<String, Located> byIdentity,
            List<String> problems) {
        Map<String, Located> seen = new HashMap<>();
        for (NameOverride override : section.names()) {
            String location = section.locate(override);
            if (!TARGET.matcher(override.target()).matches()) {
                problems.add(location + ": target '" + override.target()
                        + "' is neither 'METHOD /path#request…' / 'METHOD /path#returns…' nor 'format:id…'");
                continue;
            }
            if (!CLASS_NAME.matcher(override.name()).matches() || SourceVersion.isKeyword(override.name())) {
                problems.add(location + ": '" + override.name()
                        + "' is not a class name (UpperCamelCase letters and digits)");
                continue;
            }
            List<Draft> found = bySite.getOrDefault(override.target(), List.of());
            if (found.isEmpty()) {
                if (!section.shipped()) {
                    problems.add(location + ": no generated class is used at target '" + override.target() + "'");
                }
                continue;
            }
            if (found.size() > 1) {
                problems.add(location + ": target '" + override.target() + "' is ambiguous: "
                        + found.stream().map(d -> d.identity).toList());
                continue;
            }
            String identity = found.get(0).identity;
            Located here = new Located(override, location);
            Located earlier = seen.putIfAbsent(identity, here);
            if (earlier != null && !earlier.entry().name().equals(override.name())) {
                problems.add(location + ": names the class of '" + override.target() + "' " + override.name() + ", but "
                        + earlier.location() + " already names it "
                        + earlier.entry().name());
                continue;
            }
            byIdentity.put(identity, here);
        }
    }
}
