package looplab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the lessons in a folder: each subfolder holding a {@code .py} file is a lesson named after the folder,
 * and each loose {@code .py} file is a lesson named after the file. Plain Java, no JavaFX.
 *
 * <p>A stand-in until the lessons package reads real lesson files (front matter, titles, questions).
 */
public final class LessonFolder {
    /** The program a lesson folder opens when it holds several: {@code main.py} as in the corpus, else the first. */
    private static final String MAIN_PROGRAM = "main.py";

    private LessonFolder() {
    }

    /** The lessons in {@code folder}, sorted by name; empty if the folder does not exist. */
    public static List<Lesson> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Path entry : sortedEntries(folder)) {
            if (Files.isDirectory(entry)) {
                programIn(entry).ifPresent(program -> lessons.add(new Lesson(name(entry), program)));
            } else if (isPythonFile(entry)) {
                lessons.add(new Lesson(name(entry), entry));
            }
        }
        return List.copyOf(lessons);
    }

    private static Optional<Path> programIn(Path lessonFolder) {
        List<Path> programs = sortedEntries(lessonFolder).stream().filter(LessonFolder::isPythonFile).toList();
        return programs.stream()
                .filter(program -> name(program).equals(MAIN_PROGRAM))
                .findFirst()
                .or(() -> programs.stream().findFirst());
    }

    private static List<Path> sortedEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !name(entry).startsWith("."))
                    .sorted(Comparator.comparing(LessonFolder::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPythonFile(Path path) {
        return Files.isRegularFile(path) && name(path).endsWith(".py");
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }
}
