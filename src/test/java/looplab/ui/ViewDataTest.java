package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import looplab.trace.Timeline.Axis;
import looplab.trace.TraceReplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain data the views draw: code marks, console rows, timeline positions, settings. */
class ViewDataTest {
    @Test
    void theCodeMarksEachUnfinishedTaskAtItsLineAndEmphasisesTheRunningOne() {
        Samples.Sample crawl = Samples.crawl();
        StageViewModel model = StageViewModel.of(crawl.events());
        model.jumpTo(crawl.mark("midRun") + 1);

        CodeMarks marks = CodeMarks.of(model.state(), model.palette());

        assertEquals(6, marks.runningLine());
        assertEquals(List.of("Task-4"), marks.at(6).stream().map(CodeMarks.Mark::name).toList());
        assertTrue(marks.at(6).get(0).running());
        assertEquals(List.of("Task-3"), marks.at(8).stream().map(CodeMarks.Mark::name).toList());
        assertEquals(List.of("Task-2"), marks.at(13).stream().map(CodeMarks.Mark::name).toList());
    }

    @Test
    void aLineWhereManyTasksWaitShowsTheRunningOneAndHowManyAreThere() {
        Samples.Sample many = Samples.manyTasks(1000);
        StageViewModel model = StageViewModel.of(many.events());
        model.jumpTo(lineOf(many, 500, 4));

        CodeMarks marks = CodeMarks.of(model.state(), model.palette());

        CodeMarks.Shown atSleep = marks.shown(4);
        assertEquals("Task-500", atSleep.first().name());
        assertTrue(atSleep.first().running());
        assertEquals(499, atSleep.count(), "Task-2 … Task-499 sleep there, Task-500 is about to");
        assertEquals("Task-2", marks.at(4).get(0).name());
        assertEquals(499, marks.at(4).size());
        assertEquals(new CodeMarks.Shown(marks.at(9).get(0), 1), marks.shown(9));
        assertEquals(null, marks.shown(5));
    }

    private static int lineOf(Samples.Sample sample, long taskId, int line) {
        for (int i = 0; i < sample.events().size(); i++) {
            if (sample.events().get(i) instanceof looplab.trace.TraceEvent.LineExecuted executed
                    && executed.taskId() == taskId && executed.line() == line) {
                return i;
            }
        }
        throw new AssertionError("task " + taskId + " never runs line " + line);
    }

    @Test
    void aTaskMarksTooltipNamesTheFirstTasksAndCountsTheRest() {
        List<CodeMarks.Mark> marks = java.util.stream.IntStream.range(0, 1_025)
                .mapToObj(i -> new CodeMarks.Mark(i, "Task-" + i, "#000000", "●", false)).toList();

        String names = CodeView.names(marks);

        assertTrue(names.startsWith("Task-0, Task-1, "), names);
        assertTrue(names.endsWith("Task-19 and 1,005 more"), names);
        assertEquals("Task-0", CodeView.names(marks.subList(0, 1)));
    }

    @Test
    void theInspectorNamesTheFirstTasksAwaitingATaskAndCountsTheRest() {
        TraceScript s = new TraceScript();
        s.create(2, "Task-2", "slow()", -1, 1);
        for (long waiter = 3; waiter <= 30; waiter++) {
            s.create(waiter, "Task-" + waiter, "waiter()", -1, 1);
            s.emit.taskSuspended(waiter, looplab.trace.WaitReason.task(2, "await Task-2"));
        }
        StageViewModel model = StageViewModel.of(s.events());
        model.toEnd();

        List<TaskFacts.Fact> facts = new TaskFacts(model.state(), model.state().task(2)).facts();

        TaskFacts.Fact awaitedBy = facts.stream().filter(f -> f.name().equals("awaited by")).findFirst().orElseThrow();
        assertTrue(awaitedBy.value().startsWith("Task-3, Task-4, "), awaitedBy.value());
        assertTrue(awaitedBy.value().endsWith("Task-22 and 8 more"), awaitedBy.value());
    }

    @Test
    void theBlockingLineIsTheRunningLineWhileTheLoopIsBlocked() {
        Samples.Sample blocked = Samples.blockedLoop();
        StageViewModel model = StageViewModel.of(blocked.events());
        model.jumpTo(blocked.mark("blocked"));

        assertEquals(11, CodeMarks.of(model.state(), model.palette()).runningLine());
    }

    @Test
    void consoleRowsCarryTheirVirtualTimeAndTheLastStepsLinesAreFresh() {
        Samples.Sample blocked = Samples.blockedLoop();
        StageViewModel model = StageViewModel.of(blocked.events());
        int printed = indexOfOutput(blocked, "A tick 1\n");
        model.jumpTo(printed - 3);
        model.jumpTo(printed);

        List<ConsoleRows.Row> rows = ConsoleRows.of(model, blocked.run());

        assertEquals("0.000 s", rows.get(0).time());
        assertEquals("hog: calls time.sleep(2)", rows.get(0).text());
        assertEquals("2.000 s", rows.get(1).time());
        assertTrue(rows.stream().anyMatch(ConsoleRows.Row::fresh));
        assertEquals(List.of("A tick 1"), rows.stream().filter(ConsoleRows.Row::fresh).map(ConsoleRows.Row::text).toList());
    }

    @Test
    void consoleRowsKeptFromStepToStepEqualRowsMadeAfreshAndReuseTheLinesAlreadyPrinted() {
        Samples.Sample blocked = Samples.blockedLoop();
        StageViewModel model = StageViewModel.of(blocked.events());
        ProgramRun run = blocked.run();
        ConsoleRows kept = new ConsoleRows();
        List<ConsoleRows.Row> before = List.of();
        int reused = 0;
        while (!model.atEnd()) {
            model.step(Grain.LINE);
            List<ConsoleRows.Row> rows = kept.rows(model, run);
            assertEquals(ConsoleRows.of(model, run), rows, "at event " + model.index());
            for (int i = 0; i < Math.min(before.size(), rows.size()); i++) {
                if (!rows.get(i).fresh() && !before.get(i).fresh()) {
                    assertTrue(rows.get(i) == before.get(i), "row " + i + " made again at event " + model.index());
                    reused++;
                }
            }
            before = rows;
        }
        while (!model.atStart()) {
            model.back(Grain.TASK_STEP);
            assertEquals(ConsoleRows.of(model, run), kept.rows(model, run),
                    "back at event " + model.index());
        }
        assertTrue(reused > 10, "rows reused: " + reused);
    }

    private static int indexOfOutput(Samples.Sample sample, String text) {
        for (int i = 0; i < sample.events().size(); i++) {
            if (sample.events().get(i) instanceof looplab.trace.TraceEvent.OutputPrinted out && out.text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no output " + text);
    }

    @Test
    void withoutATraceTheConsoleShowsTheCapturedOutputAndTheTraceback() {
        ProgramRun run = new ProgramRun("print(1)\n1/0\n", "main.py", List.of(), "1\n",
                "Traceback (most recent call last):\nZeroDivisionError: division by zero\n", 1, null, null, false);
        StageViewModel model = StageViewModel.of(List.of());

        List<ConsoleRows.Row> rows = ConsoleRows.of(model, run);

        assertEquals(List.of("1", "Traceback (most recent call last):", "ZeroDivisionError: division by zero"),
                rows.stream().map(ConsoleRows.Row::text).toList());
        assertTrue(rows.get(2).stderr());
    }

    @Test
    void timelinePositionsFollowTimeOrIterationsAndMapClicksBackToEvents() {
        Samples.Sample blocked = Samples.blockedLoop();
        TimelinePositions time = TimelinePositions.of(blocked.events(), Axis.TIME);
        TimelinePositions iterations = TimelinePositions.of(blocked.events(), Axis.ITERATION);
        int blockedAt = blocked.mark("blocked");

        assertEquals(0.0, time.x(blockedAt));
        assertEquals(2.0, time.x(blockedAt + 1));
        assertEquals(blockedAt, time.lastIndexAtOrBefore(1.99));
        assertTrue(iterations.x(blockedAt) >= 2 && iterations.x(blockedAt) < 3);
        assertEquals(-1, time.lastIndexAtOrBefore(-0.5));
    }

    @Test
    void aBudgetStopIsShownAtTheLineTheTraceLastRan() {
        Samples.Sample cancel = Samples.cancellation();
        ProgramRun stopped = new ProgramRun(cancel.source(), "main.py", cancel.events().subList(0, 12), "", "", 3,
                null, null, false);
        assertTrue(stopped.ranOutOfBudget());
        assertEquals(12, stopped.stoppedAtLine());
        assertTrue(stopped.summary().contains("line 12"), stopped.summary());
    }

    @Test
    void withoutATraceTheBudgetLineComesFromTheRunnersMessage() {
        ProgramRun stopped = new ProgramRun("while True:\n    pass\n", "main.py", List.of(), "",
                "LoopLab stopped the program: instruction budget exceeded (main.py, line 2)\n", 3, null, null, false);
        assertEquals(2, stopped.stoppedAtLine());
    }

    @Test
    void settingsSurviveARoundTrip(@TempDir Path home) {
        SettingsStore store = new SettingsStore(home.resolve("looplab/settings.json"));
        Settings settings = new Settings(Theme.HIGH_CONTRAST, 2.0, "/lessons/01/main.py", Speed.FAST,
                java.util.Map.of("02-the-minimal-example", 3));

        assertTrue(store.save(settings).isEmpty());

        assertEquals(settings, store.load());
        assertTrue(store.warning().isEmpty());
    }

    @Test
    void aSettingsFileFromBeforeLessonProgressWasKeptLoadsWithNoProgress(@TempDir Path home) throws IOException {
        Path file = home.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"DARK\", \"zoom\": 1.5, \"lastLesson\": null, \"speed\": \"FAST\"}");
        SettingsStore store = new SettingsStore(file);

        Settings loaded = store.load();

        assertEquals(Theme.DARK, loaded.theme());
        assertEquals(java.util.Map.of(), loaded.progress());
        assertTrue(store.warning().isEmpty());
    }

    @Test
    void aCorruptSettingsFileGivesTheDefaultsAndAWarning(@TempDir Path home) throws IOException {
        Path file = home.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"PURPLE\", \"zoom\": ");
        SettingsStore store = new SettingsStore(file);

        assertEquals(Settings.defaults(), store.load());
        assertTrue(store.warning().orElseThrow().contains("not valid"), store.warning().orElseThrow());
    }

    @Test
    void zoomIsKeptBetweenOneAndThreeTimes() {
        assertEquals(3.0, Settings.defaults().withZoom(5).zoom());
        assertEquals(1.0, Settings.defaults().withZoom(0.2).zoom());
    }

    @Test
    void theSampleReplayIsUsableAsAStartState() {
        assertEquals(-1, new TraceReplay(Samples.crawl().events()).stateAt(-1).eventIndex());
    }
}
