package looplab.lessons;

import java.nio.file.Path;

/**
 * A mistake in a lesson, where a teacher can find it: the file, the 1-based line (0 when the whole file is
 * meant) and what is wrong. Problems are values, collected and reported together; a lesson with a problem never
 * stops the other lessons from loading.
 */
public record LessonProblem(Path file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
