package looplab.runtime;

import looplab.trace.TraceSink;

/**
 * How the asyncio runtime is installed into an interpreter.
 *
 * @param trace          receives every trace event ({@link TraceSink#NONE}: no events are even built)
 * @param maxVirtualTime virtual seconds after which the run is stopped ({@code --max-time}); 0 for no limit
 */
public record RuntimeOptions(TraceSink trace, double maxVirtualTime) {
    public static RuntimeOptions defaults() {
        return new RuntimeOptions(TraceSink.NONE, 0);
    }
}
