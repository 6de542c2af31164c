package looplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import looplab.trace.TraceChecker;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.CancellationDelivered;
import looplab.trace.TraceEvent.ClockAdvanced;
import looplab.trace.TraceEvent.ExceptionRaised;
import looplab.trace.TraceEvent.ExecutorJobStarted;
import looplab.trace.TraceEvent.LineExecuted;
import looplab.trace.TraceEvent.LoopBlocked;
import looplab.trace.TraceEvent.OutputPrinted;
import looplab.trace.TraceEvent.ProgramEnded;
import looplab.trace.TraceEvent.TaskCreated;
import looplab.trace.TraceEvent.TaskDone;
import looplab.trace.TraceEvent.TaskStepStarted;
import looplab.trace.LoopState;
import looplab.trace.TraceEvent.TaskSuspended;
import looplab.trace.WaitReason;
import org.junit.jupiter.api.Test;

class AnchorTest {
    private final TraceFacts fetches = new TraceFacts(HandTraces.twoFetches());
    private final TraceFacts cancelled = new TraceFacts(HandTraces.blockedThenCancelled());
    private final TraceFacts executor = new TraceFacts(HandTraces.executorJob());

    private static Anchor anchor(String text) throws LessonFormatException {
        return AnchorParser.parse(text, 1);
    }

    private static int find(TraceFacts trace, String anchor) throws LessonFormatException {
        return anchor(anchor).find(trace, 0);
    }

    @Test
    void handBuiltTracesKeepTheTraceGuarantees() {
        assertEquals(List.of(), TraceChecker.problems(HandTraces.twoFetches()));
        assertEquals(List.of(), TraceChecker.problems(HandTraces.blockedThenCancelled()));
        assertEquals(List.of(), TraceChecker.problems(HandTraces.executorJob()));
    }

    @Test
    void startIsTheFirstEvent() throws LessonFormatException {
        assertEquals(0, find(fetches, "start"));
    }

    @Test
    void atLineFindsTheLineStartingAndItsNextTimeAfterAnEarlierMoment() throws LessonFormatException {
        int first = find(fetches, "at line 4");
        TraceEvent event = fetches.event(first);
        assertEquals(4, ((LineExecuted) event).line());
        assertEquals(2, ((LineExecuted) event).taskId());
        int second = anchor("at line 4").find(fetches, first + 1);
        assertEquals(3, ((LineExecuted) fetches.event(second)).taskId());
    }

    @Test
    void taskWaitsOnATimerIsTheEndOfTheStepThatSuspendedIt() throws LessonFormatException {
        int at = find(fetches, "when task \"Task-3\" waits on a timer");
        TraceEvent.TaskStepEnded ended = assertInstanceOf(TraceEvent.TaskStepEnded.class, fetches.event(at));
        assertEquals(3, ended.taskId());
        int suspension = at - 1;
        while (!(fetches.event(suspension) instanceof TaskSuspended)) {
            suspension--;
        }
        TaskSuspended suspended = (TaskSuspended) fetches.event(suspension);
        assertEquals(3, suspended.taskId());
        assertEquals(WaitReason.Kind.TIMER, suspended.reason().kind());
        assertEquals(LoopState.TaskState.WAITING, fetches.stateAt(at).task(3).state());
    }

    @Test
    void aWaitOfAnotherKindDoesNotMatch() throws LessonFormatException {
        assertEquals(-1, find(fetches, "when task \"Task-2\" waits on I/O"));
        int at = find(fetches, "when task \"main\" waits on a future");
        assertEquals(1, ((TraceEvent.TaskStepEnded) fetches.event(at)).taskId());
    }

    @Test
    void aCoroutineNameMeansTheFirstTaskRunningIt() throws LessonFormatException {
        int at = find(fetches, "when task \"fetch\" starts");
        assertEquals(2, ((TaskStepStarted) fetches.event(at)).taskId());
    }

    @Test
    void taskIsCreatedAndFinishes() throws LessonFormatException {
        assertEquals(3, ((TaskCreated) fetches.event(find(fetches, "when task \"Task-3\" is created"))).taskId());
        TaskDone done = (TaskDone) fetches.event(find(fetches, "when task \"Task-3\" finishes"));
        assertEquals(3, done.taskId());
    }

    @Test
    void clockReachesIsTheJumpToThatTime() throws LessonFormatException {
        ClockAdvanced jump = assertInstanceOf(ClockAdvanced.class, fetches.event(find(fetches, "when clock reaches 1.0")));
        assertEquals(1.0, jump.to());
        assertEquals(-1, find(fetches, "when clock reaches 2"));
    }

    @Test
    void printedMatchesAWholeLine() throws LessonFormatException {
        OutputPrinted printed = (OutputPrinted) fetches.event(find(fetches, "when \"Done 1\" is printed"));
        assertEquals("Done 1\n", printed.text());
        assertEquals(-1, find(fetches, "when \"Done\" is printed"));
    }

    @Test
    void cancellationLandsWhereCancelledErrorIsThrownIn() throws LessonFormatException {
        CancellationDelivered landed = (CancellationDelivered) cancelled.event(
                find(cancelled, "when task \"work\" is cancelled"));
        assertEquals(2, landed.taskId());
        assertEquals(5, landed.line());
        assertEquals(find(cancelled, "when task \"work\" is cancelled"), find(cancelled, "when any task is cancelled"));
        assertEquals(-1, find(fetches, "when any task is cancelled"));
    }

    @Test
    void blockedLoopExceptionsExecutorAndTheEnd() throws LessonFormatException {
        assertInstanceOf(LoopBlocked.class, cancelled.event(find(cancelled, "when the loop is blocked")));
        assertInstanceOf(ExceptionRaised.class, cancelled.event(find(cancelled, "when \"CancelledError\" is raised")));
        assertInstanceOf(ExceptionRaised.class, cancelled.event(find(cancelled, "when an exception is raised")));
        assertEquals(-1, find(cancelled, "when \"ValueError\" is raised"));
        assertInstanceOf(ExecutorJobStarted.class, executor.event(find(executor, "when an executor job starts")));
        assertEquals(fetches.size() - 1, find(fetches, "when the program ends"));
        assertInstanceOf(ProgramEnded.class, fetches.event(find(fetches, "when the program ends")));
    }

    @Test
    void aMomentBeforeFromIsNotFound() throws LessonFormatException {
        int created = find(fetches, "when task \"Task-2\" is created");
        assertEquals(-1, anchor("when task \"Task-2\" is created").find(fetches, created + 1));
    }

    @Test
    void everyAnchorReadsBackAsWritten() throws LessonFormatException {
        for (String text : List.of("start", "at line 7", "when task \"fetch(0)\" starts",
                "when task \"Task-2\" waits", "when task \"Task-2\" waits on a timer", "when task \"T\" waits on I/O",
                "when task \"T\" waits on an executor", "when task \"T\" is created", "when task \"T\" is cancelled",
                "when any task is cancelled", "when task \"T\" finishes", "when clock reaches 1.5",
                "when \"Done 0\" is printed", "when \"ValueError\" is raised", "when an exception is raised",
                "when the loop is blocked", "when an executor job starts", "when the program ends")) {
            assertEquals(text, anchor(text).text());
            assertEquals(anchor(text), anchor(anchor(text).text()), text);
        }
    }

    @Test
    void mistakesNameWhatWasExpected() {
        assertError("when task Task-2 starts", "expected a task name in double quotes, found 'Task-2'");
        assertError("when task \"T\" sleeps", "after the task: starts, waits, waits on KIND, finishes, is created "
                + "or is cancelled, found 'sleeps'");
        assertError("when task \"T\" waits on a nap", "unknown thing to wait on: 'nap' (timer, task, future, I/O, lock, "
                + "semaphore, event, condition, queue, executor)");
        assertError("at line seven", "expected a line number (a whole number from 1), not 'seven'");
        assertError("at line 0", "expected a line number (a whole number from 1), not '0'");
        assertError("when clock reaches soon", "expected a time in seconds, not 'soon'");
        assertError("when \"Done 0\" is printed twice", "unexpected 'twice' at the end");
        assertError("when \"Done 0 is printed", "unterminated string: a \" is missing");
        assertError("whenever", "an anchor starts with '@when', '@at line' or '@start', found 'whenever'");
        assertError("when the moon rises", "expected 'loop' or 'program' after 'the', found 'moon'");
    }

    private static void assertError(String anchor, String message) {
        LessonFormatException error = org.junit.jupiter.api.Assertions.assertThrows(LessonFormatException.class,
                () -> AnchorParser.parse(anchor, 12));
        assertEquals(message, error.getMessage());
        assertEquals(12, error.line());
    }
}
