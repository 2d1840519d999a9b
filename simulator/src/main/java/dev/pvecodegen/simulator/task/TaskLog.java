package dev.pvecodegen.simulator.task;

/** Where task work writes its log lines. */
@FunctionalInterface
public interface TaskLog {
    void line(String text);
}
