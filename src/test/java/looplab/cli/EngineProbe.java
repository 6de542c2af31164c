package looplab.cli;

import looplab.runtime.OutputSink;
import looplab.runtime.Runner;

/**
 * Whether {@link Runner#run} is wired to the interpreter yet. Tests that need real Python output assume it, so
 * they run by themselves once the engine lands. Only UnsupportedOperationException counts as "not wired":
 * any other failure lets those tests run, and fail loudly.
 */
public final class EngineProbe {
    private static final OutputSink DISCARD = new OutputSink() {
        @Override
        public void stdout(String text) {
        }

        @Override
        public void stderr(String text) {
        }
    };

    private EngineProbe() {
    }

    public static boolean engineIsWired() {
        try {
            Runner.run("", "probe.py", Runner.Options.defaults(), DISCARD);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    public static final String NOT_WIRED = "needs the engine: runs by itself once Runner.run is wired";
}
