package looplab.ui;

import java.util.List;
import looplab.trace.Timeline.Axis;
import looplab.trace.TraceEvent;

/**
 * Where each event sits on a {@link looplab.trace.Timeline}'s x axis, so the playhead can be drawn at the current
 * event and a click can be turned back into an event index. Follows the rule documented in docs/trace.md:
 * TIME is the event's virtual time; ITERATION spreads iteration n's events evenly over [n, n + 1), and
 * events before the first iteration over [0, 1). (Timeline keeps its own copy private; if it ever exposes
 * the positions, use those instead.)
 */
public final class TimelinePositions {
    private final double[] x;

    private TimelinePositions(double[] x) {
        this.x = x;
    }

    public static TimelinePositions of(List<TraceEvent> events, Axis axis) {
        return new TimelinePositions(axis == Axis.TIME ? times(events) : iterations(events));
    }

    private static double[] times(List<TraceEvent> events) {
        return events.stream().mapToDouble(TraceEvent::time).toArray();
    }

    private static double[] iterations(List<TraceEvent> events) {
        double[] x = new double[events.size()];
        int blockStart = 0;
        int iteration = 0;
        for (int i = 0; i <= events.size(); i++) {
            boolean blockEnds = i == events.size() || events.get(i) instanceof TraceEvent.IterationStarted;
            if (blockEnds && i > blockStart) {
                int count = i - blockStart;
                for (int k = 0; k < count; k++) {
                    x[blockStart + k] = iteration + (double) k / count;
                }
            }
            if (blockEnds && i < events.size()) {
                blockStart = i;
                iteration = ((TraceEvent.IterationStarted) events.get(i)).iteration();
            }
        }
        return x;
    }

    /** The x of event {@code index}; the start of the axis for index -1. */
    public double x(int index) {
        if (x.length == 0) {
            return 0;
        }
        return index < 0 ? x[0] : x[Math.min(index, x.length - 1)];
    }

    /** The last event whose x is at or before {@code position}, or -1 when every event is after it. */
    public int lastIndexAtOrBefore(double position) {
        int low = 0;
        int high = x.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (x[middle] <= position) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
