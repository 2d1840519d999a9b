package dev.pvecodegen.simulator.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded GET answer, routed to an operation of the simulator's schema.
 *
 * @param segments the concrete path, percent-decoded, segment by segment
 * @param template the path template of the operation it routes to
 * @param params the recorded query parameters (each a list of wire values); empty when the recording does not say
 * @param data the recorded {@code data}
 * @param source the file (and, for an array, the index) it comes from
 */
record RecordedAnswer(
        List<String> segments,
        String template,
        Optional<Map<String, List<String>>> params,
        JsonNode data,
        String source) {

    RecordedAnswer {
        segments = List.copyOf(segments);
        params = params.map(Map::copyOf);
    }
}
