package looplab.trace;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class TraceReplayTest {

    @Test
    void stateAtEveryIndexEqualsReplayingOneEventAtATime() {
        List<TraceEvent> events = RandomTrace.generate(42, 200);
        TraceReplay replay = new TraceReplay(events);

        LoopState folded = LoopState.initial();
        for (int i = 0; i < events.size(); i++) {
            folded = folded.next(events.get(i));
            assertEquals(folded, replay.stateAt(i), "state after event " + i);
        }
        assertEquals(201, folded.doneTasks().size());
        assertNotNull(folded.ended());
    }

    /** Backwards, by jumps and from far away: each of these restarts from a snapshot, not from the last call. */
    @Test
    void stateAtInAnyOrderEqualsReplayingOneEventAtATime() {
        List<TraceEvent> events = RandomTrace.generate(42, 200);
        TraceReplay replay = new TraceReplay(events);
        assertTrue(replay.checkpointCount() > 4, "the trace spans several snapshots: " + replay.checkpointCount());
        List<LoopState> folded = new ArrayList<>();
        LoopState state = LoopState.initial();
        folded.add(state);
        for (TraceEvent event : events) {
            state = state.next(event);
            folded.add(state);
        }

        for (int i = replay.end(); i >= -1; i--) {
            assertEquals(folded.get(i + 1), replay.stateAt(i), "stepping back to event " + i);
        }
        Random random = new Random(3);
        for (int jump = 0; jump < 500; jump++) {
            int i = random.nextInt(events.size() + 1) - 1;
            assertEquals(folded.get(i + 1), replay.stateAt(i), "jumping to event " + i);
        }
    }

    /** Far from any snapshot: each step back starts from a state a recent replay left behind, and must equal it. */
    @Test
    void steppingBackThroughALargeTraceEqualsReplayingFromTheStart() {
        List<TraceEvent> events = RandomTrace.generate(9, 3000);
        TraceReplay replay = new TraceReplay(events);
        List<LoopState> folded = new ArrayList<>();
        LoopState state = LoopState.initial();
        for (TraceEvent event : events) {
            state = state.next(event);
            folded.add(state);
        }

        int index = replay.end();
        for (int step = 0; step < 300; step++) {
            assertEquals(folded.get(index), replay.stateAt(index), "stepping back to event " + index);
            index = replay.previousTaskStep(index);
        }
        assertTrue(replay.recentCount() > 1, "recent states kept: " + replay.recentCount());
    }

    /** Snapshots hold every task: a large state spaces them further apart, so a large trace keeps few of them. */
    @Test
    void snapshotsAreSpacedByTheSizeOfTheState() {
        List<TraceEvent> small = RandomTrace.generate(42, 20);
        List<TraceEvent> large = RandomTrace.generate(42, 3000);
        int smallSnapshots = new TraceReplay(small).checkpointCount();
        int largeSnapshots = new TraceReplay(large).checkpointCount();

        assertTrue(smallSnapshots >= small.size() / (2 * TraceReplay.CHECKPOINT_INTERVAL),
                smallSnapshots + " snapshots for " + small.size() + " events of a small state");
        assertTrue(largeSnapshots < large.size() / (8 * TraceReplay.CHECKPOINT_INTERVAL),
                largeSnapshots + " snapshots for " + large.size() + " events of a 3,000-task state");
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
