package looplab.cli;

import looplab.runtime.OutputSink;
import looplab.runtime.Runner;

/** Runs one program for the {@code run} command; {@link #RUNNER} in the product, a stand-in in tests. */
@FunctionalInterface
public interface ProgramEngine {
    ProgramEngine RUNNER = Runner::run;

    Runner.Result run(String source, String fileName, Runner.Options options, OutputSink out);
}
