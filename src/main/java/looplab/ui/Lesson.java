package looplab.ui;

import java.nio.file.Path;

/** One entry of the lesson list: what the list shows and the program the editor opens. */
public record Lesson(String title, Path program) {
    @Override
    public String toString() {
        return title;
    }
}
