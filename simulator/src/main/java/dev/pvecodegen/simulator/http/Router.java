package dev.pvecodegen.simulator.http;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Resource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the operation for a concrete path, as the server's handler tree does: literal segments win over
 * variables, a variable matches any one (percent-decoded) segment.
 */
public final class Router {

    /** A matched operation and the values of its path variables. */
    public record Route(Operation operation, Map<String, String> pathVariables) {
        public Route {
            pathVariables = Map.copyOf(pathVariables);
        }
    }

    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        final List<Map.Entry<String, Node>> variables = new ArrayList<>();
        final Map<HttpMethod, Operation> operations = new EnumMap<>(HttpMethod.class);

        Node child(PathSegment segment) {
            if (segment instanceof PathSegment.Variable variable) {
                for (Map.Entry<String, Node> entry : variables) {
                    if (entry.getKey().equals(variable.name())) {
                        return entry.getValue();
                    }
                }
                Node node = new Node();
                variables.add(Map.entry(variable.name(), node));
                return node;
            }
            return literals.computeIfAbsent(segment.text(), key -> new Node());
        }
    }

    private final Node root = new Node();

    public Router(ApiModel model) {
        for (Resource resource : model.resources()) {
            Node node = root;
            for (PathSegment segment : resource.segments()) {
                node = node.child(segment);
            }
            for (Operation operation : resource.operations()) {
                node.operations.put(operation.method(), operation);
            }
        }
    }

    public Optional<Route> route(HttpMethod method, List<String> segments) {
        Map<String, String> variables = new LinkedHashMap<>();
        Operation found = match(root, segments, 0, method, variables);
        return found == null ? Optional.empty() : Optional.of(new Route(found, variables));
    }

    private Operation match(
            Node node, List<String> segments, int index, HttpMethod method, Map<String, String> variables) {
        if (index == segments.size()) {
            return node.operations.get(method);
        }
        String segment = segments.get(index);
        Node literal = node.literals.get(segment);
        if (literal != null) {
            Operation found = match(literal, segments, index + 1, method, variables);
            if (found != null) {
                return found;
            }
        }
        for (Map.Entry<String, Node> variable : node.variables) {
            variables.put(variable.getKey(), segment);
            Operation found = match(variable.getValue(), segments, index + 1, method, variables);
            if (found != null) {
                return found;
            }
            variables.remove(variable.getKey());
        }
        return null;
    }
}
