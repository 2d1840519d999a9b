package dev.pvecodegen.generator.bind;

import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.generator.naming.UniqueNames;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The resource classes: one per path with generated operations below it, named from its segments
 * ({@code /nodes/{node}/qemu} → {@code NodesNodeQemu}), each carrying the values of every path variable on its
 * way down, with its operations and the navigation methods to its children.
 */
final class ResourceBinder {
    private static final Set<String> RESERVED_MEMBERS = Set.of("executor", "apiRequest", "request", "verb");

    private final Predicate<Operation> keep;
    private final Function<Operation, BoundOperation> operations;
    private final UniqueNames classNames = new UniqueNames(true);

    /**
     * @param keep which operations to generate
     * @param operations binds one kept operation
     */
    ResourceBinder(Predicate<Operation> keep, Function<Operation, BoundOperation> operations) {
        this.keep = keep;
        this.operations = operations;
    }

    /**
     * The tree below the root class.
     *
     * @param rootName the root class, e.g. {@code Pve}
     * @param reserved other class names of the root package ({@code PveOperations})
     * @param roots the model's roots; a single {@code /} root becomes the root class itself
     */
    BoundResource bind(String rootName, List<String> reserved, List<Resource> roots) {
        classNames.reserve(rootName);
        reserved.forEach(classNames::reserve);
        if (roots.size() == 1 && roots.get(0).segments().isEmpty()) {
            Resource only = roots.get(0);
            return resource(only, rootName, true, List.of(), only.children());
        }
        return resource(new Resource("/", List.of(), List.of(), roots), rootName, true, List.of(), roots);
    }

    private BoundResource resource(
            Resource resource, String name, boolean root, List<PathVariable> variables, List<Resource> children) {
        List<BoundOperation> bound =
                resource.operations().stream().filter(keep).map(operations).toList();
        List<BoundResource> kids = new ArrayList<>();
        for (Resource child : children) {
            if (!hasKeptOperations(child)) {
                continue;
            }
            List<PathVariable> vars = new ArrayList<>(variables);
            if (child.lastSegment().orElse(null) instanceof PathSegment.Variable variable) {
                vars.add(new PathVariable(
                        variable.name(), memberName(variable.name(), vars), variableType(child, variable.name())));
            }
            String childName = classNames.allocate(NamingStrategy.resourceClassName(child.segments()));
            kids.add(resource(child, childName, false, vars, child.children()));
        }
        return new BoundResource(name, resource.path(), root, variables, bound, navigation(root, bound, kids), kids);
    }

    /**
     * Navigation methods: one per child (a variable child takes its value), then the shortcut {@code qemu(int)} for
     * a literal child with exactly one variable child. A name already used by an operation or another navigation
     * method gets a trailing {@code _}.
     */
    private static List<BoundNavigation> navigation(
            boolean root, List<BoundOperation> operations, List<BoundResource> children) {
        Set<String> signatures = new HashSet<>();
        if (root) {
            signatures.add("executor()");
        }
        for (BoundOperation op : operations) {
            signatures.add(op.method() + "("
                    + op.request().map(r -> "request " + r.name()).orElse("") + ")");
            if (op.withoutArguments()) {
                signatures.add(op.method() + "()");
            }
        }
        List<BoundNavigation> methods = new ArrayList<>();
        List<BoundNavigation> shortcuts = new ArrayList<>();
        for (BoundResource child : children) {
            String last = child.path().substring(child.path().lastIndexOf('/') + 1);
            if (last.startsWith("{")) {
                PathVariable var = child.variables().get(child.variables().size() - 1);
                String name = free(
                        signatures,
                        NamingStrategy.memberName(var.wireName()),
                        var.type().text());
                methods.add(new BoundNavigation(name, child.name(), child.path(), Optional.of(var)));
                continue;
            }
            String name = free(signatures, NamingStrategy.memberName(last), "");
            methods.add(new BoundNavigation(name, child.name(), child.path(), Optional.empty()));
            List<BoundResource> items = child.children().stream()
                    .filter(c -> c.path().endsWith("}"))
                    .toList();
            if (items.size() == 1) {
                BoundResource item = items.get(0);
                PathVariable var = item.variables().get(item.variables().size() - 1);
                shortcuts.add(new BoundNavigation(name, item.name(), item.path(), Optional.of(var)));
            }
        }
        for (BoundNavigation shortcut : shortcuts) {
            if (signatures.add(shortcut.method() + "("
                    + shortcut.argument().orElseThrow().type().text() + ")")) {
                methods.add(shortcut);
            }
        }
        return methods;
    }

    private static String free(Set<String> signatures, String name, String parameter) {
        String candidate = name;
        while (!signatures.add(candidate + "(" + parameter + ")")) {
            candidate = candidate + "_";
        }
        return candidate;
    }

    private static String memberName(String wireName, List<PathVariable> taken) {
        String name = NamingStrategy.memberName(wireName, RESERVED_MEMBERS);
        while (true) {
            String candidate = name;
            if (taken.stream().noneMatch(v -> v.member().equals(candidate))) {
                return name;
            }
            name = name + "_";
        }
    }

    private boolean hasKeptOperations(Resource resource) {
        return resource.operations().stream().anyMatch(keep)
                || resource.children().stream().anyMatch(this::hasKeptOperations);
    }

    /** {@code int}/{@code long} for integer variables (as the first operation below declares them), else String. */
    private static JavaType.Scalar variableType(Resource resource, String variable) {
        for (Operation op : resource.operations()) {
            for (Parameter p : op.pathParameters()) {
                if (p.name().equals(variable)) {
                    return p.property().type().accept(PATH_TYPE);
                }
            }
        }
        for (Resource child : resource.children()) {
            JavaType.Scalar found = variableType(child, variable);
            if (found != JavaType.Scalar.STRING) {
                return found;
            }
        }
        return JavaType.Scalar.STRING;
    }

    private static final ApiType.Visitor<JavaType.Scalar> PATH_TYPE = new TypeVisitor<>() {
        @Override
        protected JavaType.Scalar otherwise(ApiType type) {
            return JavaType.Scalar.STRING;
        }

        @Override
        public JavaType.Scalar visitIntegerType(ApiType.IntegerType type) {
            return type.fitsInt() ? JavaType.Scalar.INTEGER : JavaType.Scalar.LONG;
        }
    };
}
