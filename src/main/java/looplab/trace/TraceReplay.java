package looplab.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A finished (or so-far) trace, ready to be looked at from any point: {@link #stateAt} gives the loop as it was
 * after any event, and the navigation methods find the next or previous stop at three grains (line, task step,
 * loop iteration). Stepping back is replaying: {@code stateAt} replays forward from the nearest state it knows
 * before the index: a snapshot taken while loading, one it handed out lately, or where the previous call stopped
 * (stepping forward replays only the step).
 *
 * <p>Snapshots taken while loading are spaced by the size of the state: at least {@value #CHECKPOINT_INTERVAL}
 * events apart, and at least {@value #EVENTS_PER_ENTRY} events per entry of the state (task, handle, timer, console
 * line). Consecutive snapshots share what did not change between them, but far apart nearly everything has, so their
 * memory grows with the trace, not with tasks × events: a 100,000-task trace keeps a handful.
 *
 * <p>States handed out lately are kept too ({@link RecentStates}), as are states left every
 * {@value #BREADCRUMB_NODES} new tree nodes along a long replay: near each other they share almost everything, so
 * stepping back through a large trace typically replays a few thousand events, not the hundreds of thousands between
 * two snapshots.
 */
public final class TraceReplay {
    static final int CHECKPOINT_INTERVAL = 256;
    static final int EVENTS_PER_ENTRY = 2;
    /** A long replay leaves a state behind each time it has made this many nodes (one to a few megabytes). */
    static final long BREADCRUMB_NODES = 20_000;
    /** What the recent states may hold beyond what they share: about ten breadcrumbs' worth. */
    static final long RECENT_NODES = 10 * BREADCRUMB_NODES;
    static final int RECENT_STATES = 256;

    private final List<TraceEvent> events;
    private final List<LoopState> checkpoints = new ArrayList<>();
    /** checkpointAfter[k]: the index of the last event applied in checkpoints[k] (-1 for the initial state). */
    private int[] checkpointAfter;
    /** Where the last {@code stateAt} stopped; the next one continues from it when it asks for a later event. */
    private LoopStateBuilder cursor;
    private final RecentStates recent = new RecentStates(RECENT_NODES, RECENT_STATES);
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
        LoopState known = recent.at(eventIndex);
        if (known != null) {
            return known;
        }
        startNear(eventIndex);
        while (cursor.eventIndex() < eventIndex) {
            cursor.apply(events.get(cursor.eventIndex() + 1));
            if (cursor.nodesMadeSinceSnapshot() >= BREADCRUMB_NODES && cursor.eventIndex() < eventIndex) {
                recent.add(cursor.snapshot(), BREADCRUMB_NODES);
            }
        }
        long nodesMade = cursor.nodesMadeSinceSnapshot();
        LoopState state = cursor.snapshot();
        recent.add(state, nodesMade);
        return state;
    }

    /** Puts the cursor at the latest known state at or before {@code eventIndex}, unless it already is nearer. */
    private void startNear(int eventIndex) {
        LoopState from = checkpoints.get(checkpointAtOrBefore(eventIndex));
        LoopState recentBefore = recent.latestAtOrBefore(eventIndex);
        if (recentBefore != null && recentBefore.eventIndex() > from.eventIndex()) {
            from = recentBefore;
        }
        if (cursor == null || cursor.eventIndex() > eventIndex || cursor.eventIndex() < from.eventIndex()) {
            cursor = new LoopStateBuilder(from);
        }
    }

    /** How many states handed out lately this replay keeps (for tests). */
    int recentCount() {
        return recent.size();
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
