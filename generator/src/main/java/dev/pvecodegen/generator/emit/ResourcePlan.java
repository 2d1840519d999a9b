package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.generator.naming.UniqueNames;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The resource classes to generate: one per kept path, named from its segments ({@code /nodes/{node}/qemu} →
 * {@code NodesNodeQemu}), each carrying the values of every path variable on its way down.
 */
final class ResourcePlan {

    /** A path variable as a constructor argument: wire name, member name and Java type. */
    record PathVar(String wireName, String member, TypeName type) {}

    /** One resource class. */
    record Node(
            Resource resource, ClassName name, List<PathVar> vars, List<Operation> operations, List<Node> children) {

        Optional<PathSegment> lastSegment() {
            return resource.lastSegment();
        }
    }

    private static final Set<String> RESERVED_MEMBERS = Set.of("executor", "apiRequest", "request", "verb");

    private final String packageName;
    private final UniqueNames classNames = new UniqueNames(true);
    private final Predicate<Operation> keep;

    private ResourcePlan(String packageName, Predicate<Operation> keep) {
        this.packageName = packageName;
        this.keep = keep;
    }

    /**
     * Plans the tree below a root class.
     *
     * @param rootName the root class, e.g. {@code Pve}
     * @param roots the model's roots; a single {@code /} root becomes the root class itself
     */
    static Node plan(String packageName, String rootName, List<Resource> roots, Predicate<Operation> keep) {
        ResourcePlan plan = new ResourcePlan(packageName, keep);
        plan.classNames.reserve(rootName);
        plan.classNames.reserve(NamingStrategy.operationsClassName(rootName));
        ClassName root = ClassName.get(packageName, rootName);
        if (roots.size() == 1 && roots.get(0).segments().isEmpty()) {
            Resource only = roots.get(0);
            return new Node(only, root, List.of(), kept(only, keep), plan.children(only.children(), List.of()));
        }
        Resource synthetic = new Resource("/", List.of(), List.of(), roots);
        return new Node(synthetic, root, List.of(), List.of(), plan.children(roots, List.of()));
    }

    private List<Node> children(List<Resource> resources, List<PathVar> inherited) {
        List<Node> nodes = new ArrayList<>();
        for (Resource child : resources) {
            if (!hasKeptOperations(child)) {
                continue;
            }
            List<PathVar> vars = new ArrayList<>(inherited);
            if (child.lastSegment().orElse(null) instanceof PathSegment.Variable variable) {
                vars.add(new PathVar(
                        variable.name(), memberName(variable.name(), vars), variableType(child, variable.name())));
            }
            ClassName name =
                    ClassName.get(packageName, classNames.allocate(NamingStrategy.resourceClassName(child.segments())));
            nodes.add(new Node(child, name, List.copyOf(vars), kept(child, keep), children(child.children(), vars)));
        }
        return nodes;
    }

    private static String memberName(String wireName, List<PathVar> taken) {
        String name = NamingStrategy.memberName(wireName, RESERVED_MEMBERS);
        while (true) {
            String candidate = name;
            if (taken.stream().noneMatch(v -> v.member().equals(candidate))) {
                return name;
            }
            name = name + "_";
        }
    }

    private static List<Operation> kept(Resource resource, Predicate<Operation> keep) {
        return resource.operations().stream().filter(keep).toList();
    }

    private boolean hasKeptOperations(Resource resource) {
        return resource.operations().stream().anyMatch(keep)
                || resource.children().stream().anyMatch(this::hasKeptOperations);
    }

    /** {@code int}/{@code long} for integer variables (as the first operation below declares them), else String. */
    private static TypeName variableType(Resource resource, String variable) {
        for (Operation op : resource.operations()) {
            for (Parameter p : op.pathParameters()) {
                if (p.name().equals(variable)) {
                    ApiType type = p.property().type();
                    if (type instanceof ApiType.IntegerType i) {
                        return i.fitsInt() ? TypeName.INT : TypeName.LONG;
                    }
                    return JavaTypes.STRING;
                }
            }
        }
        for (Resource child : resource.children()) {
            TypeName found = variableType(child, variable);
            if (!found.equals(JavaTypes.STRING)) {
                return found;
            }
        }
        return JavaTypes.STRING;
    }
}
