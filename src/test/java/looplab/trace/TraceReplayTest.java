package looplab.trace;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class TraceReplayTest {

    @Test
    void stateAtEveryIndexEqualsReplayingOneEventAtATime() {
        List<TraceEvent> events = RandomTrace.generate(42, 200);
        TraceReplay replay = new TraceReplay(events);
        assertTrue(events.size() > 4 * TraceReplay.CHECKPOINT_INTERVAL, "the trace spans several checkpoints");

        LoopState folded = LoopState.initial();
        for (int i = 0; i < events.size(); i++) {
            folded = folded.next(events.get(i));
            assertEquals(folded, replay.stateAt(i), "state after event " + i);
        }
        assertEquals(201, folded.doneTasks().size());
        assertNotNull(folded.ended());
    }

    @Test
    void randomTraceExercisesCancellationBlockingAndFailures() {
        LoopState end = new TraceReplay(RandomTrace.generate(42, 200)).stateAt(
                RandomTrace.generate(42, 200).size() - 1);
        assertFalse(end.cancelledTasks().isEmpty());
        assertTrue(end.doneTasks().stream().anyMatch(t -> t.outcome() == TraceEvent.Outcome.EXCEPTION));
    }

    /** A rough timing, printed for the record; only correctness is asserted so that a slow machine cannot fail it. */
    @Test
    void stateAtOnAThousandTaskTraceIsFastEnoughToScrub() {
        List<TraceEvent> events = RandomTrace.generate(7, 1000);
        long built = System.nanoTime();
        TraceReplay replay = new TraceReplay(events);
        long buildNanos = System.nanoTime() - built;
        Random random = new Random(1);
        for (int warmup = 0; warmup < 200; warmup++) {
            replay.stateAt(random.nextInt(events.size()));
        }
        int calls = 500;
        long worst = 0;
        long total = 0;
        LoopState last = null;
        for (int i = 0; i < calls; i++) {
            int index = random.nextInt(events.size());
            long start = System.nanoTime();
            last = replay.stateAt(index);
            long took = System.nanoTime() - start;
            total += took;
            worst = Math.max(worst, took);
            assertEquals(index, last.eventIndex());
        }
        System.out.printf("TraceReplay on %d events / 1000 tasks: build %.1f ms, stateAt mean %.2f ms, worst %.2f ms%n",
                events.size(), buildNanos / 1e6, total / 1e6 / calls, worst / 1e6);
        assertEquals(1001, replay.stateAt(replay.end()).doneTasks().size());
    }

    @Test
    void lineGrainStopsAtEachExecutedLine() {
        Scenario s = Scenarios.blockedLoop();
        TraceReplay replay = s.replay();
        int first = replay.nextLine(-1);
        int second = replay.nextLine(first);
        int third = replay.nextLine(second);

        assertEquals(0, first);
        assertEquals(5, lineOf(replay, second));
        assertEquals(6, lineOf(replay, third));
        assertEquals(second, replay.previousLine(third));
        assertEquals(7, lineOf(replay, replay.nextLine(s.index("blocked"))));
    }

    @Test
    void taskStepGrainStopsWhereTheLoopRunsAHandle() {
        Scenario s = Scenarios.threeFetches();
        TraceReplay replay = s.replay();
        int index = s.index("woken");
        int firstOfIteration4 = replay.nextTaskStep(index);
        int next = replay.nextTaskStep(firstOfIteration4);

        assertEquals(2, ((TraceEvent.TaskStepStarted) replay.event(firstOfIteration4)).taskId());
        assertEquals(s.index("task3running"), next);
        assertEquals(firstOfIteration4, replay.previousTaskStep(next));
        int callback = replay.previousTaskStep(firstOfIteration4);
        assertInstanceOf(TraceEvent.CallbackStarted.class, replay.event(callback));
    }

    @Test
    void iterationGrainStopsAtEachRunOnce() {
        Scenario s = Scenarios.threeFetches();
        TraceReplay replay = s.replay();
        int at = -1;
        for (int iteration = 1; iteration <= 5; iteration++) {
            at = replay.nextIteration(at);
            assertEquals(iteration, ((TraceEvent.IterationStarted) replay.event(at)).iteration());
        }
        assertEquals(replay.end(), replay.nextIteration(at), "no more iterations: the end");
        assertEquals(4, ((TraceEvent.IterationStarted) replay.event(replay.previousIteration(at))).iteration());
    }

    @Test
    void navigationStaysInsideTheTrace() {
        TraceReplay replay = Scenarios.cancellation().replay();
        assertEquals(0, replay.previousLine(0));
        assertEquals(0, replay.previousIteration(replay.nextIteration(-1)));
        assertEquals(replay.end(), replay.nextTaskStep(replay.end()));
        assertThrows(IndexOutOfBoundsException.class, () -> replay.stateAt(replay.end() + 1));
    }

    private static int lineOf(TraceReplay replay, int index) {
        return ((TraceEvent.LineExecuted) replay.event(index)).line();
    }
}
