package dev.pvecodegen.benchmarks.javac;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What compiling a set of sources costs javac itself, as a figure that the load of a shared machine does not move:
 * the bytes javac's thread allocates for one compilation, in a JVM whose compiler is already warm (the last of
 * {@code repetitions} compilations; its CPU time is printed too). A cold {@code javac} adds the JIT compiling
 * javac and the collector's threads, which is what the CPU time of compare.sh's cold run shows.
 *
 * <p>{@code java -cp benchmarks.jar dev.pvecodegen.benchmarks.javac.CompileCost CLASSPATH SOURCES-LIST [REPETITIONS]}
 * (SOURCES-LIST: one source path per line). Sources of one kind can be measured alone against the classes of the
 * rest: compile everything once into a directory and add it to CLASSPATH.
 */
public final class CompileCost {

    private CompileCost() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CompileCost CLASSPATH SOURCES-LIST [REPETITIONS]");
            System.exit(1);
        }
        List<String> sources = Files.readAllLines(Path.of(args[1]));
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 1; i <= repetitions; i++) {
            Path out = Files.createTempDirectory("compile-cost");
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getThreadAllocatedBytes(thread);
            try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
                List<String> options = List.of(
                        "-d",
                        out.toString(),
                        "-cp",
                        args[0],
                        "--release",
                        "17",
                        "-encoding",
                        "UTF-8",
                        "-nowarn",
                        "-proc:none");
                if (!javac.getTask(null, files, null, options, null, files.getJavaFileObjectsFromStrings(sources))
                        .call()) {
                    throw new IllegalStateException("compilation failed");
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "compilation %d of %d: %d MB allocated, %.2f s CPU%n",
                    i,
                    repetitions,
                    (threads.getThreadAllocatedBytes(thread) - allocated) >> 20,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
