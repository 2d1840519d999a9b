package dev.pvecodegen.generator;

import dev.pvecodegen.generator.bind.NameOverride;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Everything that shapes the generated client.
 *
 * @param packageName the target package, e.g. {@code dev.pvecodegen.pve}; resources live there, request,
 *     response, enum and property-string types in its {@code model} sub-package
 * @param includes path globs of operations to generate ({@code /nodes/**}); empty means all. {@code *} matches
 *     within one segment, {@code **} across segments, {@code ?} one character
 * @param excludes path globs of operations to leave out, applied after {@code includes}
 * @param names class names chosen by the user (the {@code names} section of supplement files), applied after
 *     the names the generator ships for the product
 */
public record GeneratorOptions(
        String packageName, List<String> includes, List<String> excludes, List<NameOverride> names) {

    public GeneratorOptions {
        Objects.requireNonNull(packageName, "packageName");
        if (!packageName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            throw new IllegalArgumentException("not a Java package name: " + packageName);
        }
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        names = List.copyOf(names);
    }

    /** Without name overrides of the user's. */
    public GeneratorOptions(String packageName, List<String> includes, List<String> excludes) {
        this(packageName, includes, excludes, List.of());
    }

    /** Which paths to generate, by {@link #includes()} and {@link #excludes()}. */
    public Predicate<String> paths() {
        return PathGlobs.filter(includes, excludes);
    }

    /** The same options with other name overrides. */
    public GeneratorOptions withNames(List<NameOverride> overrides) {
        return new GeneratorOptions(packageName, includes, excludes, overrides);
    }

    /** All operations into {@code packageName}. */
    public static GeneratorOptions defaults(String packageName) {
        return new GeneratorOptions(packageName, List.of(), List.of(), List.of());
    }
}
