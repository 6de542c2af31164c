package looplab.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A finished (or so-far) trace, ready to be looked at from any point: {@link #stateAt} gives the loop as it was
 * after any event, and the navigation methods find the next or previous stop at three grains (line, task step,
 * loop iteration). Stepping back is replaying: {@code stateAt} replays forward from the nearest snapshot before the
 * index, or from where the previous call stopped when that is nearer (stepping forward replays only the step).
 *
 * <p>A snapshot holds every task, so snapshots are spaced by the size of the state: at least
 * {@value #CHECKPOINT_INTERVAL} events apart, and at least {@value #EVENTS_PER_ENTRY} events per entry of the state
 * (task, handle, timer, console line). Their memory then grows with the trace, not with tasks × events: a
 * 100,000-task trace keeps a handful of snapshots instead of thousands.
 */
public final class TraceReplay {
    static final int CHECKPOINT_INTERVAL = 256;
    static final int EVENTS_PER_ENTRY = 2;

    private final List<TraceEvent> events;
    private final List<LoopState> checkpoints = new ArrayList<>();
    /** checkpointAfter[k]: the index of the last event applied in checkpoints[k] (-1 for the initial state). */
    private int[] checkpointAfter;
    /** Where the last {@code stateAt} stopped; the next one continues from it when it asks for a later event. */
    private LoopStateBuilder cursor;
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

    private void takeCheckpoints() {
        LoopStateBuilder builder = new LoopStateBuilder();
        List<Integer> after = new ArrayList<>();
        checkpoints.add(builder.snapshot());
        after.add(-1);
        int since = 0;
        for (int i = 0; i < events.size(); i++) {
            builder.apply(events.get(i));
            since++;
            if (since >= Math.max(CHECKPOINT_INTERVAL, (long) EVENTS_PER_ENTRY * builder.entries())) {
                checkpoints.add(builder.snapshot());
                after.add(i);
                since = 0;
            }
        }
        checkpointAfter = after.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many snapshots this replay keeps (for tests and the memory figure). */
    int checkpointCount() {
        return checkpoints.size();
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
    public synchronized LoopState stateAt(int eventIndex) {
        if (eventIndex < -1 || eventIndex > end()) {
            throw new IndexOutOfBoundsException("event index " + eventIndex + " outside -1.." + end());
        }
        int checkpoint = checkpointAtOrBefore(eventIndex);
        if (cursor == null || cursor.eventIndex() > eventIndex || cursor.eventIndex() < checkpointAfter[checkpoint]) {
            cursor = new LoopStateBuilder(checkpoints.get(checkpoint));
        }
        for (int i = cursor.eventIndex() + 1; i <= eventIndex; i++) {
            cursor.apply(events.get(i));
        }
        return cursor.snapshot();
    }

    private int checkpointAtOrBefore(int eventIndex) {
        int position = Arrays.binarySearch(checkpointAfter, eventIndex);
        return position >= 0 ? position : -position - 2;
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
