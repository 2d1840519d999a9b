package dev.pvecodegen.generator;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Path globs of {@link GeneratorOptions}: {@code *} within a segment, {@code **} across, {@code ?} one char. */
final class PathGlobs {

    private PathGlobs() {}

    static Predicate<String> filter(List<String> includes, List<String> excludes) {
        List<Pattern> in = includes.stream().map(PathGlobs::compile).toList();
        List<Pattern> out = excludes.stream().map(PathGlobs::compile).toList();
        return path ->
                (in.isEmpty() || in.stream().anyMatch(p -> p.matcher(path).matches()))
                        && out.stream().noneMatch(p -> p.matcher(path).matches());
    }

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("/**", i)) {
                regex.append("(/.*)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }
}
