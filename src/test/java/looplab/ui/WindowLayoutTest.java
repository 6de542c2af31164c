package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import looplab.ui.WindowLayout.Arrangement;
import org.junit.jupiter.api.Test;

/** Where the panes go and how the window is shared, for the sizes and zooms a classroom projects at. */
class WindowLayoutTest {
    private static final List<String> LESSON_TWO = lines("lessons/02-the-minimal-example/main.py");

    @Test
    void a1280x800WindowKeepsItsColumnsUpTo125PercentThenTabsTheLowerPanesThenEveryPane() {
        assertEquals(Arrangement.COLUMNS, WindowLayout.arrangement(1280, 800, 1.0));
        assertEquals(Arrangement.COLUMNS, WindowLayout.arrangement(1280, 800, 1.25));
        assertEquals(Arrangement.LOWER_TABS, WindowLayout.arrangement(1280, 800, 1.5));
        assertEquals(Arrangement.LOWER_TABS, WindowLayout.arrangement(1280, 800, 2.0));
        assertEquals(Arrangement.ALL_TABS, WindowLayout.arrangement(1280, 800, 2.25));
        assertEquals(Arrangement.ALL_TABS, WindowLayout.arrangement(1280, 800, 3.0));
    }

    @Test
    void a1920x1080WindowKeepsItsColumnsAt150PercentAndTabsOnlyTheLowerPanesUpTo300Percent() {
        assertEquals(Arrangement.COLUMNS, WindowLayout.arrangement(1920, 1080, 1.5));
        assertEquals(Arrangement.LOWER_TABS, WindowLayout.arrangement(1920, 1080, 2.0));
        assertEquals(Arrangement.LOWER_TABS, WindowLayout.arrangement(1920, 1080, 3.0));
    }

    @Test
    void at100PercentTheSplitIsTheDesignedOneWhateverTheProgram() {
        assertEquals(WindowLayout.DESIGNED_CODE_SHARE, WindowLayout.codeShare(1280, 1.0, LESSON_TWO));
        assertEquals(WindowLayout.DESIGNED_CODE_SHARE, WindowLayout.codeShare(1280, 1.0, List.of("x".repeat(200))));
        assertEquals(WindowLayout.DESIGNED_TOP_SHARE, WindowLayout.topShare(Arrangement.COLUMNS, 735, 1.0));
    }

    @Test
    void zoomedTheCodeGetsTheWidthOfItsLinesAndTheStageKeepsItsMinimum() {
        int fitted = WindowLayout.fittedLength(LESSON_TWO);
        assertEquals("async def fetch(idx: int):".length(), fitted, "one long line does not set the width");

        double at150 = WindowLayout.codeShare(1280, 1.5, LESSON_TWO) * 1280;
        assertTrue(at150 >= WindowLayout.codeWidthPx(1.5, fitted), at150 + " px");
        double at1920 = WindowLayout.codeShare(1920, 2.0, LESSON_TWO) * 1920;
        assertTrue(at1920 >= WindowLayout.codeWidthPx(2.0, fitted), at1920 + " px at 200 % on 1920");

        double stageAt200 = (1 - WindowLayout.codeShare(1280, 2.0, LESSON_TWO)) * 1280;
        assertTrue(stageAt200 >= WindowLayout.STAGE_MIN_WIDTH_EM * WindowLayout.em(2.0) - 0.5,
                stageAt200 + " px: at 200 % on 1280 neither fits, and the stage keeps at least its minimum");
    }

    @Test
    void zoomedTheLowerTabsKeepRoomForThreeLinesOfNarrationAndTheCodeAndStageGetTheRest() {
        double at150 = WindowLayout.topShare(Arrangement.LOWER_TABS, 693, 1.5);
        double at200 = WindowLayout.topShare(Arrangement.LOWER_TABS, 693, 2.0);
        assertTrue(at150 > at200, at150 + " > " + at200);
        assertTrue((1 - at200) * 693 >= 4.5 * WindowLayout.em(1.5) + 7.4 * WindowLayout.em(2.0) - 0.5,
                "room for the lesson at 200 %");
    }

    @Test
    void aShortWindowLeavesOutTheCodesAndTheStagesTitleRows() {
        assertTrue(WindowLayout.showsTopHeaders(800, 1.5));
        assertFalse(WindowLayout.showsTopHeaders(800, 2.0));
        assertTrue(WindowLayout.showsTopHeaders(1080, 2.0));
    }

    @Test
    void theToolbarShowsWordsWhileTheyFitInOneRowAndStopsGrowingAt150Percent() {
        assertTrue(Controls.showsWords(1280, WindowLayout.chromeZoom(1.0)));
        assertFalse(Controls.showsWords(1280, WindowLayout.chromeZoom(1.25)));
        assertTrue(Controls.showsWords(1920, WindowLayout.chromeZoom(2.0)));
        assertEquals(1.5, WindowLayout.chromeZoom(3.0));
    }

    @Test
    void aNarrowStagePutsEachCauseUnderItsTitle() {
        assertFalse(StageView.stacksLaneLabels(717, 1.0), "100 % at 1280: side by side, as designed");
        assertTrue(StageView.stacksLaneLabels(625, 1.5));
        assertFalse(StageView.stacksLaneLabels(1075, 1.5), "150 % at 1920");
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
