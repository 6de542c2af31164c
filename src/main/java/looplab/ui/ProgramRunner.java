package looplab.ui;

import looplab.runtime.OutputSink;
import looplab.runtime.Runner;
import looplab.trace.TraceSink;

/** Runs the program in the editor for the window; {@link #ENGINE} in the app, a stand-in in tests. */
@FunctionalInterface
public interface ProgramRunner {
    /**
     * LoopLab's interpreter with a budget a class can wait for: 200 million instructions (a few seconds on a
     * classroom laptop, far more than any lesson needs; the command line's default of 2 billion takes half a
     * minute), and an hour of virtual time so that {@code while True: await asyncio.sleep(1)} stops too.
     */
    long INSTRUCTION_BUDGET = 200_000_000L;

    ProgramRunner ENGINE = withBudget(INSTRUCTION_BUDGET, 3600);

    static ProgramRunner withBudget(long maxInstructions, double maxVirtualTime) {
        return (source, fileName, trace, out) ->
                Runner.run(source, fileName, new Runner.Options(maxInstructions, maxVirtualTime, trace), out);
    }

    /** Called on a background thread, never the FX thread; {@code trace} and {@code out} are called from it. */
    Runner.Result run(String source, String fileName, TraceSink trace, OutputSink out);
}
