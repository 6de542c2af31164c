package looplab.ui;

import looplab.runtime.CapturedOutput;
import java.util.List;
import looplab.language.Parser;
import looplab.language.PythonSyntaxError;
import looplab.runtime.Runner;
import looplab.trace.TraceEvent;
import looplab.trace.TraceSink;

/**
 * Runs a program to completion and collects what the window needs ({@link ProgramRun}). Blocking: call it on a
 * background thread. Never throws: a syntax error, a runaway program and a failure of LoopLab itself all come
 * back as a {@link ProgramRun} that says so.
 */
public final class ProgramSession {
    /** Enough for 100,000 tasks; beyond it a runaway program would only fill the memory with its trace. */
    public static final int MAX_EVENTS = 5_000_000;

    private ProgramSession() {
    }

    public static ProgramRun run(ProgramRunner runner, String source, String fileName) {
        return run(runner, source, fileName, MAX_EVENTS);
    }

    /** As {@link #run(ProgramRunner, String, String)}, keeping at most {@code maxEvents} events (and the end). */
    static ProgramRun run(ProgramRunner runner, String source, String fileName, int maxEvents) {
        try {
            Parser.parse(source, fileName);
        } catch (PythonSyntaxError e) {
            return new ProgramRun(source, fileName, List.of(), "", e.format(fileName), 1, e, null, false);
        }
        CappedRecorder trace = new CappedRecorder(maxEvents);
        CapturedOutput out = new CapturedOutput();
        try {
            Runner.Result result = runner.run(source, fileName, trace, out);
            return new ProgramRun(source, fileName, trace.events(), out.stdout(), out.stderr(), result.exitCode(),
                    null, null, trace.truncated());
        } catch (RuntimeException | StackOverflowError e) {
            return new ProgramRun(source, fileName, trace.events(), out.stdout(), out.stderr(), -1, null,
                    RunMessages.failed(e), trace.truncated());
        }
    }

    /**
     * Keeps events up to its cap, and after a cut the program's end: the stage can then say how the program ended
     * (a runaway's "stopped by its budget") at the last step, where the window opens a program that ran out.
     */
    private static final class CappedRecorder implements TraceSink {
        private final int maxEvents;
        private final java.util.ArrayList<TraceEvent> events = new java.util.ArrayList<>();
        private boolean truncated;

        CappedRecorder(int maxEvents) {
            this.maxEvents = maxEvents;
        }

        @Override
        public synchronized void emit(TraceEvent event) {
            if (events.size() < maxEvents) {
                events.add(event);
            } else {
                truncated = true;
                if (event instanceof TraceEvent.ProgramEnded) {
                    events.add(event);
                }
            }
        }

        synchronized List<TraceEvent> events() {
            return List.copyOf(events);
        }

        synchronized boolean truncated() {
            return truncated;
        }
    }
}
