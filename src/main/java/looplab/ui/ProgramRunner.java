package looplab.ui;

import looplab.runtime.OutputSink;
import looplab.runtime.Runner;
import looplab.trace.TraceSink;

/** Runs the program in the editor for the window; {@link #ENGINE} in the app, a stand-in in tests. */
@FunctionalInterface
public interface ProgramRunner {
    /**
     * LoopLab's interpreter with a budget: enough instructions for any lesson, and an hour of virtual time so that
     * {@code while True: await asyncio.sleep(1)} stops too.
     */
    ProgramRunner ENGINE = (source, fileName, trace, out) ->
            Runner.run(source, fileName, new Runner.Options(0, 3600, trace), out);

    /** Called on a background thread, never the FX thread; {@code trace} and {@code out} are called from it. */
    Runner.Result run(String source, String fileName, TraceSink trace, OutputSink out);
}
