package looplab.vm;

/**
 * Ends a run from outside Python's control: the instruction budget is spent, the virtual time limit is reached,
 * or the user pressed stop. Python code cannot catch it (it is not a PyException).
 */
public final class ExecutionStopped extends RuntimeException {
    public enum Reason { INSTRUCTION_BUDGET, TIME_LIMIT, CANCELLED_BY_USER }

    public final Reason reason;
    public final String fileName;
    public final int line;

    public ExecutionStopped(Reason reason, String message, String fileName, int line) {
        super(message, null, false, false);
        this.reason = reason;
        this.fileName = fileName;
        this.line = line;
    }
}
