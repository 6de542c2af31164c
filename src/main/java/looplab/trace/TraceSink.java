package looplab.trace;

/** Receives every {@link TraceEvent} of a run, in order. */
@FunctionalInterface
public interface TraceSink {
    TraceSink NONE = event -> { };

    void emit(TraceEvent event);
}
