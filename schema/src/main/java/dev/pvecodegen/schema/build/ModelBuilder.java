package dev.pvecodegen.schema.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.ExcludedSubtree;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Resource;
import dev.pvecodegen.schema.model.SchemaSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the intermediate model from a validated apidoc tree. All normalisation happens here, once; every problem
 * is collected and reported together, and no partial model is ever returned.
 */
public final class ModelBuilder {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}/]+)}");
    /** PBS HTTP/2 protocol trees (§2.1): backup and restore sessions, not REST calls. */
    private static final String UPGRADE_SEGMENT = "_upgrade_";

    static final String UPGRADE_REASON =
            "HTTP/2 protocol upgrade tree (backup/restore session protocol), " + "not REST calls";

    private final ProblemCollector problems = new ProblemCollector();
    private final PropertyStringDeduplicator formats = new PropertyStringDeduplicator();
    private final List<ExcludedSubtree> excluded = new ArrayList<>();
    private final Set<String> seenPaths = new HashSet<>();
    private TypeBuilder types;
    private OperationBuilder operations;

    private ModelBuilder() {}

    /**
     * Builds the model of a schema.
     *
     * @param tree the JSON array of root nodes (already validated against the meta-schema)
     * @param source name and checksum of the input
     * @throws SchemaException with every problem when the tree cannot be modelled
     */
    public static ApiModel build(JsonNode tree, SchemaSource source) throws SchemaException {
        return build(tree, source, Provenance.none());
    }

    /**
     * Builds the model of a tree that supplements may have changed.
     *
     * @param provenance which subtrees supplement entries wrote, so that their properties carry that origin
     */
    public static ApiModel build(JsonNode tree, SchemaSource source, Provenance provenance) throws SchemaException {
        return new ModelBuilder().run(tree, source, provenance);
    }

    /** The dialect a tree is written in, as the builder decides it. */
    public static Dialect dialectOf(JsonNode tree) {
        return DialectDetector.detect(tree);
    }

    private ApiModel run(JsonNode tree, SchemaSource source, Provenance provenance) throws SchemaException {
        if (!tree.isArray()) {
            problems.add(Site.root(), "the schema must be a JSON array of root nodes");
            throw new SchemaException(source.name(), problems.problems());
        }
        Dialect dialect = DialectDetector.detect(tree);
        types = new TypeBuilder(dialect, problems, formats, provenance);
        operations = new OperationBuilder(types);
        List<Resource> roots = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            Resource root = resource(tree.get(i), Site.root().child(i));
            if (root != null) {
                roots.add(root);
            }
        }
        if (!problems.problems().isEmpty()) {
            throw new SchemaException(source.name(), problems.problems());
        }
        return new ApiModel(source, dialect, roots, excluded, formats.formats(), problems.warnings());
    }

    /** The resource for a node, or null when it is excluded or unusable (a problem is then recorded). */
    private Resource resource(JsonNode node, Site site) {
        if (!node.isObject() || !node.path("path").isTextual()) {
            problems.add(site, "a tree node must be an object with a string 'path'");
            return null;
        }
        String path = node.get("path").textValue();
        Site nodeSite = site.at(path, null);
        List<PathSegment> segments = segments(path, nodeSite);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).text().equals(UPGRADE_SEGMENT)) {
            excluded.add(new ExcludedSubtree(path, countOperations(node, 0), UPGRADE_REASON));
            return null;
        }
        if (!seenPaths.add(path)) {
            problems.add(nodeSite.child("path"), "duplicate path " + path);
        }
        List<Operation> ops = new ArrayList<>();
        JsonNode info = node.get("info");
        if (info != null && info.isObject()) {
            for (Map.Entry<String, JsonNode> entry : info.properties()) {
                Site opSite = nodeSite.child("info").child(entry.getKey());
                HttpMethod method = method(entry.getKey(), opSite);
                if (method != null && entry.getValue().isObject()) {
                    ops.add(operations.build(method, path, segments, entry.getValue(), opSite));
                } else if (method != null) {
                    problems.add(opSite, "an operation must be an object");
                }
            }
        }
        ops.sort(Comparator.comparing(Operation::method));
        List<Resource> children = new ArrayList<>();
        JsonNode childNodes = node.get("children");
        if (childNodes != null && childNodes.isArray()) {
            for (int i = 0; i < childNodes.size(); i++) {
                Resource child =
                        resource(childNodes.get(i), site.child("children").child(i));
                if (child != null) {
                    children.add(child);
                }
            }
        }
        return new Resource(path, segments, ops, children);
    }

    private HttpMethod method(String key, Site site) {
        try {
            return HttpMethod.valueOf(key);
        } catch (IllegalArgumentException e) {
            problems.add(site, "unknown HTTP method '" + key + "' (expected GET, POST, PUT or DELETE)");
            return null;
        }
    }

    private List<PathSegment> segments(String path, Site site) {
        List<PathSegment> segments = new ArrayList<>();
        if (!path.startsWith("/")) {
            problems.add(site.child("path"), "path '" + path + "' is not absolute");
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            Matcher m = VARIABLE.matcher(part);
            if (m.matches()) {
                segments.add(new PathSegment.Variable(m.group(1)));
            } else if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
                problems.add(site.child("path"), "segment '" + part + "' mixes a variable with literal text");
                segments.add(new PathSegment.Literal(part));
            } else {
                segments.add(new PathSegment.Literal(part));
            }
        }
        return segments;
    }

    private static int countOperations(JsonNode node, int depth) {
        int count = node.path("info").isObject() ? node.get("info").size() : 0;
        JsonNode children = node.get("children");
        if (children != null && children.isArray() && depth < 256) {
            for (JsonNode child : children) {
                count += countOperations(child, depth + 1);
            }
        }
        return count;
    }
}
