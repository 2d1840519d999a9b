package dev.pvecodegen.generator.diff;

import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.bind.Binder;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Operation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares two intermediate models and reports every change that matters to users of the generated client.
 * Operations are matched by method and path, so a renamed path is one operation removed and one added (the
 * removal names a likely successor when {@link RenameHints} finds one). Both are also bound, and a generated class
 * that is renamed or merged with another is reported with its old and new name ({@link BindingComparison}).
 */
public final class SchemaDiff {

    private SchemaDiff() {}

    public static DiffReport compare(ApiModel oldModel, ApiModel newModel) {
        Map<Location, Operation> oldOperations = byLocation(oldModel);
        Map<Location, Operation> newOperations = byLocation(newModel);
        ChangeCollector out = new ChangeCollector();
        OperationComparison operations = new OperationComparison(out);
        List<Location> added = newOperations.keySet().stream()
                .filter(k -> !oldOperations.containsKey(k))
                .toList();
        RenameHints hints = new RenameHints(List.copyOf(newOperations.keySet()));
        int removed = 0;
        int common = 0;
        for (Map.Entry<Location, Operation> entry : oldOperations.entrySet()) {
            Operation newOperation = newOperations.get(entry.getKey());
            if (newOperation == null) {
                removed++;
                out.add(
                        ChangeKind.OPERATION_REMOVED,
                        entry.getKey(),
                        "operation removed"
                                + hints.successor(entry.getKey())
                                        .map(s -> " (see `" + s.operationKey() + "`)")
                                        .orElse(""),
                        "the generated method disappears: code calling it no longer compiles");
            } else {
                common++;
                operations.compare(entry.getValue(), newOperation);
            }
        }
        BindingComparison.compare(bind(oldModel), bind(newModel), out);
        for (Location location : added) {
            Operation operation = newOperations.get(location);
            out.add(
                    ChangeKind.OPERATION_ADDED,
                    location,
                    "operation added" + (operation.isTask() ? " (starts a task)" : ""),
                    "new method on the generated client");
        }
        SupplementComparison.compare(oldModel, newModel, out);
        return new DiffReport(
                oldModel.source(),
                newModel.source(),
                new DiffReport.OperationCounts(added.size(), removed, common),
                out.changes());
    }

    /** The client a schema gives with the generator's own names; the package does not matter for names. */
    private static BoundModel bind(ApiModel model) {
        return Binder.bind(model, GeneratorOptions.defaults("diff"));
    }

    private static Map<Location, Operation> byLocation(ApiModel model) {
        Map<Location, Operation> byLocation = new TreeMap<>();
        model.operations().forEach(op -> byLocation.putIfAbsent(Location.operation(op.method(), op.path()), op));
        return byLocation;
    }
}
