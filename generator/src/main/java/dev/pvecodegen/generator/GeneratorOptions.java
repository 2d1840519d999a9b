package dev.pvecodegen.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javax.lang.model.SourceVersion;

/**
 * Everything that shapes the generated client.
 *
 * @param packageName the target package, e.g. {@code dev.pvecodegen.pve}; resources live there, request,
 *     response, enum and property-string types in its {@code model} sub-package
 * @param includes path globs of operations to generate ({@code /nodes/**}); empty means all. {@code *} matches
 *     within one segment, {@code **} across segments, {@code ?} one character
 * @param excludes path globs of operations to leave out, applied after {@code includes}
 *     <p>Class names chosen by people are not options: they come with the model, from the {@code names} sections
 *     of the supplements it was loaded with.
 */
public record GeneratorOptions(String packageName, List<String> includes, List<String> excludes) {

    public GeneratorOptions {
        Objects.requireNonNull(packageName, "packageName");
        List<String> problems = packageProblems(packageName);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "'" + packageName + "' is not a usable Java package name: " + String.join("; ", problems));
        }
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Which paths to generate, by {@link #includes()} and {@link #excludes()}. */
    public Predicate<String> paths() {
        return PathGlobs.filter(includes, excludes);
    }

    /**
     * Everything that keeps {@code name} from being the package of compilable code: empty segments, segments that
     * are not identifiers, keywords and literals ({@code class}, {@code true}, {@code _}), and the {@code java}
     * namespace, which class loaders refuse to define classes in.
     */
    public static List<String> packageProblems(String name) {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            return List.of("it is empty");
        }
        String[] segments = name.split("\\.", -1);
        if (Arrays.stream(segments).anyMatch(String::isEmpty)) {
            problems.add("it has an empty segment (a leading, trailing or doubled dot)");
        }
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            if (SourceVersion.isKeyword(segment) || segment.equals("_")) {
                problems.add("'" + segment + "' is a reserved Java word");
            } else if (!SourceVersion.isIdentifier(segment)) {
                problems.add("'" + segment + "' is not a Java identifier");
            }
        }
        if (segments[0].equals("java")) {
            problems.add("packages under 'java' are reserved for the JDK");
        }
        return problems;
    }

    /** All operations into {@code packageName}. */
    public static GeneratorOptions defaults(String packageName) {
        return new GeneratorOptions(packageName, List.of(), List.of());
    }
}
