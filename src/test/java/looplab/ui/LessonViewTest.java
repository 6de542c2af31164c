package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private Stage stage;
    private Path settings;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        settings = Files.createTempDirectory("looplab-settings").resolve("settings.json");
        window = new MainWindow(Path.of("lessons"), ProgramRunner.ENGINE, new SettingsStore(settings));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    /**
     * Lesson 13's CPU-bound loop has 15,000 line stops: past this many steps a walk jumps to the end (End), since
     * stepping them all would time the window rather than test it.
     */
    private static final int MOST_STEPS = 400;

    @Test
    void everyLessonStepsToTheEndAtEachGrainAndBackToTheSameFirstState(FxRobot robot) throws Exception {
        List<Lesson> lessons = read(() -> window.lessonGuide().lessons());
        assertEquals(13, lessons.size());
        for (Lesson lesson : lessons) {
            waitUntil(() -> !window.isRunning());
            robot.interact(() -> window.lessonView().list.getSelectionModel().select(lesson));
            waitUntil(() -> !window.isRunning() && window.lessonGuide().lesson().filter(lesson::equals).isPresent());
            assertEquals(0, read(() -> window.currentRun().exitCode()), lesson.title());
            String first = read(() -> WindowProbe.shownState(window));
            for (Grain grain : Grain.values()) {
                String where = lesson.title() + " by " + grain;
                robot.interact(() -> window.controlsForTest().selectGrain(grain));
                int steps = 0;
                while (!read(() -> window.model().atEnd()) && steps < MOST_STEPS) {
                    steps += read(() -> stepAndCheck(where, 25));
                }
                robot.interact(() -> window.controlsForTest().end.fire());
                read(() -> {
                    WindowProbe.assertShowsTheModelsState(window, where + " at the end");
                    return null;
                });
                assertTrue(steps > 1, where + " took " + steps + " steps");
                assertTrue(read(() -> window.controlsForTest().step.isDisabled()), where + ": Step is disabled at the end");
                while (!read(() -> window.model().atStart())) {
                    robot.interact(() -> {
                        for (int i = 0; i < 50 && !window.model().atStart(); i++) {
                            window.controlsForTest().back.fire();
                        }
                    });
                }
                assertEquals(first, read(() -> WindowProbe.shownState(window)), lesson.title() + " back by " + grain);
            }
        }
    }

    /** Up to {@code most} steps with the toolbar's Step, checking the stage after each; how many were taken. */
    private int stepAndCheck(String where, int most) {
        int steps = 0;
        while (steps < most && !window.model().atEnd()) {
            window.controlsForTest().step.fire();
            WindowProbe.assertShowsTheModelsState(window, where);
            steps++;
        }
        return steps;
    }

    @Test
    void progressIsKeptBetweenLaunches(FxRobot robot) throws Exception {
        openLessonTwoAndAnswerItsFirstQuestion(robot);
        assertTrue(read(() -> window.lessonGuide().listLine(lessonTwo())).contains("[1/5]"),
                read(() -> window.lessonGuide().listLine(lessonTwo())));

        robot.interact(() -> {
            window = new MainWindow(Path.of("lessons"), ProgramRunner.ENGINE, new SettingsStore(settings));
            stage.getScene().setRoot(window.root());
        });
        waitUntil(() -> !window.isRunning());

        assertTrue(read(() -> window.lessonGuide().listLine(lessonTwo())).contains("[1/5]"),
                read(() -> window.lessonGuide().listLine(lessonTwo())));
    }

    @Test
    void ctrlLHidesTheLessonColumnAndShowsItAgain(FxRobot robot) throws Exception {
        waitUntil(() -> !window.isRunning());
        javafx.scene.control.SplitPane columns = robot.lookup("#columns").queryAs(javafx.scene.control.SplitPane.class);
        assertEquals(2, read(() -> columns.getItems().size()));

        robot.clickOn("#clockLabel").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals(1, read(() -> columns.getItems().size()));
        assertFalse(read(() -> window.controlsForTest().lessons.isSelected()));

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals(2, read(() -> columns.getItems().size()));
    }

    @Test
    void typingAnAnswerWithSpacesAndArrowsEditsTheAnswerAndDoesNotStep(FxRobot robot) throws Exception {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) window.root().lookup("#allLessonsButton")).fire());
        ListView<Lesson> list = robot.lookup("#lessonList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(lessonTwo()));
        waitUntil(() -> window.lessonGuide().lesson().map(Lesson::order).orElse(0) == 2);
        while (read(() -> window.lessonGuide().question().map(q -> !q.choices().isEmpty()).orElse(true))) {
            if (window.lessonGuide().question().isPresent()) {
                AskedQuestion asked = window.lessonGuide().question().orElseThrow();
                press(robot, "#choice" + (asked.correctChoice() + 1));
                press(robot, "#checkButton");
            } else {
                press(robot, "#nextMomentButton");
            }
        }
        int at = read(() -> window.model().index());

        robot.clickOn("#answerField").write("1 s").type(javafx.scene.input.KeyCode.LEFT, javafx.scene.input.KeyCode.LEFT)
                .write(".0");

        assertEquals("1.0 s", read(() -> ((javafx.scene.control.TextField) window.root().lookup("#answerField")).getText()));
        assertEquals(at, read(() -> window.model().index()), "the keys typed into the answer did not step the loop");
        assertFalse(read(() -> window.isPlaying()), "Space typed into the answer did not start Play");
    }

    private Lesson lessonTwo() {
        return read(() -> window.lessonGuide().lessons().stream().filter(l -> l.order() == 2).findFirst().orElseThrow());
    }

    private void openLessonTwoAndAnswerItsFirstQuestion(FxRobot robot) throws Exception {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) window.root().lookup("#allLessonsButton")).fire());
        ListView<Lesson> list = robot.lookup("#lessonList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(lessonTwo()));
        waitUntil(() -> window.lessonGuide().lesson().map(Lesson::order).orElse(0) == 2);
        while (window.lessonGuide().question().isEmpty()) {
            press(robot, "#nextMomentButton");
        }
        AskedQuestion question = window.lessonGuide().question().orElseThrow();
        press(robot, "#choice" + (question.correctChoice() + 1));
        press(robot, "#checkButton");
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
        return WindowProbe.read(query);
    }
}
