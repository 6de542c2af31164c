package looplab.lessons;

import looplab.runtime.CapturedOutput;
import looplab.runtime.OutputSink;
import looplab.runtime.Runner;
import looplab.trace.TraceRecorder;

/** Runs a lesson's program with a {@link TraceRecorder} and lays the lesson over the trace. */
public final class LessonRunner {
    /** A lesson program that is still running at this loop time has gone wrong; stop it. */
    public static final double MAX_VIRTUAL_SECONDS = 600;
    /** The name tracebacks show, as in CPython's recording (scripts/record_corpus.py runs {@code main.py}). */
    static final String FILE_NAME = "main.py";

    /** What runs a program: {@link #RUNNER} in the product, a stand-in in tests. */
    @FunctionalInterface
    public interface Engine {
        Runner.Result run(String source, String fileName, Runner.Options options, OutputSink out);
    }

    public static final Engine RUNNER = Runner::run;

    private final Engine engine;

    public LessonRunner(Engine engine) {
        this.engine = engine;
    }

    public LessonRunner() {
        this(RUNNER);
    }

    public LessonRun run(Lesson lesson) {
        TraceRecorder recorder = new TraceRecorder();
        CapturedOutput output = new CapturedOutput();
        Runner.Options options = new Runner.Options(0, MAX_VIRTUAL_SECONDS, recorder);
        Runner.Result result = engine.run(lesson.source(), FILE_NAME, options, output);
        return LessonRun.of(lesson, recorder.events(), output.stdout(), output.stderr(), result.exitCode());
    }
}
