package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import looplab.cli.EngineProbe;
import looplab.runtime.Runner;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String HELLO = "print('hello', 6 * 7)\n";
    private static final String GATHER = "import asyncio\n";
    private static final String SCRATCH = "print('scratch')\n";

    private Path lessons;
    private Stage stage;
    /** What Run does in the current test; the window's runner delegates here so each test can choose. */
    private volatile ProgramRunner runner = ProgramRunner.ENGINE;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        lessons = Files.createTempDirectory("looplab-lessons");
        write("01-hello/main.py", HELLO);
        write("02-gather/main.py", GATHER);
        write("scratch.py", SCRATCH);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(lessons, (source, fileName, out) -> runner.run(source, fileName, out));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    private void write(String relative, String source) throws IOException {
        Path file = lessons.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    @Test
    void theLessonListShowsEveryLessonAndOpensTheFirst(FxRobot robot) {
        ListView<Lesson> list = robot.lookup("#lessonList").queryListView();

        assertEquals(List.of("01-hello", "02-gather", "scratch.py"), onFx(() -> titles(list)));
        assertEquals(HELLO, codeText(robot));
    }

    @Test
    void clickingALessonShowsItsProgram(FxRobot robot) {
        robot.clickOn("scratch.py");

        assertEquals(SCRATCH, codeText(robot));
    }

    @Test
    void runShowsStdoutAndLabelsEveryStderrLine(FxRobot robot) throws TimeoutException {
        runner = (source, fileName, out) -> {
            out.stdout("hello 42\n");
            out.stderr("Traceback (most recent call last):\n");
            out.stderr("ValueError: boom\n");
            return new Runner.Result(1);
        };

        String output = clickRunAndWaitForTheEnd(robot);

        assertTrue(output.contains("hello 42\n"), output);
        assertTrue(output.contains(OutputPane.STDERR_LABEL + "Traceback (most recent call last):\n"), output);
        assertTrue(output.contains(OutputPane.STDERR_LABEL + "ValueError: boom\n"), output);
        assertTrue(output.contains("exit status 1"), output);
        assertEquals("stderr", styleClassAt(robot, output.indexOf("ValueError")));
        assertEquals("stdout", styleClassAt(robot, output.indexOf("hello 42")));
    }

    @Test
    void thousandsOfSmallWritesAllArriveInOrder(FxRobot robot) throws TimeoutException {
        runner = (source, fileName, out) -> {
            for (int i = 0; i < 5000; i++) {
                out.stdout(Integer.toString(i));
                out.stdout("\n");
            }
            out.stderr("done\n");
            return new Runner.Result(0);
        };

        String output = clickRunAndWaitForTheEnd(robot);

        String expected = IntStream.range(0, 5000).mapToObj(i -> i + "\n")
                .collect(Collectors.joining()) + OutputPane.STDERR_LABEL + "done\n";
        assertTrue(output.contains(expected), "output lost or reordered writes");
    }

    @Test
    void runGivesTheEditedProgramToTheRunnerOffTheFxThread(FxRobot robot) throws TimeoutException {
        AtomicReference<String> ranSource = new AtomicReference<>();
        AtomicReference<String> ranFileName = new AtomicReference<>();
        AtomicReference<Boolean> ranOnFxThread = new AtomicReference<>();
        runner = (source, fileName, out) -> {
            ranSource.set(source);
            ranFileName.set(fileName);
            ranOnFxThread.set(Platform.isFxApplicationThread());
            return new Runner.Result(0);
        };
        CodeArea code = robot.lookup("#codeArea").query();
        robot.interact(() -> code.replaceText("print('edited')\n"));

        clickRunAndWaitForTheEnd(robot);

        assertEquals("print('edited')\n", ranSource.get());
        assertEquals("main.py", ranFileName.get());
        assertFalse(ranOnFxThread.get());
    }

    @Test
    void anEngineFailureIsShownAsAMessageAndRunWorksAgain(FxRobot robot) throws TimeoutException {
        runner = (source, fileName, out) -> {
            throw new UnsupportedOperationException("interpreter not wired yet");
        };

        String output = clickRunAndWaitForTheEnd(robot);

        assertTrue(output.contains("LoopLab could not run this program"), output);
        assertTrue(output.contains("interpreter not wired yet"), output);
        assertFalse(robot.lookup("#runButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void runningATrivialProgramOnTheRealEngineShowsWhatHappened(FxRobot robot) throws TimeoutException {
        runner = ProgramRunner.ENGINE;

        String output = clickRunAndWaitForTheEnd(robot);

        String afterStartNote = output.substring(output.indexOf(RunMessages.started("main.py")));
        assertTrue(afterStartNote.lines().count() > 1, output);
    }

    @Test
    void aTrivialProgramPrintsItsOutputOnTheRealEngine(FxRobot robot) throws TimeoutException {
        assumeTrue(EngineProbe.engineIsWired(), EngineProbe.NOT_WIRED);
        runner = ProgramRunner.ENGINE;

        String output = clickRunAndWaitForTheEnd(robot);

        assertTrue(output.contains("hello 42\n"), output);
        assertTrue(output.contains("exit status 0"), output);
    }

    @Test
    void anEmptyLessonsFolderSaysSoAndHowToAddLessons(FxRobot robot) throws IOException {
        Path empty = Files.createTempDirectory("looplab-no-lessons");

        robot.interact(() -> stage.getScene().setRoot(new MainWindow(empty, runner).root()));

        Label placeholder = robot.lookup("#noLessonsMessage").queryAs(Label.class);
        String message = onFx(placeholder::getText);
        assertTrue(placeholder.isVisible());
        assertTrue(message.startsWith("No lessons found."), message);
        assertTrue(message.contains(empty.toString()), message);
    }

    private static String clickRunAndWaitForTheEnd(FxRobot robot) throws TimeoutException {
        Button run = robot.lookup("#runButton").queryAs(Button.class);
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !run.isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
        return outputText(robot);
    }

    private static String outputText(FxRobot robot) {
        StyleClassedTextArea output = robot.lookup("#outputArea").query();
        return onFx(output::getText);
    }

    private static String codeText(FxRobot robot) {
        CodeArea code = robot.lookup("#codeArea").query();
        return onFx(code::getText);
    }

    private static String styleClassAt(FxRobot robot, int position) {
        StyleClassedTextArea output = robot.lookup("#outputArea").query();
        return onFx(() -> String.join(" ", output.getStyleAtPosition(position + 1)));
    }

    private static List<String> titles(ListView<Lesson> list) {
        return list.getItems().stream().map(Lesson::title).toList();
    }

    private static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX query failed", e);
        }
    }
}
