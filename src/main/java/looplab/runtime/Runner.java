package looplab.runtime;

import looplab.trace.TraceSink;

/**
 * Runs one whole Python program, the way {@code python3 main.py} would: the single entry point that the
 * command line, the window and the tests share.
 */
public final class Runner {
    /** Exit status of a program stopped by its instruction or virtual-time budget. */
    public static final int EXIT_BUDGET = 3;

    /**
     * @param maxInstructions instruction budget (VM instructions), 0 for the default
     * @param maxVirtualTime  virtual seconds the loop may reach before the run is stopped, 0 for no limit
     */
    public record Options(long maxInstructions, double maxVirtualTime, TraceSink trace) {
        public static Options defaults() {
            return new Options(0, 0, TraceSink.NONE);
        }
    }

    /** What the program ended with: its exit status (0 ok, 1 uncaught exception or syntax error, 3 budget). */
    public record Result(int exitCode) {
    }

    private Runner() {
    }

    public static Result run(String source, String fileName, Options options, OutputSink out) {
        throw new UnsupportedOperationException("interpreter not wired yet");
    }
}
