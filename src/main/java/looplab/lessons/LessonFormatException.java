package looplab.lessons;

/** Thrown by the small parsers of this package at the first mistake; the caller turns it into a {@link LessonProblem}. */
final class LessonFormatException extends Exception {
    private final int line;

    LessonFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
