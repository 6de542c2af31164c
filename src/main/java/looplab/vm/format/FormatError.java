package looplab.vm.format;

/**
 * A Python exception raised by the numeric and text utilities, carried as CPython's exception type name
 * ({@code "ValueError"}, {@code "TypeError"}, {@code "OverflowError"}, ...) and CPython's exact message.
 * The VM turns it into the matching Python exception; it never reaches a user as a Java stack trace.
 */
public class FormatError extends RuntimeException {
    private final String pythonType;

    public FormatError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    public static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }

    public static FormatError typeError(String message) {
        return new FormatError("TypeError", message);
    }

    public static FormatError overflowError(String message) {
        return new FormatError("OverflowError", message);
    }

    /** CPython's exception class name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
