package looplab.ui;

import looplab.lessons.Lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import looplab.runtime.Runner;
import looplab.trace.LoopState;
import looplab.trace.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): open, step, step back, edit and re-run, errors, large traces. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String HELLO = "print('hello', 6 * 7)\n";
    private static final String SCRATCH = "print('scratch')\n";

    private Path lessons;
    private Path settingsFile;
    private Stage stage;
    private MainWindow window;
    /** What Run does in the current test; the window's runner delegates here so each test can choose. */
    private volatile ProgramRunner runner = ProgramRunner.withBudget(1_000_000, 60);

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        lessons = Files.createTempDirectory("looplab-lessons");
        write("01-hello/main.py", HELLO);
        write("01-hello/lesson.md", "---\ntitle: 01-hello\n---\nSays hello.\n");
        write("scratch.py", SCRATCH);
        settingsFile = Files.createTempDirectory("looplab-settings").resolve("settings.json");
        window = newWindow(lessons);
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    private MainWindow newWindow(Path lessonsFolder) {
        return new MainWindow(lessonsFolder, (source, fileName, trace, out) -> runner.run(source, fileName, trace, out),
                new SettingsStore(settingsFile));
    }

    private void write(String relative, String source) throws IOException {
        Path file = lessons.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    // ---- opening and running ----

    @Test
    void theLessonListShowsEveryLessonAndOpensAndRunsTheFirst(FxRobot robot) throws TimeoutException {
        ListView<Lesson> list = robot.lookup("#lessonList").queryListView();
        waitForTheRun();

        if (System.getenv("LOOPLAB_SNAPSHOT") != null) {
            robot.interact(() -> {
                try {
                    PngExport.write(window.root(), Path.of(System.getenv("LOOPLAB_SNAPSHOT")));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            System.out.println("screen " + javafx.stage.Screen.getPrimary().getBounds() + " stage " + stage.getX() + "," + stage.getY() + " " + stage.getWidth() + "x" + stage.getHeight());
        }
        assertEquals(List.of("01-hello", "scratch.py"), onFx(() -> list.getItems().stream().map(Lesson::title).toList()));
        assertEquals(HELLO, onFx(() -> window.codeView().text()));
        robot.interact(() -> window.model().toEnd());
        assertTrue(consoleText().contains("hello 42"), consoleText());
        assertTrue(onFx(() -> status()).contains("exit status 0"), status());
    }

    @Test
    void editingTheCodeAndPressingF5RunsTheEditedProgramOffTheFxThread(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        AtomicReference<String> ranSource = new AtomicReference<>();
        AtomicReference<Boolean> ranOnFxThread = new AtomicReference<>();
        runner = (source, fileName, trace, out) -> {
            ranSource.set(source);
            ranOnFxThread.set(Platform.isFxApplicationThread());
            out.stdout("edited ran\n");
            return new Runner.Result(0);
        };
        robot.interact(() -> window.codeView().area().replaceText("print('edited')\n"));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertTrue(onFx(this::status).startsWith("Edited"), status());

        robot.clickOn("#clockLabel").type(KeyCode.F5);
        waitForTheRun();

        assertEquals("print('edited')\n", ranSource.get());
        assertFalse(ranOnFxThread.get());
        assertTrue(consoleText().contains("edited ran"), consoleText());
    }

    @Test
    void editsNotYetRunAreKeptWhenAnotherProgramOpensAndComeBackWithTheirProgram(FxRobot robot)
            throws TimeoutException {
        waitForTheRun();
        robot.interact(() -> window.codeView().area().replaceText("print('my own version')\n"));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);

        robot.interact(() -> window.open(lessons.resolve("scratch.py")));
        waitForTheRun();
        assertEquals(SCRATCH, onFx(() -> window.codeView().text()));

        robot.interact(() -> window.open(lessons.resolve("01-hello/main.py")));
        waitForTheRun();
        assertEquals("print('my own version')\n", onFx(() -> window.codeView().text()));
        assertEquals(HELLO, onFx(() -> window.currentRun().source()), "the run shown is the file's own program");
        assertTrue(status().contains("edits") || status().startsWith("Edited"), status());
    }

    @Test
    void aFileWithASyntaxErrorIsShownAtItsLineNeverThrown(FxRobot robot) throws IOException, TimeoutException {
        waitForTheRun();
        Path broken = lessons.resolve("broken.py");
        Files.writeString(broken, "print('ok')\ndef f(:\n    pass\n");

        robot.interact(() -> window.open(broken));
        waitForTheRun();

        assertEquals(2, onFx(() -> window.codeView().errorLine()));
        assertTrue(status().contains("SyntaxError at line 2"), status());
        assertTrue(consoleText().contains("SyntaxError"), consoleText());
    }

    @Test
    void aRunawayProgramIsStoppedByItsBudgetAndShownAtItsLineThenCanBeEditedAndRunAgain(FxRobot robot)
            throws IOException, TimeoutException {
        waitForTheRun();
        Path runaway = lessons.resolve("runaway.py");
        Files.writeString(runaway, "x = 0\nwhile True:\n    x += 1\n");

        robot.interact(() -> window.open(runaway));
        waitForTheRun();

        assertEquals(3, onFx(() -> window.currentRun().exitCode()));
        assertTrue(status().contains("budget at line"), status());
        int line = onFx(() -> window.codeView().errorLine());
        assertTrue(line == 2 || line == 3, "stopped at line " + line);

        robot.interact(() -> window.codeView().area().replaceText("x = 0\nwhile x < 10:\n    x += 1\nprint(x)\n"));
        robot.interact(window::runProgram);
        waitForTheRun();

        assertEquals(0, onFx(() -> window.currentRun().exitCode()));
        assertEquals(0, onFx(() -> window.codeView().errorLine()));
        robot.interact(() -> window.model().toEnd());
        assertTrue(consoleText().contains("10"), consoleText());
    }

    @Test
    void aRunawayTaskIsMarkedInTheGutterByTheCrossAndItsNameBothWhole(FxRobot robot)
            throws IOException, TimeoutException {
        waitForTheRun();
        Path runaway = lessons.resolve("runaway_task.py");
        Files.writeString(runaway, "import asyncio\n\nasync def main():\n    await asyncio.sleep(0.5)\n"
                + "    while True:\n        pass\n\nasyncio.run(main())\n");

        robot.interact(() -> window.open(runaway));
        waitForTheRun();
        robot.interact(() -> window.model().toEnd());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3, onFx(() -> window.currentRun().exitCode()));
        List<String> marks = onFx(() -> {
            List<String> drawn = new ArrayList<>();
            WindowProbe.collect(window.codeView().area(), node -> node instanceof Label label && label.isVisible()
                    && (label.getStyleClass().contains("error-mark") || label.getStyleClass().contains("task-mark")),
                    node -> drawn.add(WindowProbe.drawnText((Label) node)));
            return drawn;
        });
        assertEquals(List.of("✖", "Task-1"), marks);
    }

    @Test
    void aLongStatusGivesWayToThePositionInTheTrace(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        Label position = robot.lookup("#positionLabel").queryAs(Label.class);

        robot.interact(() -> status.setText("⚠ " + "a message longer than the window ".repeat(6)));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(onFx(() -> WindowProbe.drawnText(status).length() < status.getText().length()), "status cut");
        assertEquals(onFx(position::getText), onFx(() -> WindowProbe.drawnText(position)));
        assertEquals(onFx(status::getText), onFx(() -> status.getTooltip().getText()));
    }

    @Test
    void anEngineFailureIsShownAsAMessageAndRunWorksAgain(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        runner = (source, fileName, trace, out) -> {
            throw new IllegalStateException("the engine broke");
        };

        robot.clickOn("#runButton");
        waitForTheRun();

        assertTrue(status().contains("LoopLab could not run this program"), status());
        assertTrue(status().contains("the engine broke"), status());
        assertFalse(robot.lookup("#runButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void anEmptyLessonsFolderSaysSoAndHowToAddLessons(FxRobot robot) throws IOException {
        Path empty = Files.createTempDirectory("looplab-no-lessons");

        robot.interact(() -> stage.getScene().setRoot(newWindow(empty).root()));

        Label placeholder = robot.lookup("#noLessonsMessage").queryAs(Label.class);
        String message = onFx(placeholder::getText);
        assertTrue(message.startsWith("No lessons found."), message);
        assertTrue(message.contains(empty.toString()), message);
    }

    // ---- stepping ----

    @Test
    void steppingToTheEndAtEachGrainAndBackToTheStartShowsTheFirstStateAgain(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        Samples.Sample sample = Samples.cancellation();
        robot.interact(() -> window.showRun(sample.run()));
        String first = shownState();
        for (String grain : List.of("#grainLine", "#grainTaskStep", "#grainIteration")) {
            robot.clickOn(grain);
            robot.clickOn("#stepButton");
            assertShowsTheModelsState();
            int steps = 1;
            while (!onFx(() -> window.model().atEnd())) {
                robot.interact(() -> button("#stepButton").fire());
                assertShowsTheModelsState();
                steps++;
            }
            assertTrue(steps > 3, grain + " took " + steps + " steps");
            assertTrue(onFx(() -> button("#stepButton").isDisabled()));
            robot.clickOn("#backButton");
            while (!onFx(() -> window.model().atStart())) {
                robot.interact(() -> button("#backButton").fire());
                assertShowsTheModelsState();
            }
            assertEquals(first, shownState(), "after stepping back by " + grain);
        }
    }

    @Test
    void aTokenThatChangesLaneSlidesFromWhereItWasToItsNewPlace(FxRobot robot) throws TimeoutException {
        Samples.Sample sample = threeTasksReady(robot);
        javafx.geometry.Point2D inReady = onFx(() -> drawnAt("#token-task-2"));

        javafx.geometry.Point2D atStart = drawnInThePulseOf(robot, () -> window.model().jumpTo(sample.mark("allSleeping")));

        assertEquals(List.of("token-task-2", "token-task-3", "token-task-4"), tokenIds("#lane-TIMERS"));
        // At the start of its slide the token is drawn where it was; at the end, where its new lane puts it.
        assertEquals(inReady.getX(), atStart.getX(), 0.5);
        assertEquals(inReady.getY(), atStart.getY(), 0.5);
        robot.interact(() -> window.stageView().slide().play());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onFx(() -> window.stageView().isMoving()));
        Node token = robot.lookup("#token-task-2").query();
        assertEquals(0, onFx(token::getTranslateX), 1e-9);
        assertEquals(0, onFx(token::getTranslateY), 1e-9);
        javafx.geometry.Point2D inTimers = onFx(() -> drawnAt("#token-task-2"));
        assertTrue(inTimers.getY() > inReady.getY() + 10, inReady + " -> " + inTimers);
    }

    @Test
    void aStepDuringASlideSendsTheTokenOnFromWhereItIsDrawn(FxRobot robot) throws TimeoutException {
        Samples.Sample sample = threeTasksReady(robot);
        drawnInThePulseOf(robot, () -> window.model().jumpTo(sample.mark("allSleeping")));
        javafx.geometry.Point2D halfway = onFx(() -> {
            window.stageView().slide().jumpTo(window.stageView().slide().getCycleDuration().divide(2));
            return drawnAt("#token-task-2");
        });

        javafx.geometry.Point2D atStart = drawnInThePulseOf(robot,
                () -> window.model().jumpTo(sample.mark("allSleeping") - 3 * 5));

        assertEquals(halfway.getX(), atStart.getX(), 0.5);
        assertEquals(halfway.getY(), atStart.getY(), 0.5);
    }

    /** Lesson-like sample of three tasks, shown with all three READY and no token moving. */
    private Samples.Sample threeTasksReady(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        Samples.Sample sample = Samples.manyTasks(3);
        robot.interact(() -> {
            window.showRun(sample.run());
            window.model().jumpTo(sample.mark("allSleeping") - 3 * 5);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onFx(() -> window.stageView().isMoving()));
        assertEquals(List.of("token-task-2", "token-task-3", "token-task-4"), tokenIds("#lane-READY"));
        return sample;
    }

    /**
     * Runs {@code step} and tells where Task-2's token is drawn in the pulse that lays the step out (a listener added
     * after the step runs after the stage's own, just before that pulse draws); the slide is paused there.
     */
    private javafx.geometry.Point2D drawnInThePulseOf(FxRobot robot, Runnable step) throws TimeoutException {
        AtomicReference<javafx.geometry.Point2D> drawn = new AtomicReference<>();
        robot.interact(() -> {
            step.run();
            Scene scene = window.root().getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    drawn.set(drawnAt("#token-task-2"));
                    window.stageView().slide().pause();
                }
            });
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawn.get() != null);
        return drawn.get();
    }

    private javafx.geometry.Point2D drawnAt(String tokenId) {
        Node token = window.root().lookup(tokenId);
        javafx.geometry.Bounds bounds = token.localToScene(token.getBoundsInLocal());
        return new javafx.geometry.Point2D(bounds.getMinX(), bounds.getMinY());
    }

    @Test
    void theArrowKeysStepAndSpacePlaysAndPauses(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        robot.interact(() -> window.showRun(Samples.cancellation().run()));
        robot.clickOn("#clockLabel");

        robot.type(KeyCode.RIGHT);
        int afterOne = onFx(() -> window.model().index());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        int afterLine = onFx(() -> window.model().index());
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);

        assertTrue(afterOne > -1);
        assertTrue(onFx(() -> window.model().replay().event(afterLine)) instanceof looplab.trace.TraceEvent.LineExecuted);
        assertTrue(onFx(() -> window.model().atStart()));

        robot.type(KeyCode.SPACE);
        assertTrue(onFx(window::isPlaying));
        robot.type(KeyCode.SPACE);
        assertFalse(onFx(window::isPlaying));
    }

    /** The emphasised paragraphs of the editor, as paragraph index to its classes (hanging indents left out). */
    private java.util.Map<Integer, List<String>> styledParagraphs() {
        return onFx(() -> {
            java.util.Map<Integer, List<String>> styled = new java.util.TreeMap<>();
            for (int p = 0; p < window.codeView().area().getParagraphs().size(); p++) {
                List<String> style = emphasis(p);
                if (!style.isEmpty()) {
                    styled.put(p, style);
                }
            }
            return styled;
        });
    }

    /** A paragraph's classes other than its hanging indent (on the FX thread). */
    private List<String> emphasis(int paragraph) {
        return window.codeView().area().getParagraph(paragraph).getParagraphStyle().stream()
                .filter(style -> !style.startsWith("indent-")).toList();
    }

    @Test
    void aWrappedIndentedLineGoesOnUnderItsOwnStart(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        String line = "        total = add(" + "value, ".repeat(12) + "last)";
        robot.interact(() -> window.codeView().setText("def f():\n    if True:\n" + line + "\n"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("indent-8"), onFx(() -> List.copyOf(window.codeView().area().getParagraph(2)
                .getParagraphStyle())));
        assertTrue(onFx(() -> window.codeView().area().getParagraphLinesCount(2)) > 1, "the line wraps");
        List<String> problems = onFx(() -> {
            Parent paragraph = (Parent) window.codeView().area().lookupAll(".paragraph-text").stream()
                    .filter(node -> ((Parent) node).getChildrenUnmodifiable().stream().anyMatch(child ->
                            child instanceof javafx.scene.text.Text text && text.getText().contains("total")))
                    .findFirst().orElseThrow();
            double indent = ((javafx.scene.layout.Region) paragraph).getPadding().getLeft();
            javafx.scene.text.Text spaces = new javafx.scene.text.Text("        ");
            javafx.scene.text.Text code = (javafx.scene.text.Text) paragraph.getChildrenUnmodifiable().stream()
                    .filter(node -> node instanceof javafx.scene.text.Text t && !t.getStyleClass().contains("indent"))
                    .findFirst().orElseThrow();
            spaces.setFont(code.getFont());
            List<String> found = new ArrayList<>();
            if (Math.abs(indent - spaces.getLayoutBounds().getWidth()) > 1.5) {
                found.add("padded " + indent + " for eight spaces " + spaces.getLayoutBounds().getWidth() + " wide");
            }
            for (Node child : paragraph.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text text && text.getBoundsInParent().getMinX() < indent - 1) {
                    found.add("'" + text.getText() + "' starts at " + text.getBoundsInParent().getMinX());
                }
            }
            return found;
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void textTypedAfterAnIndentationIsDrawnFullSizeAtOnce(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        robot.interact(() -> window.codeView().setText("def f():\n    pass\n"));
        WaitForAsyncUtils.waitForFxEvents();
        int afterIndent = "def f():\n    ".length();

        // What a key press does (replaceSelection), and the style read in the same turn, before any highlight.
        List<String> typed = onFx(() -> {
            window.codeView().area().moveTo(afterIndent);
            window.codeView().area().replaceSelection("x");
            return List.copyOf(window.codeView().area().getStyleOfChar(afterIndent));
        });

        assertEquals("def f():\n    xpass\n", onFx(() -> window.codeView().text()));
        assertFalse(typed.contains("indent"), typed.toString());
    }

    @Test
    void atEveryLineStepOnlyTheRunningLineIsEmphasisedAndAnEditKeepsItWhereTheModelSays(FxRobot robot)
            throws TimeoutException {
        waitForTheRun();
        Samples.Sample sample = Samples.blockedLoop();
        robot.interact(() -> window.showRun(sample.run()));
        for (int i = 0; i < 40 && !onFx(() -> window.model().atEnd()); i++) {
            robot.interact(() -> window.model().step(Grain.LINE));
            int line = onFx(() -> CodeMarks.of(window.model().state(), window.model().palette()).runningLine());
            assertEquals(line > 0 ? java.util.Map.of(line - 1, List.of("running-line")) : java.util.Map.of(),
                    styledParagraphs(), "after step " + i);
        }
        robot.interact(() -> window.model().jumpTo(sample.mark("blocked")));
        robot.interact(() -> window.codeView().area().insertText(0, "# a comment above everything\n"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> styledParagraphs().keySet().equals(java.util.Set.of(10)));
    }

    @Test
    void theBlockedLoopIsAnnouncedAcrossTheReadyLaneAndTheRunningLineIsEmphasised(FxRobot robot)
            throws TimeoutException {
        waitForTheRun();
        Samples.Sample sample = Samples.blockedLoop();
        robot.interact(() -> {
            window.showRun(sample.run());
            window.model().jumpTo(sample.mark("blocked"));
        });

        Label banner = robot.lookup("#blockedBanner").queryAs(Label.class);
        assertTrue(onFx(banner::getText).startsWith("LOOP BLOCKED by line 11"), onFx(banner::getText));
        assertEquals(List.of("running-line"), onFx(() -> emphasis(10)));
        assertTrue(onFx(() -> tokenIds("#lane-READY")).containsAll(List.of("token-task-3", "token-task-4")));
        // The running token is drawn with the thicker edge of .token:running (0.6 em at 16 px), the others 0.45 em.
        assertEquals(0.6 * 16, onFx(() -> leftEdge("#token-task-2")), 0.01);
        assertEquals(0.45 * 16, onFx(() -> leftEdge("#token-task-3")), 0.01);

        robot.interact(() -> window.model().step(Grain.LINE));
        assertFalse(onFx(banner::isVisible));
    }

    @Test
    void clickingATokenInspectsItsTask(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        Samples.Sample sample = Samples.cancellation();
        robot.interact(() -> {
            window.showRun(sample.run());
            window.model().jumpTo(sample.mark("workerDone"));
        });

        robot.clickOn("#token-task-2");

        String inspected = onFx(() -> window.inspectorView().text());
        assertTrue(inspected.contains("Task-2"), inspected);
        assertTrue(inspected.contains("CancelledError: stop"), inspected);
        assertTrue(inspected.contains("1 request"), inspected);
    }

    @Test
    void clickingTheTimelineJumpsToThatMoment(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        robot.interact(() -> window.showRun(Samples.blockedLoop().run()));
        Node canvas = robot.lookup("#timelineCanvas").query();

        robot.clickOn(robot.point(canvas).atPosition(javafx.geometry.Pos.TOP_RIGHT)
                .atOffset(new javafx.geometry.Point2D(-40, 60)));

        assertTrue(onFx(() -> window.model().index()) > 0);
        assertTrue(onFx(() -> window.model().state().clock()) > 2.0);
    }

    @Test
    void thousandsOfTasksCollapseLanesAndAggregateTimelineRows(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        Samples.Sample sample = Samples.manyTasks(2_000);
        robot.interact(() -> {
            window.showRun(sample.run());
            window.model().jumpTo(sample.mark("allSleeping"));
        });

        assertTrue(onFx(() -> tokenIds("#lane-TIMERS")).size() <= StageView.MAX_TOKENS_PER_LANE);
        assertTrue(onFx(() -> texts("#lane-TIMERS")).contains("… 1988 more …"));
        List<Timeline.Row> rows = onFx(() -> window.timelineView().rows());
        assertTrue(rows.size() < 15, rows.size() + " rows");
        long started = System.nanoTime();
        robot.interact(() -> window.model().step(Grain.ITERATION));
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "a step on 10,000 tasks took over 2 s");
    }

    // ---- look ----

    @Test
    void zoomAndThemeAreAppliedAndPersisted(FxRobot robot) throws IOException, TimeoutException {
        waitForTheRun();
        robot.clickOn("#zoomInButton").clickOn("#zoomInButton");
        robot.interact(() -> window.setTheme(Theme.HIGH_CONTRAST));

        assertEquals("150 %", onFx(() -> ((Label) window.root().lookup("#zoomLabel")).getText()));
        assertTrue(onFx(() -> window.root().getStyle()).contains("-fx-font-size: 24.0px"));
        assertTrue(onFx(() -> window.root().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css"))));
        Settings saved = new SettingsStore(settingsFile).load();
        assertEquals(1.5, saved.zoom());
        assertEquals(Theme.HIGH_CONTRAST, saved.theme());
        robot.interact(() -> window.setTheme(Theme.LIGHT));
    }

    @Test
    void aCorruptSettingsFileIsIgnoredWithAWarning(FxRobot robot) throws IOException {
        Files.writeString(settingsFile, "{ not json");

        robot.interact(() -> stage.getScene().setRoot(newWindow(lessons).root()));

        String warning = onFx(() -> ((Label) stage.getScene().getRoot().lookup("#warningLabel")).getText());
        assertTrue(warning.contains("is not valid") && warning.contains("using defaults"), warning);
    }

    @Test
    void F1ShowsTheHelpSheetWithTheShortcuts(FxRobot robot) throws TimeoutException {
        waitForTheRun();
        robot.clickOn("#clockLabel").type(KeyCode.F1);

        assertTrue(onFx(() -> window.helpSheet().isShowing()));
        assertTrue(robot.lookup("Keyboard shortcuts").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> window.helpSheet().isShowing()));
    }

    @Test
    void theStageAndTheTimelineExportAsPng(FxRobot robot) throws IOException, TimeoutException {
        waitForTheRun();
        robot.interact(() -> window.showRun(Samples.executor().run()));
        Path dir = Files.createTempDirectory("looplab-png");

        robot.interact(() -> {
            window.exportTo("stage", dir.resolve("stage.png"));
            window.exportTo("timeline", dir.resolve("timeline.png"));
        });

        for (String name : List.of("stage.png", "timeline.png")) {
            byte[] png = Files.readAllBytes(dir.resolve(name));
            assertTrue(png.length > 1000, name);
            assertEquals((byte) 0x89, png[0]);
            assertEquals('P', png[1]);
        }
    }

    // ---- helpers ----

    private void waitForTheRun() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !window.isRunning()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shownState() {
        return onFx(() -> WindowProbe.shownState(window));
    }

    private void assertShowsTheModelsState() {
        onFx(() -> {
            WindowProbe.assertShowsTheModelsState(window, "stage");
            return null;
        });
    }

    private double leftEdge(String tokenId) {
        javafx.scene.layout.Region token = (javafx.scene.layout.Region) window.root().lookup(tokenId);
        return token.getBorder().getStrokes().get(0).getWidths().getLeft();
    }

    private List<String> tokenIds(String selector) {
        return WindowProbe.tokenIds(window.root().lookup(selector));
    }

    private List<String> texts(String selector) {
        return WindowProbe.texts(window.root().lookup(selector));
    }

    private Button button(String id) {
        return (Button) window.root().lookup(id);
    }

    private String status() {
        return onFx(() -> ((Label) window.root().lookup("#statusLabel")).getText());
    }

    private String consoleText() {
        return onFx(this::consoleTextOnFx);
    }

    private String consoleTextOnFx() {
        return WindowProbe.consoleText(window);
    }

    private static <T> T onFx(Callable<T> query) {
        if (Platform.isFxApplicationThread()) {
            try {
                return query.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(query).get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new AssertionError("FX query failed", e.getCause());
        } catch (Exception e) {
            throw new AssertionError("FX query failed", e);
        }
    }
}
