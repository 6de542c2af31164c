package looplab.language;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) found while reading a program, carrying the
 * same location fields as CPython's exception so that {@link #format} prints what CPython prints.
 */
public final class PythonSyntaxError extends RuntimeException {
    private final String kind;
    private final String message;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;
    private final String lineText;

    /**
     * @param offset    1-based column of the first character to underline, like CPython's {@code offset}
     * @param endOffset 1-based column just after the underlined range, or 0 when there is no range
     * @param lineText  the source line(s) the error is on, or null when the error is not on a line
     */
    public PythonSyntaxError(String kind, String message, int line, int offset, int endLine, int endOffset,
                             String lineText) {
        super(kind + ": " + message + " (line " + line + ")", null, false, false);
        this.kind = kind;
        this.message = message;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.lineText = lineText;
    }

    public String kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public int line() {
        return line;
    }

    public int offset() {
        return offset;
    }

    public int endLine() {
        return endLine;
    }

    public int endOffset() {
        return endOffset;
    }

    public String lineText() {
        return lineText;
    }

    /**
     * The report CPython 3.11 writes to stderr for this error: file and line, the source line without its
     * indentation, a caret line, then {@code Kind: message}. Mirrors {@code print_error_text} in
     * CPython's {@code Python/pythonrun.c}.
     */
    public String format(String fileName) {
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(fileName).append("\", line ").append(line).append('\n');
        if (lineText != null) {
            appendSourceAndCarets(out);
        }
        out.append(kind).append(": ").append(message).append('\n');
        return out.toString();
    }

    private void appendSourceAndCarets(StringBuilder out) {
        // CPython 3.11 underlines a range only for SyntaxError itself; its subclasses get a single caret.
        boolean range = kind.equals("SyntaxError") && endOffset > 0 && endOffset > offset;
        int carets = range ? endOffset - offset : 1;
        int start = offset - 1;
        String text = lineText;
        int stripped = 0;
        while (stripped < text.length() && " \t\f".indexOf(text.charAt(stripped)) >= 0) {
            stripped++;
        }
        text = text.substring(stripped);
        start -= stripped;
        int length = text.endsWith("\n") ? text.length() - 1 : text.length();
        start = Math.min(start, length);
        int newline;
        while ((newline = text.indexOf('\n')) >= 0 && newline < start) {
            text = text.substring(newline + 1);
            length -= newline + 1;
            start -= newline + 1;
        }
        out.append("    ").append(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
        if (start < 0) {
            return;
        }
        out.append("    ").append(" ".repeat(start)).append("^".repeat(carets)).append('\n');
    }
}
