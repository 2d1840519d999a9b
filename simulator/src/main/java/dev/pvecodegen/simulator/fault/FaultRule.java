package dev.pvecodegen.simulator.fault;

import dev.pvecodegen.schema.model.HttpMethod;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which calls a fault applies to and how often.
 *
 * <p>{@code pathPattern} is either an operation path template ({@code /nodes/{node}/qemu/{vmid}/status/start},
 * matched against the routed operation) or a glob over the concrete API path without {@code /api2/json}:
 * {@code *} matches within one segment, {@code **} across segments ({@code /nodes/*}{@code /qemu/**}).
 *
 * @param method the verb to match, empty for any
 * @param pathPattern the template or glob
 * @param fault what to do
 * @param times how many matching calls to affect; negative for every call
 */
public record FaultRule(Optional<HttpMethod> method, String pathPattern, Fault fault, int times) {

    public FaultRule {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathPattern, "pathPattern");
        Objects.requireNonNull(fault, "fault");
    }

    /** Every call whose path matches, forever. */
    public static FaultRule on(String pathPattern, Fault fault) {
        return new FaultRule(Optional.empty(), pathPattern, fault, -1);
    }

    /** Calls with {@code method} whose path matches, forever. */
    public static FaultRule on(HttpMethod method, String pathPattern, Fault fault) {
        return new FaultRule(Optional.of(method), pathPattern, fault, -1);
    }

    /** The same rule limited to the next {@code count} matching calls. */
    public FaultRule times(int count) {
        return new FaultRule(method, pathPattern, fault, count);
    }

    boolean matches(HttpMethod callMethod, String concretePath, String templatePath) {
        if (method.isPresent() && method.get() != callMethod) {
            return false;
        }
        if (pathPattern.contains("{")) {
            return pathPattern.equals(templatePath);
        }
        return globToRegex(pathPattern).matcher(concretePath).matches();
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                regex.append(twice ? ".*" : "[^/]*");
                i += twice ? 1 : 0;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
