package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import looplab.lessons.AskedQuestion;
import looplab.lessons.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student in the Lessons tab: opens lesson 02 of the real lessons folder, walks to its first question, answers. */
@ExtendWith(ApplicationExtension.class)
class LessonViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path settings = Files.createTempDirectory("looplab-settings").resolve("settings.json");
        window = new MainWindow(Path.of("lessons"), ProgramRunner.ENGINE, new SettingsStore(settings));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @Test
    void lessonTwoAsksWhichTaskRunsNextAndSaysTheRightAnswerIsRight(FxRobot robot) throws Exception {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) window.root().lookup("#allLessonsButton")).fire());
        ListView<Lesson> list = robot.lookup("#lessonList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(l -> l.order() == 2).findFirst().orElseThrow()));
        waitUntil(() -> window.lessonGuide().lesson().map(Lesson::order).orElse(0) == 2);
        assertTrue(text("#lessonTitle").contains("The minimal example"), text("#lessonTitle"));

        while (window.lessonGuide().question().isEmpty()) {
            press(robot, "#nextMomentButton");
        }
        assertEquals(window.lessonGuide().session().orElseThrow().eventIndex(), read(() -> window.model().index()));
        assertFalse(read(() -> window.lessonView().narrationText()).isBlank());
        AskedQuestion question = window.lessonGuide().question().orElseThrow();
        assertTrue(text("#questionPrompt").contains("Which task runs next?"), text("#questionPrompt"));

        snapshotIfAsked(robot, "LOOPLAB_SNAPSHOT_QUESTION");
        press(robot, "#choice" + (question.correctChoice() + 1));
        press(robot, "#checkButton");

        String feedback = text("#feedbackLabel");
        assertTrue(feedback.startsWith("✓"), feedback);
        assertTrue(feedback.contains(question.choices().get(question.correctChoice())), feedback);
        assertTrue(feedback.contains("Ready tasks run in the order"), feedback);
        snapshotIfAsked(robot, "LOOPLAB_SNAPSHOT");
    }

    /** As a click would; the side pane is short, so a control may sit below its scrolled view. */
    private void press(FxRobot robot, String id) {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) window.root().lookup(id)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the window as a PNG to the file the environment variable names, if it is set (for screenshots). */
    private void snapshotIfAsked(FxRobot robot, String variable) {
        String file = System.getenv(variable);
        if (file != null) {
            robot.interact(() -> {
                try {
                    PngExport.write(window.root(), Path.of(file));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private String text(String id) {
        return read(() -> ((Label) window.root().lookup(id)).getText());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> read(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T read(java.util.concurrent.Callable<T> query) {
        AtomicReference<T> value = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            try {
                value.set(query.call());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        return value.get();
    }
}
