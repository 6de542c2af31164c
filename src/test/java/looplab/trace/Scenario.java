package looplab.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a synthetic trace by hand through {@link TraceEmitter}, with a clock the test sets and named positions. */
final class Scenario {
    private final TraceRecorder recorder = new TraceRecorder();
    private final Map<String, Integer> marks = new HashMap<>();
    private double now;
    final TraceEmitter emit = new TraceEmitter(recorder, () -> now);

    /** Sets the virtual clock for the events emitted next. */
    Scenario at(double time) {
        now = time;
        return this;
    }

    /** Names the index of the last event emitted so far. */
    void mark(String name) {
        marks.put(name, recorder.size() - 1);
    }

    int index(String name) {
        Integer index = marks.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no mark " + name);
        }
        return index;
    }

    List<TraceEvent> events() {
        return recorder.events();
    }

    TraceReplay replay() {
        return new TraceReplay(events());
    }
}
