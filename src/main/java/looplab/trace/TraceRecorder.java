package looplab.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every event of a run in memory, in order. One thread (the runtime) emits while another (the window)
 * may read at any time: reads return copies, so a reader never sees a list that changes under it.
 */
public final class TraceRecorder implements TraceSink {
    private final List<TraceEvent> events = new ArrayList<>();

    @Override
    public synchronized void emit(TraceEvent event) {
        events.add(event);
    }

    public synchronized int size() {
        return events.size();
    }

    /** A copy of all events recorded so far. */
    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /** A copy of the events from index {@code from} on, for a reader that polls for what is new. */
    public synchronized List<TraceEvent> eventsFrom(int from) {
        return List.copyOf(events.subList(Math.min(from, events.size()), events.size()));
    }
}
