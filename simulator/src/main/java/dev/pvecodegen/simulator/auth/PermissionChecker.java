package dev.pvecodegen.simulator.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.AccessState;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates an operation's {@code permissions.check} expression ({@code perm}, {@code and}, {@code or},
 * {@code userid-param}, {@code userid-group}, {@code perm-modify}) against the ACL, as
 * {@code check_api2_permissions} does. root@pam, and tokens of root@pam without privilege separation, pass;
 * everybody else needs ACL entries, API tokens with privilege separation their own.
 */
public final class PermissionChecker {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private final AccessState access;

    public PermissionChecker(AccessState access) {
        this.access = access;
    }

    /** Fails with 403 when the caller may not run {@code operation} with these parameters. */
    public void authorize(Operation operation, Identity identity, ObjectNode params) {
        Optional<String> subject = subject(identity);
        if (subject.isEmpty() || operation.permissions().check().isEmpty()) {
            return;
        }
        JsonNode expression;
        try {
            expression = Json.MAPPER.readTree(operation.permissions().check().get());
        } catch (JsonProcessingException e) {
            return;
        }
        String[] failed = {null};
        if (!evaluate(expression, subject.get(), identity.userid().orElse(""), params, failed)) {
            throw ApiError.forbidden("Permission check failed" + (failed[0] == null ? "" : " (" + failed[0] + ")"));
        }
    }

    /** A check a handler makes itself (the schema only describes it), e.g. VM.Allocate on /vms/{vmid}. */
    public boolean allowed(Identity identity, String path, String privilege) {
        Optional<String> subject = subject(identity);
        return subject.isEmpty() || access.granted(subject.get(), path, privilege);
    }

    private Optional<String> subject(Identity identity) {
        if (identity.method() == Identity.Method.NONE || identity.userid().isEmpty()) {
            return Optional.empty();
        }
        return access.aclSubject(identity.userid().get(), identity.tokenid());
    }

    private boolean evaluate(JsonNode expression, String subject, String userid, ObjectNode params, String[] failed) {
        if (!expression.isArray() || expression.isEmpty()) {
            return true;
        }
        String op = expression.get(0).asText();
        switch (op) {
            case "and" -> {
                for (int i = 1; i < expression.size(); i++) {
                    if (!evaluate(expression.get(i), subject, userid, params, failed)) {
                        return false;
                    }
                }
                return true;
            }
            case "or" -> {
                for (int i = 1; i < expression.size(); i++) {
                    if (evaluate(expression.get(i), subject, userid, params, failed)) {
                        return true;
                    }
                }
                return false;
            }
            case "perm" -> {
                return perm(expression, subject, params, failed);
            }
            case "perm-modify" -> {
                String path = substitute(expression.path(1).asText(), params);
                return path != null && check(subject, path, "Permissions.Modify", failed);
            }
            case "userid-param" -> {
                String target = params.path("userid").asText();
                if (expression.path(1).asText().equals("self")) {
                    return target.equals(userid);
                }
                String realm = target.contains("@") ? target.substring(target.indexOf('@') + 1) : "";
                return check(
                        subject, "/access/realm/" + realm, expression.path(1).asText(), failed);
            }
            case "userid-group" -> {
                for (JsonNode privilege : expression.path(1)) {
                    if (check(subject, "/access/groups", privilege.asText(), failed)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    /** {@code ["perm", path, [privs], ("any", 1) | ("require_param", name)]}. */
    private boolean perm(JsonNode expression, String subject, ObjectNode params, String[] failed) {
        boolean any = false;
        for (int i = 3; i + 1 < expression.size(); i += 2) {
            String option = expression.get(i).asText();
            if (option.equals("any")) {
                any = expression.get(i + 1).asBoolean()
                        || expression.get(i + 1).asText().equals("1");
            } else if (option.equals("require_param")
                    && !params.hasNonNull(expression.get(i + 1).asText())) {
                return false;
            }
        }
        String path = substitute(expression.path(1).asText(), params);
        if (path == null) {
            return false;
        }
        boolean allGranted = true;
        for (JsonNode privilege : expression.path(2)) {
            boolean granted = check(subject, path, privilege.asText(), failed);
            if (any && granted) {
                return true;
            }
            allGranted &= granted;
        }
        return !any && allGranted;
    }

    private boolean check(String subject, String path, String privilege, String[] failed) {
        if (access.granted(subject, path, privilege)) {
            return true;
        }
        failed[0] = path + ", " + privilege;
        return false;
    }

    /** {@code /vms/{vmid}} with the call's vmid; null when a parameter is missing. */
    private static String substitute(String template, ObjectNode params) {
        Matcher matcher = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            JsonNode value = params.get(matcher.group(1));
            if (value == null || value.isNull()) {
                return null;
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value.asText()));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
