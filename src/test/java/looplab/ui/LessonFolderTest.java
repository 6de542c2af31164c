package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFolderTest {
    @TempDir
    Path lessons;

    private Path write(String relative) throws IOException {
        Path file = lessons.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "pass\n");
    }

    @Test
    void lessonFoldersAndLooseProgramsAreListedByName() throws IOException {
        Path second = write("02-gather/main.py");
        Path loose = write("scratch.py");
        Path first = write("01-hello/main.py");

        assertEquals(List.of(new Lesson("01-hello", first), new Lesson("02-gather", second),
                new Lesson("scratch.py", loose)), LessonFolder.scan(lessons));
    }

    @Test
    void aLessonFolderOpensMainPyWhenItHoldsSeveralPrograms() throws IOException {
        write("01-hello/helpers.py");
        Path main = write("01-hello/main.py");

        assertEquals(main, LessonFolder.scan(lessons).get(0).program());
    }

    @Test
    void withoutMainPyALessonFolderOpensItsFirstProgram() throws IOException {
        Path first = write("01-hello/a.py");
        write("01-hello/b.py");

        assertEquals(first, LessonFolder.scan(lessons).get(0).program());
    }

    @Test
    void foldersWithoutProgramsAndOtherFilesAreNotLessons() throws IOException {
        Files.createDirectories(lessons.resolve("empty"));
        Files.writeString(lessons.resolve("notes.md"), "# notes\n");
        write("assets/picture.png");
        write(".hidden/main.py");

        assertEquals(List.of(), LessonFolder.scan(lessons));
    }

    @Test
    void aMissingFolderHasNoLessons() {
        assertEquals(List.of(), LessonFolder.scan(lessons.resolve("absent")));
    }
}
