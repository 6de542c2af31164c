package looplab.trace;

/**
 * One frame of a call stack in {@link TraceEvent.FramesChanged}: the function's qualified name (as a traceback
 * names it, e.g. {@code "fetch"}, {@code "Client.get"}) and the line it is at.
 */
public record CallFrame(String function, int line) {
    /** The same frame at another line: the innermost frame moves with every {@link TraceEvent.LineExecuted}. */
    public CallFrame atLine(int newLine) {
        return newLine == line ? this : new CallFrame(function, newLine);
    }
}
