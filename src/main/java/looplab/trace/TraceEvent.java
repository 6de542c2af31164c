package looplab.trace;

/** One state change of a run, as the visualizer and the trace files see it. Defined in full by the trace package. */
public interface TraceEvent {
}
