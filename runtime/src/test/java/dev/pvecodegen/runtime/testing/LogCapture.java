package dev.pvecodegen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures everything the runtime logs (System.Logger goes to java.util.logging by default), at every level,
 * formatted as a log file would show it, including thrown exceptions with their stack traces and causes.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private static final String LOGGER = "dev.pvecodegen.runtime";

    private final Logger logger = Logger.getLogger(LOGGER);
    private final Level previous;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    private LogCapture() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    @Override
    public void publish(LogRecord record) {
        messages.add(formatter.format(record));
    }

    public List<String> messages() {
        return new ArrayList<>(messages);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
