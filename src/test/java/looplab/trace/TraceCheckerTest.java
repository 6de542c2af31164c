package looplab.trace;

import looplab.trace.TraceEvent.*;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TraceCheckerTest {

    @Test
    void handWrittenAndRandomTracesKeepEveryGuarantee() {
        for (Scenario scenario : List.of(Scenarios.threeFetches(), Scenarios.blockedLoop(), Scenarios.cancellation(),
                Scenarios.executorJob())) {
            assertEquals(List.of(), TraceChecker.problems(scenario.events()));
        }
        assertEquals(List.of(), TraceChecker.problems(RandomTrace.generate(42, 200)));
    }

    @Test
    void taskMustBeCreatedBeforeItIsScheduled() {
        List<TraceEvent> events = List.of(
                new HandleScheduled(0, 0, 10, "Task.__step", 1),
                new ProgramEnded(1, 0, 0, null));
        assertEquals(List.of("seq 0 (HandleScheduled): task 1 was not created"), TraceChecker.problems(events));
    }

    @Test
    void everyStepStartedHasItsStepEndedBeforeAnotherHandleRuns() {
        List<TraceEvent> events = List.of(
                new TaskCreated(0, 0, 1, "Task-1", "main()", -1, 1),
                new TaskCreated(1, 0, 2, "Task-2", "f()", -1, 1),
                new HandleScheduled(2, 0, 10, "Task.__step", 1),
                new HandleScheduled(3, 0, 11, "Task.__step", 2),
                new IterationStarted(4, 0, 1),
                new TaskStepStarted(5, 0, 1, 10),
                new TaskStepStarted(6, 0, 2, 11),
                new TaskStepEnded(7, 0, 2),
                new IterationEnded(8, 0, 1),
                new ProgramEnded(9, 0, 0, null));
        List<String> problems = TraceChecker.problems(events);
        assertTrue(problems.contains("seq 6 (TaskStepStarted): a handle starts while another is running"), problems.toString());
    }

    @Test
    void seqCountsFromZeroAndTimeNeverGoesBack() {
        List<TraceEvent> events = new ArrayList<>(List.of(
                new LineExecuted(0, 1.0, -1, "MainThread", 1),
                new LineExecuted(2, 0.5, -1, "MainThread", 2),
                new ProgramEnded(2, 0.5, 0, null)));
        List<String> problems = TraceChecker.problems(events);
        assertEquals(List.of("seq 2 (LineExecuted): seq should be 1",
                "seq 2 (LineExecuted): time went back from 1.0 to 0.5"), problems);
    }

    @Test
    void blockedLoopResumesWhenItsDurationHasPassed() {
        List<TraceEvent> events = List.of(
                new LoopBlocked(0, 0, 3, 2.0, -1),
                new ClockAdvanced(1, 1.0, 0, 1.0, ClockReason.BLOCKING_CALL),
                new ProgramEnded(2, 1.0, 0, null));
        assertEquals(List.of("seq 1 (ClockAdvanced): blocked loop should resume at 2.0"),
                TraceChecker.problems(events));
    }

    @Test
    void aTraceEndsWithProgramEnded() {
        assertEquals(List.of("seq ? (end): no ProgramEnded"), TraceChecker.problems(List.of()));
    }
}
