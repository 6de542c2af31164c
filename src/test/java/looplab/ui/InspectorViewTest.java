package looplab.ui;

import looplab.runtime.CapturedOutput;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import looplab.runtime.Runner;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.TaskSuspended;
import looplab.trace.TraceRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector of the real window, on the real trace of the guide's three fetches (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    private static final Path FETCH = Path.of("src/test/resources/corpus/guide/01_minimal_fetch.py");
    private static final Path CANCEL = Path.of("src/test/resources/corpus/guide/04_cancel_work.py");
    private static final Path EXECUTOR = Path.of("src/test/resources/corpus/guide/03_run_in_executor.py");
    /** Where {@link #theFetchesLocalsAreATableOfNameAndRepr} leaves pictures of the window and the inspector. */
    static final Path SCREENSHOT = Path.of(System.getProperty("java.io.tmpdir"), "looplab-inspector-locals.png");
    static final Path INSPECTOR_SCREENSHOT = Path.of(System.getProperty("java.io.tmpdir"), "looplab-inspector.png");

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path lessons = Files.createTempDirectory("looplab-lessons");
        Path settings = Files.createTempDirectory("looplab-settings").resolve("settings.json");
        window = new MainWindow(lessons, ProgramRunner.withBudget(1_000_000, 60), new SettingsStore(settings));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @Test
    void withNoTaskSelectedItSaysWhatToDo(FxRobot robot) throws IOException, TimeoutException {
        show(robot, FETCH, 0);
        assertEquals(InspectorView.EMPTY, onFx(() -> window.inspectorView().text()));
    }

    @Test
    void theFetchesLocalsAreATableOfNameAndRepr(FxRobot robot) throws IOException, TimeoutException {
        show(robot, FETCH, e -> e instanceof TaskSuspended s && s.taskId() == 3);

        robot.clickOn("#token-task-3");

        assertEquals(List.of("idx = 1"), onFx(() -> window.inspectorView().localsRows()));
        String text = onFx(() -> window.inspectorView().text());
        assertTrue(text.contains("Task-3  fetch\nstate\nRUNNING"), text);
        assertTrue(text.contains("Call stack (most recent call last)\nfetch()  line 7\nLocals of fetch()"), text);
        assertTrue(text.contains("awaits\nsleep(1.0)"), text);
        robot.interact(() -> {
            try {
                PngExport.write(window.root(), SCREENSHOT);
                PngExport.write(window.inspectorView().content(), INSPECTOR_SCREENSHOT);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aLineStepChangesTheInspectorsTextsAndKeepsItsLabels(FxRobot robot) throws IOException, TimeoutException {
        // Task-2 has printed "Start 0" and is at its sleep: the next line step moves its line from 5 to 7.
        show(robot, FETCH, e -> e instanceof TraceEvent.LineExecuted l && l.taskId() == 2 && l.line() == 5);
        robot.clickOn("#token-task-2");
        String before = onFx(() -> window.inspectorView().text());
        List<Node> labelsBefore = onFx(() -> labels(window.inspectorView().content()));

        robot.interact(() -> window.model().step(Grain.LINE));

        String after = onFx(() -> window.inspectorView().text());
        assertTrue(before.contains("fetch()  line 5"), before);
        assertTrue(after.contains("fetch()  line 7"), after);
        List<Node> labelsAfter = onFx(() -> labels(window.inspectorView().content()));
        assertEquals(labelsBefore.size(), labelsAfter.size());
        for (int i = 0; i < labelsBefore.size(); i++) {
            assertTrue(labelsBefore.get(i) == labelsAfter.get(i), "label " + i + " was made again");
        }
    }

    private static List<Node> labels(Node root) {
        List<Node> found = new ArrayList<>();
        collectLabels(root, found::add);
        return found;
    }

    @Test
    void mainShowsTheTasksItAwaitsInItsLocals(FxRobot robot) throws IOException, TimeoutException {
        show(robot, FETCH, e -> e instanceof TaskSuspended s && s.taskId() == 1);

        robot.clickOn("#token-task-1");

        List<String> rows = onFx(() -> window.inspectorView().localsRows());
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("tasks = [<Task pending name='Task-2' coro=<fetch() running at"), rows.get(0));
    }

    @Test
    void aCancelledTaskSaysWhereTheCancellationLanded(FxRobot robot) throws IOException, TimeoutException {
        show(robot, CANCEL, e -> e instanceof TraceEvent.TaskDone d && d.taskId() == 2);

        robot.clickOn("#token-task-2");

        String text = onFx(() -> window.inspectorView().text());
        assertTrue(text.contains("1 request · CancelledError thrown in at line 7"), text);
        assertTrue(text.contains("cancelled\nasyncio.exceptions.CancelledError"), text);
        assertTrue(text.contains("Where it ended\nwork()  line 10"), text);
    }

    @Test
    void aTaskAwaitingAnExecutorJobShowsTheJobsFrameOnItsWorker(FxRobot robot) throws IOException, TimeoutException {
        show(robot, EXECUTOR, e -> e instanceof TraceEvent.LineExecuted l && !l.threadName().equals("MainThread")
                && l.line() == 7);

        robot.clickOn("#token-task-1");

        String text = onFx(() -> window.inspectorView().text());
        assertTrue(text.contains("awaits\nrun_in_executor(blocking_io)"), text);
        assertTrue(text.contains("In the executor, on asyncio_0\nblocking_io()  line 7\nn = 10"), text);
    }

    @Test
    void noInspectorTextIsSmallerThan16PixelsAt100Percent(FxRobot robot) throws IOException, TimeoutException {
        show(robot, FETCH, e -> e instanceof TaskSuspended s && s.taskId() == 3);
        robot.clickOn("#token-task-3");

        List<String> small = onFx(() -> {
            List<String> found = new ArrayList<>();
            collectLabels(window.inspectorView().content(), label -> {
                if (label.getFont().getSize() < 16) {
                    found.add(label.getText() + " " + label.getFont().getSize());
                }
            });
            return found;
        });
        assertEquals(List.of(), small);
    }

    private ProgramRun show(FxRobot robot, Path program, Predicate<TraceEvent> moment)
            throws IOException, TimeoutException {
        ProgramRun run = runTraced(program);
        int index = 0;
        while (!moment.test(run.events().get(index))) {
            index++;
        }
        return show(robot, run, index);
    }

    private ProgramRun show(FxRobot robot, Path program, int index) throws IOException, TimeoutException {
        return show(robot, runTraced(program), index);
    }

    private ProgramRun show(FxRobot robot, ProgramRun run, int index) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !window.isRunning()));
        robot.interact(() -> {
            window.showRun(run);
            window.model().jumpTo(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return run;
    }

    private static ProgramRun runTraced(Path program) throws IOException {
        String source = Files.readString(program);
        TraceRecorder recorder = new TraceRecorder();
        CapturedOutput out = new CapturedOutput();
        int exit = Runner.run(source, "main.py", new Runner.Options(0, 0, recorder), out).exitCode();
        return new ProgramRun(source, "main.py", recorder.events(), out.stdout(), out.stderr(), exit, null, null, false);
    }

    private static void collectLabels(Node node, java.util.function.Consumer<Label> into) {
        if (node instanceof Label label) {
            into.accept(label);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectLabels(child, into);
            }
        }
    }

    private static <T> T onFx(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }
}
