package looplab.ui;

import looplab.runtime.OutputSink;
import looplab.runtime.Runner;

/** Runs the program in the editor for the window; {@link #ENGINE} in the app, a stand-in in tests. */
@FunctionalInterface
public interface ProgramRunner {
    ProgramRunner ENGINE = (source, fileName, out) -> Runner.run(source, fileName, Runner.Options.defaults(), out);

    /** Called on a background thread, never the FX thread; {@code out} may be called from that thread. */
    Runner.Result run(String source, String fileName, OutputSink out);
}
