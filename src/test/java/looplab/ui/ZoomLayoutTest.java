package looplab.ui;

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
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import looplab.ui.WindowLayout.Arrangement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window projected at high zoom: lesson 02 at 0.5 s (the three fetches asleep on their timers), opened at a
 * zoom and a window size, and what a class sees then, as layout facts (headless, Monocle). With
 * {@code LOOPLAB_ZOOM_SNAPSHOTS=DIR} each test also leaves a picture of the window there.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomLayoutTest {
    private static final Path LESSON_TWO = Path.of("lessons/02-the-minimal-example/main.py");
    /** Lesson 02's line 4, the longest of its short lines: it wrapped at 150 % before the code got its width. */
    private static final int FETCH_DEF_LINE = 4;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
        stage.show();
    }

    // ---- which arrangement ----

    @Test
    void at100PercentIn1280x800TheLowerPanesAreColumnsWithTheDesignedSplit(FxRobot robot) throws Exception {
        open(robot, 1.0, 1280, 800);

        assertEquals(Arrangement.COLUMNS, read(() -> panes().arrangement()));
        assertEquals(2, read(() -> ((SplitPane) window.root().lookup("#columns")).getItems().size()));
        assertEquals(WindowLayout.DESIGNED_CODE_SHARE, read(() -> panes().codeShare()), 0.005);
        assertTrue(read(() -> window.root().lookup("#paneTabs") == null), "no tabs");
        snapshot(robot, "zoom-100-1280x800");
    }

    @Test
    void at150PercentTheLowerPanesAreTabsWithTheLessonInFrontAndTheCodeLinesDoNotWrap(FxRobot robot)
            throws Exception {
        open(robot, 1.5, 1280, 800);

        assertEquals(Arrangement.LOWER_TABS, read(() -> panes().arrangement()));
        assertEquals(List.of("Lesson", "Timeline", "Console", "Inspector"), read(() -> panes().tabTitles()));
        assertEquals("Lesson", read(() -> panes().selectedTab()));
        assertTrue(read(() -> window.root().lookup("#columns") == null), "no columns");
        assertEquals(1, read(() -> window.codeView().area().getParagraphLinesCount(FETCH_DEF_LINE - 1)),
                "async def fetch(idx: int): on one line");
        snapshot(robot, "zoom-150-1280x800");
    }

    @Test
    void at300PercentIn1280x800EveryPaneIsATabAndTheLoopIsOneClickAway(FxRobot robot) throws Exception {
        open(robot, 3.0, 1280, 800);

        assertEquals(Arrangement.ALL_TABS, read(() -> panes().arrangement()));
        assertEquals(List.of("Code", "The loop", "Lesson", "Timeline", "Console", "Inspector"),
                read(() -> panes().tabTitles()));
        robot.interact(() -> ((javafx.scene.control.TabPane) window.root().lookup("#paneTabs")).getSelectionModel()
                .select(1));
        assertEquals("The loop", read(() -> panes().selectedTab()));
        assertTrue(read(() -> window.root().lookup("#clockLabel").isVisible()));
        assertNamesWhole(robot);
        snapshot(robot, "zoom-300-1280x800-loop");

        robot.clickOn("#clockLabel").type(KeyCode.N);
        assertEquals("Lesson", read(() -> panes().selectedTab()), "N brings the narration to the front");
    }

    @Test
    void changingTheZoomRearrangesThePanesAndBackAt100PercentTheColumnsReturn(FxRobot robot) throws Exception {
        open(robot, 1.0, 1280, 800);

        robot.interact(() -> window.setZoom(2.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Arrangement.LOWER_TABS, read(() -> panes().arrangement()));
        robot.interact(() -> window.setZoom(1.0));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Arrangement.COLUMNS, read(() -> panes().arrangement()));
        assertEquals(2, read(() -> ((SplitPane) window.root().lookup("#columns")).getItems().size()));
        assertEquals(WindowLayout.DESIGNED_CODE_SHARE, read(() -> panes().codeShare()), 0.005);
    }

    // ---- what is seen at 200 % on 1280x800 ----

    @Test
    void at200PercentNoTokenNameIsCutTheDetailsEndInAnEllipsisAndNothingNeedsASideScroll(FxRobot robot)
            throws Exception {
        open(robot, 2.0, 1280, 800);

        assertTrue(read(() -> window.stageView().lanesStacked()), "causes under the lane titles");
        List<Text> names = read(() -> texts(window.root().lookup("#loopStage"), "token-name"));
        assertEquals(4, names.size(), "Task-1 to Task-4 on the stage");
        assertNamesWhole(robot);
        List<String> details = read(() -> shownDetails(window.root().lookup("#lane-TIMERS")));
        assertEquals(3, details.size());
        assertTrue(details.stream().allMatch(detail -> detail.endsWith("…")), details.toString());
        assertFalse(read(() -> lanesScroll().getHvalue() != 0 || hasSideScroll(lanesScroll())));
        snapshot(robot, "zoom-200-1280x800");
    }

    @Test
    void at200PercentTheClockTheLessonTitleAndItsProgressAreWholeAndTheToolbarIsOneRow(FxRobot robot)
            throws Exception {
        open(robot, 2.0, 1280, 800);

        for (String id : List.of("#clockLabel", "#lessonTitle", "#lessonProgress")) {
            Label label = (Label) window.root().lookup(id);
            assertEquals(read(label::getText), read(() -> shownText(label)), id + " is not cut");
        }
        Node toolbar = window.root().lookup(".controls");
        Node play = window.root().lookup("#playButton");
        assertTrue(read(() -> toolbar.getLayoutBounds().getHeight() < 2 * play.getLayoutBounds().getHeight()),
                "the toolbar holds one row");
        assertEquals(24, read(() -> ((javafx.scene.control.Button) play).getFont().getSize()), 0.01,
                "the toolbar stops growing at 150 %");
    }

    @Test
    void aLongLessonTitleWrapsInTheSideColumnInsteadOfEndingInAnEllipsis(FxRobot robot) throws Exception {
        open(robot, 1.25, 1280, 800);
        Label title = (Label) window.root().lookup("#lessonTitle");

        robot.interact(() -> title.setText("11  Back-pressure with a semaphore, and why a queue is not enough"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Arrangement.COLUMNS, read(() -> panes().arrangement()));
        assertEquals(read(title::getText), read(() -> shownText(title)));
        assertTrue(read(() -> title.getHeight() > 1.5 * title.getFont().getSize()), "on two lines");
    }

    @Test
    void at200PercentWithNothingRunningTheCodeScrollsToTheLineTheTasksWaitAt(FxRobot robot) throws Exception {
        open(robot, 2.0, 1280, 800);
        org.fxmisc.richtext.CodeArea area = window.codeView().area();

        int sleepLine = 7;
        assertTrue(read(() -> area.firstVisibleParToAllParIndex() <= sleepLine - 1
                && sleepLine - 1 <= area.lastVisibleParToAllParIndex()), "line 7, where Task-2, 3 and 4 sleep");
    }

    @Test
    void ctrlLInTabsTakesTheLessonAndInspectorTabsAwayAndBringsThemBack(FxRobot robot) throws Exception {
        open(robot, 2.0, 1280, 800);

        robot.clickOn("#clockLabel").press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertEquals(List.of("Timeline", "Console"), read(() -> panes().tabTitles()));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);

        assertEquals(List.of("Lesson", "Timeline", "Console", "Inspector"), read(() -> panes().tabTitles()));
        assertEquals("Lesson", read(() -> panes().selectedTab()));
    }

    @Test
    void clickingATokenInTabsBringsTheInspectorToTheFront(FxRobot robot) throws Exception {
        open(robot, 2.0, 1280, 800);

        robot.clickOn("#token-task-2");

        assertEquals("Inspector", read(() -> panes().selectedTab()));
        assertTrue(read(() -> window.inspectorView().text()).contains("Task-2"));
        snapshot(robot, "zoom-200-1280x800-inspector");
    }

    // ---- helpers ----

    /** Every token's name lies inside the stage's visible width: a token may shorten its detail, never its name. */
    private void assertNamesWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        read(() -> {
            ScrollPane lanes = lanesScroll();
            Bounds visible = lanes.localToScene(lanes.getLayoutBounds());
            for (Text name : texts(window.root().lookup("#loopStage"), "token-name")) {
                Bounds bounds = name.localToScene(name.getLayoutBounds());
                assertTrue(bounds.getMinX() >= visible.getMinX() && bounds.getMaxX() <= visible.getMaxX(),
                        name.getText() + " at " + bounds + " outside " + visible);
            }
            return null;
        });
    }

    @Test
    void at200PercentTheCompactCodeMarksOfASemaphoreCrowdShowTheirTaskAndCountWhole(FxRobot robot)
            throws Exception {
        open(robot, Path.of("lessons/11-back-pressure-with-a-semaphore/main.py"), 0.05, 2.0, 1280, 800);

        List<String> marks = read(() -> {
            List<String> shown = new ArrayList<>();
            collect(window.codeView().area(), node -> {
                if (node instanceof Label label && label.getStyleClass().contains("task-mark") && label.isVisible()
                        && label.getScene() != null) {
                    shown.add(label.getText() + " shown as " + WindowProbe.drawnText(label));
                }
            });
            return shown;
        });
        // Line 8 holds Task-12 and the five tasks waiting for the semaphore behind it.
        assertTrue(marks.contains("12+5 shown as 12+5"), marks.toString());
        for (String mark : marks) {
            String[] parts = mark.split(" shown as ");
            assertEquals(parts[0], parts[1], mark);
        }
        snapshot(robot, "zoom-200-lesson-11");
    }

    private static boolean hasSideScroll(ScrollPane scroll) {
        Node content = scroll.getContent();
        return content.getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 0.5;
    }

    private ScrollPane lanesScroll() {
        return (ScrollPane) window.root().lookup(".stage-scroll");
    }

    private WindowPanes panes() {
        return window.panes();
    }

    /** Opens lesson 02 at 0.5 s at {@code zoom} in a window of {@code width}x{@code height}, and waits for it. */
    private void open(FxRobot robot, double zoom, double width, double height) throws Exception {
        open(robot, LESSON_TWO, 0.5, zoom, width, height);
    }

    private void open(FxRobot robot, Path lesson, double atSeconds, double zoom, double width, double height)
            throws Exception {
        Path settings = Files.createTempDirectory("looplab-settings").resolve("settings.json");
        new SettingsStore(settings).save(Settings.defaults().withZoom(zoom));
        robot.interact(() -> {
            window = new MainWindow(Path.of("lessons"), ProgramRunner.ENGINE, new SettingsStore(settings),
                    lesson.toAbsolutePath());
            window.afterTheRun(atSeconds, null);
            stage.setScene(new Scene(window.root(), width, height));
            stage.sizeToScene();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> read(() -> !window.isRunning() && window.lessonGuide().lesson().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the arrangement follows the first layout
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, read(() -> window.root().getScene().getWidth()), 0.5);
    }

    /** What a label draws: its text, or the text cut to "…" when it does not fit. */
    private static String shownText(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }

    /** The details the tokens drawn in {@code lane} show (tokens live in the stage's token layer, not in lanes). */
    private List<String> shownDetails(Node lane) {
        List<String> shown = new ArrayList<>();
        for (String id : WindowProbe.tokenIds(lane)) {
            collect(window.root().lookup("#" + id), node -> {
                if (node instanceof Text text && text.getStyleClass().contains("token-detail")) {
                    shown.add(text.getText());
                }
            });
        }
        return shown;
    }

    private static List<Text> texts(Node root, String styleClass) {
        List<Text> found = new ArrayList<>();
        collect(root, node -> {
            if (node instanceof Text text && text.getStyleClass().contains(styleClass)) {
                found.add(text);
            }
        });
        return found;
    }

    private static void collect(Node node, java.util.function.Consumer<Node> into) {
        WindowProbe.collect(node, n -> true, into);
    }

    private void snapshot(FxRobot robot, String name) {
        String dir = System.getenv("LOOPLAB_ZOOM_SNAPSHOTS");
        if (dir != null) {
            robot.interact(() -> {
                try {
                    PngExport.write(window.root(), Path.of(dir, name + ".png"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static <T> T read(Callable<T> query) {
        return WindowProbe.read(query);
    }
}
