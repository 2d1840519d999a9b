package dev.pvecodegen.simulator.fault;

import dev.pvecodegen.schema.model.HttpMethod;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The active fault rules, consulted for every routed call. Thread-safe; limited rules are used up atomically so
 * that {@code times(1)} affects exactly one call even under parallel requests.
 */
public final class FaultInjector {

    private static final class ActiveRule {
        final FaultRule rule;
        int remaining;

        ActiveRule(FaultRule rule) {
            this.rule = rule;
            this.remaining = rule.times();
        }
    }

    private final List<ActiveRule> rules = new ArrayList<>();

    public FaultInjector(List<FaultRule> initial) {
        initial.forEach(this::inject);
    }

    /** Adds a rule; rules apply in the order they were added. */
    public synchronized FaultInjector inject(FaultRule rule) {
        if (rule.times() != 0) {
            rules.add(new ActiveRule(rule));
        }
        return this;
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** The faults for one call, in rule order, using up limited rules. */
    public synchronized List<Fault> select(HttpMethod method, String concretePath, String templatePath) {
        List<Fault> selected = new ArrayList<>();
        for (Iterator<ActiveRule> it = rules.iterator(); it.hasNext(); ) {
            ActiveRule active = it.next();
            if (active.rule.matches(method, concretePath, templatePath)) {
                selected.add(active.rule.fault());
                if (active.remaining > 0 && --active.remaining == 0) {
                    it.remove();
                }
            }
        }
        return selected;
    }
}
