package looplab.vm;

/**
 * The Java throwable that carries a Python exception up the interpreter's Java stack. It has no Java stack trace:
 * Python tracebacks are recorded in the exception object as it passes through frames.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public boolean matches(PyType type) {
        return value.type().isSubtypeOf(type);
    }

    @Override
    public String getMessage() {
        return value.summary();
    }
}
