package looplab.vm;

/**
 * Turns a Java failure inside the VM (a bug of ours, never the program's) into a Python SystemError, so the user
 * sees a Python traceback pointing at their line instead of a Java stack trace.
 */
final class InternalErrors {
    private InternalErrors() {
    }

    static PyException asPython(RuntimeException e) {
        if (e instanceof PyException pe) {
            return pe;
        }
        if (e instanceof ArithmeticException) {
            return Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "numeric result out of range");
        }
        return Errors.raise(ExceptionTypes.SYSTEM_ERROR,
                "LoopLab internal error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
}
