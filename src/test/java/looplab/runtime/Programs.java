package looplab.runtime;

import looplab.trace.TraceEvent;
import looplab.trace.TraceRecorder;

import java.util.List;

/** Runs a Python program through {@link Runner} in-process, capturing its output and its trace. */
final class Programs {
    private Programs() {
    }

    record Run(int exitCode, String stdout, String stderr, List<TraceEvent> events) {
    }

    static Run run(String source) {
        return run(source, 0);
    }

    static Run run(String source, double maxVirtualTime) {
        TraceRecorder recorder = new TraceRecorder();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                err.append(text);
            }
        };
        int code = Runner.run(source, "main.py", new Runner.Options(0, maxVirtualTime, recorder), sink).exitCode();
        return new Run(code, out.toString(), err.toString(), recorder.events());
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
