package looplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import looplab.Main;
import looplab.runtime.OutputSink;
import looplab.runtime.Runner;
import looplab.trace.TraceEmitter;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.TraceEvent.Stream;
import looplab.trace.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code looplab lessons} and {@code looplab lesson N}, with a stand-in engine that emits a small trace. */
class LessonCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Stands in for the runtime: Task-1 prints "one", sleeps 1 s, prints "two", and the program ends. */
    private static Runner.Result fakeRun(String source, String fileName, Runner.Options options, OutputSink sink) {
        double[] clock = {0};
        TraceEmitter e = new TraceEmitter(options.trace(), () -> clock[0]);
        e.taskCreated(1, "Task-1", "main", -1, 9);
        e.handleScheduled(1, "Task.__step", 1);
        e.iterationStarted(1);
        e.taskStepStarted(1, 1);
        e.outputPrinted(Stream.STDOUT, "one\n", 1);
        sink.stdout("one\n");
        e.timerScheduled(2, 1.0, 1, "sleep(1)");
        e.taskSuspended(1, WaitReason.timer(1.0, "sleep(1)"));
        e.taskStepEnded(1);
        e.iterationEnded(1);
        e.iterationStarted(2);
        clock[0] = 1.0;
        e.clockAdvanced(0, 1.0, looplab.trace.TraceEvent.ClockReason.TIMER);
        e.timerFired(2);
        e.callbackStarted(2, "futures._set_result_unless_cancelled");
        e.handleScheduled(3, "Task.__wakeup", 1);
        e.callbackEnded(2);
        e.iterationEnded(2);
        e.iterationStarted(3);
        e.taskStepStarted(1, 3);
        e.outputPrinted(Stream.STDOUT, "two\n", 1);
        sink.stdout("two\n");
        e.taskDone(1, Outcome.RESULT, "None");
        e.taskStepEnded(1);
        e.iterationEnded(3);
        e.programEnded(0, null);
        return new Runner.Result(0);
    }

    private int looplab(String... args) {
        CommandLine commandLine = Main.commandLine(LessonCommandTest::fakeRun);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void lesson(String name, String lessonMd) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("main.py"), "import asyncio\n");
        Files.writeString(folder.resolve("lesson.md"), lessonMd);
    }

    private static final String SLEEPY = """
            ---
            title: Sleepy
            summary: One task, one nap.
            level: beginner
            ---
            A task that naps.

            @when task "Task-1" waits on a timer
            Task-1 sleeps. **Nothing** is ready.

            ? text: When does "two" print?
              answer: clock-when-printed "two"
              explain: The loop jumps to the timer.

            ? choice: What prints next?
              answer: next-print
              - one
              - two

            @when the program ends
            Done.
            """;

    @Test
    void lessonsListsNumberTitleLevelAndSummary() throws IOException {
        lesson("02-sleepy", SLEEPY);
        lesson("01-first", "---\ntitle: First\n---\n");
        assertEquals(0, looplab("lessons", "--dir", dir.toString()));
        assertEquals("01  First\n02  Sleepy  (beginner)\n    One task, one nap.\n", out.toString());
    }

    @Test
    void lessonsReportsBrokenLessonsWithFileAndLineAndListsTheRest() throws IOException {
        lesson("01-first", "---\ntitle: First\n---\n@sometime\n");
        lesson("02-sleepy", SLEEPY);
        assertEquals(1, looplab("lessons", "--dir", dir.toString()));
        assertTrue(out.toString().startsWith("02  Sleepy"), out.toString());
        assertEquals(dir.resolve("01-first/lesson.md") + ":4: an anchor starts with '@when', '@at line' or '@start', "
                + "found 'sometime'\n", err.toString());
    }

    @Test
    void theRealLessonsAreListed() {
        assertEquals(0, looplab("lessons"), err.toString());
        assertTrue(out.toString().startsWith("01  Coroutines and the event loop  (beginner)\n"), out.toString());
        assertTrue(out.toString().contains("\n13  When not to use asyncio"), out.toString());
    }

    @Test
    void lessonInterleavesOutputNarrationAndQuestionsThenScores() throws IOException {
        lesson("02-sleepy", SLEEPY);
        assertEquals(0, looplab("lesson", "02", "--dir", dir.toString(), "--answers", "1.0,1"));
        assertEquals("""
                == 02 Sleepy ==
                A task that naps.
                one

                -- when task "Task-1" waits on a timer --
                Task-1 sleeps. Nothing is ready.

                ? When does "two" print?
                > 1.0
                Right: 1.0.
                The loop jumps to the timer.

                ? What prints next?
                  1) one
                  2) two
                > 1
                Not quite. The run says: two.
                two

                -- when the program ends --
                Done.

                Score: 1/2
                """, out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aLessonWhoseMomentNeverComesIsReportedAndStillRuns() throws IOException {
        lesson("03-never", "---\ntitle: Never\n---\n@when \"three\" is printed\nNo.\n");
        assertEquals(1, looplab("lesson", "3", "--dir", dir.toString()));
        assertTrue(err.toString().contains("lesson.md:4: the moment '@when \"three\" is printed' never happens"),
                err.toString());
        assertTrue(out.toString().contains("one\ntwo\n"), out.toString());
    }

    @Test
    void anUnknownLessonIsExitStatus2() throws IOException {
        lesson("02-sleepy", SLEEPY);
        assertEquals(2, looplab("lesson", "7", "--dir", dir.toString()));
        assertTrue(err.toString().contains("no lesson '7'"), err.toString());
    }

    @Test
    void aSinglePythonFileRunsAsALessonWithoutNarration() throws IOException {
        Path program = Files.writeString(dir.resolve("demo.py"), "import asyncio\n");
        assertEquals(0, looplab("lesson", program.toString()));
        assertEquals("== 00 demo.py ==\none\ntwo\n\nScore: 0/0\n", out.toString());
    }
}
