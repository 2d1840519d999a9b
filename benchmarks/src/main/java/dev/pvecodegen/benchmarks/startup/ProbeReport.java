package dev.pvecodegen.benchmarks.startup;

/**
 * What the start-up probes print after their one request, for run.sh: the answer (so a wrong one is noticed) and,
 * with {@code --memory}, the heap in use after a full collection. Loaded classes are counted by run.sh from
 * {@code -Xlog:class+load}, which unlike the management beans loads nothing into the probe itself.
 */
final class ProbeReport {
    private ProbeReport() {}

    static void print(String answer, String[] args) {
        System.out.println("answer=" + answer);
        if (args.length > 1 && args[1].equals("--memory")) {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            System.out.println("heap_used_bytes=" + (runtime.totalMemory() - runtime.freeMemory()));
        }
    }

    static int port(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: <probe> PORT [--memory]");
            System.exit(1);
        }
        return Integer.parseInt(args[0]);
    }
}
