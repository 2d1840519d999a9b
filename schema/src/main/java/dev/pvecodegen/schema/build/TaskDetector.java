package dev.pvecodegen.schema.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an operation starts a task and returns its UPID (format reference §8.2). PVE never says so:
 * a string return described as a task id, or an undescribed string returned by a non-GET call, is a task, except
 * for three known non-task calls. PBS gives task returns the UPID pattern; its one GET with that pattern
 * ({@code apt/changelog}) is a schema error (it returns text).
 */
final class TaskDetector {

    private static final Pattern TASK_DESCRIPTION = Pattern.compile("task id|upid", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_TASKS = Set.of(
            "POST /cluster/sdn/lock",
            "POST /nodes/{node}/qemu/{vmid}/monitor",
            "POST /nodes/{node}/replication/{id}/schedule_now",
            "GET /nodes/{node}/apt/changelog");

    private TaskDetector() {}

    static boolean isTask(Dialect dialect, HttpMethod method, String path, JsonNode returns) {
        if (returns == null
                || !returns.isObject()
                || !"string".equals(returns.path("type").asText(null))) {
            return false;
        }
        if (NOT_TASKS.contains(method + " " + path)) {
            return false;
        }
        String pattern = returns.path("pattern").asText("");
        if (pattern.contains("UPID:")) {
            return true;
        }
        if (dialect == Dialect.PBS) {
            return false;
        }
        JsonNode description = returns.get("description");
        if (description != null && description.isTextual()) {
            return TASK_DESCRIPTION.matcher(description.textValue()).find();
        }
        return method != HttpMethod.GET;
    }
}
