package dev.pvecodegen.simulator.http;

import java.util.Optional;

/** The response formats of {@code /api2/<format>/…} that the simulator speaks. */
public enum WireFormat {
    /** {@code {data}} with HTTP status codes; errors add {@code message} and {@code errors}. */
    JSON,
    /** Always HTTP 200 with {@code {success, status, message, errors, data}} (the ExtJS GUI format). */
    EXTJS;

    public static Optional<WireFormat> fromSegment(String segment) {
        return switch (segment) {
            case "json" -> Optional.of(JSON);
            case "extjs" -> Optional.of(EXTJS);
            default -> Optional.empty();
        };
    }
}
