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
        return run(source, maxVirtualTime, null);
    }

    /** With the simulated network configured by {@code network} (JSON, as a PROGRAM.net.json; null: defaults). */
    static Run run(String source, double maxVirtualTime, String network) {
        TraceRecorder recorder = new TraceRecorder();
        CapturedOutput out = new CapturedOutput();
        int code = Runner.run(source, "main.py", new Runner.Options(0, maxVirtualTime, recorder).withNetwork(network), out).exitCode();
        return new Run(code, out.stdout(), out.stderr(), recorder.events());
    }

    /** TraceChecker's problems, except the missing ProgramEnded (the CLI and the window emit that one). */
    static List<String> traceProblems(Run run) {
        List<String> problems = new java.util.ArrayList<>(looplab.trace.TraceChecker.problems(run.events()));
        problems.removeIf(p -> p.contains("ProgramEnded"));
        return problems;
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
