package looplab.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A finished (or so-far) trace, ready to be looked at from any point: {@link #stateAt} gives the loop as it was
 * after any event, and the navigation methods find the next or previous stop at three grains (line, task step,
 * loop iteration). Stepping back is replaying: snapshots are taken every {@value #CHECKPOINT_INTERVAL} events and
 * {@code stateAt} replays forward from the nearest one.
 */
public final class TraceReplay {
    static final int CHECKPOINT_INTERVAL = 256;

    private final List<TraceEvent> events;
    private final List<LoopState> checkpoints = new ArrayList<>();
    private final int[] lineStops;
    private final int[] stepStops;
    private final int[] iterationStops;

    public TraceReplay(List<TraceEvent> events) {
        this.events = List.copyOf(events);
        takeCheckpoints();
        lineStops = indicesOf(e -> e instanceof TraceEvent.LineExecuted);
        stepStops = indicesOf(e -> e instanceof TraceEvent.TaskStepStarted || e instanceof TraceEvent.CallbackStarted);
        iterationStops = indicesOf(e -> e instanceof TraceEvent.IterationStarted);
    }

    /** checkpoints[k] is the state after event {@code k * CHECKPOINT_INTERVAL - 1} (k = 0: the initial state). */
    private void takeCheckpoints() {
        LoopStateBuilder builder = new LoopStateBuilder();
        checkpoints.add(builder.snapshot());
        for (int i = 0; i < events.size(); i++) {
            builder.apply(events.get(i));
            if ((i + 1) % CHECKPOINT_INTERVAL == 0) {
                checkpoints.add(builder.snapshot());
            }
        }
    }

    private int[] indicesOf(Predicate<TraceEvent> stop) {
        return IntStream.range(0, events.size()).filter(i -> stop.test(events.get(i))).toArray();
    }

    public List<TraceEvent> events() {
        return events;
    }

    public TraceEvent event(int index) {
        return events.get(index);
    }

    public int size() {
        return events.size();
    }

    /** Index of the last event (-1 for an empty trace). */
    public int end() {
        return events.size() - 1;
    }

    /** The loop after events 0..eventIndex were applied; -1 gives the state before the first event. */
    public LoopState stateAt(int eventIndex) {
        if (eventIndex < -1 || eventIndex > end()) {
            throw new IndexOutOfBoundsException("event index " + eventIndex + " outside -1.." + end());
        }
        int checkpoint = (eventIndex + 1) / CHECKPOINT_INTERVAL;
        LoopStateBuilder builder = new LoopStateBuilder(checkpoints.get(checkpoint));
        for (int i = checkpoint * CHECKPOINT_INTERVAL; i <= eventIndex; i++) {
            builder.apply(events.get(i));
        }
        return builder.snapshot();
    }

    // Navigation: "next" finds the first stop after `from` (end() when there is none); "previous" the last stop
    // before `from` (0 when there is none), so repeated steps always move and stay inside the trace.

    /** The next {@link TraceEvent.LineExecuted}, on any thread. */
    public int nextLine(int from) {
        return next(lineStops, from);
    }

    public int previousLine(int from) {
        return previous(lineStops, from);
    }

    /** The next handle the loop runs: a {@link TraceEvent.TaskStepStarted} or a {@link TraceEvent.CallbackStarted}. */
    public int nextTaskStep(int from) {
        return next(stepStops, from);
    }

    public int previousTaskStep(int from) {
        return previous(stepStops, from);
    }

    /** The next {@link TraceEvent.IterationStarted}. */
    public int nextIteration(int from) {
        return next(iterationStops, from);
    }

    public int previousIteration(int from) {
        return previous(iterationStops, from);
    }

    private int next(int[] stops, int from) {
        int position = Arrays.binarySearch(stops, from + 1);
        int index = position >= 0 ? position : -position - 1;
        return index < stops.length ? stops[index] : end();
    }

    private int previous(int[] stops, int from) {
        int position = Arrays.binarySearch(stops, from - 1);
        int index = position >= 0 ? position : -position - 2;
        return index >= 0 ? stops[index] : Math.min(0, end());
    }
}
