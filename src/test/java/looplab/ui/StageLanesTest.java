package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import looplab.trace.LoopState;
import looplab.trace.TraceReplay;
import looplab.ui.StageLanes.Lane;
import looplab.ui.StageLanes.LaneKind;
import looplab.ui.StageLanes.Token;
import org.junit.jupiter.api.Test;

class StageLanesTest {
    private static Map<LaneKind, Lane> lanesAt(Samples.Sample sample, String mark, int maxTokens) {
        LoopState state = new TraceReplay(sample.events()).stateAt(sample.mark(mark));
        return StageLanes.of(state, TaskPalette.of(sample.events()), maxTokens).stream()
                .collect(Collectors.toMap(Lane::kind, Function.identity()));
    }

    private static List<String> names(Lane lane) {
        return lane.shown().stream().map(Token::name).toList();
    }

    @Test
    void midRunEachTaskIsInTheLaneOfItsStateInDequeOrder() {
        Map<LaneKind, Lane> lanes = lanesAt(Samples.crawl(), "midRun", 12);

        assertEquals(List.of("Task-4"), names(lanes.get(LaneKind.RUNNING)));
        assertEquals(List.of("Task-5", "Task-6"), names(lanes.get(LaneKind.READY)));
        assertEquals(List.of("Task-2"), names(lanes.get(LaneKind.TIMERS)));
        assertEquals(List.of("Task-3"), names(lanes.get(LaneKind.IO)));
        assertEquals(List.of("Task-1"), names(lanes.get(LaneKind.FUTURES)));
        assertTrue(lanes.get(LaneKind.DONE).isEmpty());
    }

    @Test
    void aTimerTokenShowsItsDeadlineAndTimeLeft() {
        Map<LaneKind, Lane> lanes = lanesAt(Samples.crawl(), "midRun", 12);

        String detail = lanes.get(LaneKind.TIMERS).shown().get(0).detail();

        assertTrue(detail.contains("sleep(0.25)"), detail);
        assertTrue(detail.contains("0.250 s (0.250 s left)"), detail);
    }

    @Test
    void waitersOnASemaphoreSayHowManyPermitsAreFree() {
        Samples.Sample crawl = Samples.crawl();
        LoopState state = new TraceReplay(crawl.events()).stateAt(crawl.mark("midRun") + 20);
        List<Lane> lanes = StageLanes.of(state, TaskPalette.of(crawl.events()), 12);
        Lane primitives = lanes.stream().filter(l -> l.kind() == LaneKind.PRIMITIVES).findFirst().orElseThrow();

        assertEquals(List.of("Task-5", "Task-6"), names(primitives));
        assertTrue(primitives.shown().get(0).detail().contains("0/2 free"), primitives.shown().get(0).detail());
    }

    @Test
    void cancelledAndFinishedTasksGoToTheirOwnLanesWithTheirOutcome() {
        Map<LaneKind, Lane> lanes = lanesAt(Samples.cancellation(), "workerDone", 12);

        assertEquals(List.of("Task-2"), names(lanes.get(LaneKind.CANCELLED)));
        assertEquals("CancelledError: stop", lanes.get(LaneKind.CANCELLED).shown().get(0).detail());
        assertTrue(lanes.get(LaneKind.DONE).isEmpty());
    }

    @Test
    void theStageAndTheTimelineSayAlikeHowEachTaskEnded() {
        ProgramRun run = ProgramSession.run(ProgramRunner.ENGINE, String.join("\n",
                "import asyncio",
                "async def ok():",
                "    return 42",
                "async def bad():",
                "    raise ValueError('boom')",
                "async def main():",
                "    print(await asyncio.gather(ok(), bad(), return_exceptions=True))",
                "asyncio.run(main())", ""), "ends.py");
        LoopState end = new TraceReplay(run.events()).stateAt(run.events().size() - 1);
        Lane done = StageLanes.of(end, TaskPalette.of(run.events()), 12).stream()
                .filter(l -> l.kind() == LaneKind.DONE).findFirst().orElseThrow();
        Map<String, String> onStage = done.shown().stream().collect(Collectors.toMap(Token::name, Token::detail));
        Map<String, String> onTimeline = looplab.trace.Timeline.of(run.events(), looplab.trace.Timeline.Axis.TIME)
                .taskRows().stream().collect(Collectors.toMap(r -> r.title().split(" ")[0],
                        r -> r.segments().get(r.segments().size() - 1).label()));

        assertEquals("→ 42", onStage.get("Task-2"));
        assertEquals("raised ValueError: boom", onStage.get("Task-3"));
        assertEquals(onStage, onTimeline);
    }

    @Test
    void busyExecutorWorkersShowTheirJobAndLine() {
        Map<LaneKind, Lane> lanes = lanesAt(Samples.executor(), "inExecutor", 12);

        List<Token> workers = lanes.get(LaneKind.EXECUTOR).shown();
        assertEquals(List.of("ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"), workers.stream().map(Token::name).toList());
        assertEquals("blocking_io(1) · line 5", workers.get(0).detail());
    }

    @Test
    void tenThousandSleepingTasksCollapseIntoTheFirstAndLastTokensAndACount() {
        Map<LaneKind, Lane> lanes = lanesAt(Samples.manyTasks(10_000), "allSleeping", 12);

        Lane timers = lanes.get(LaneKind.TIMERS);
        assertEquals(10_000, timers.total());
        assertEquals(12, timers.shown().size());
        assertEquals(9_988, timers.hidden());
        assertEquals("Task-2", timers.first().get(0).name());
        assertEquals("Task-10001", timers.last().get(timers.last().size() - 1).name());
    }

    @Test
    void tasksBeyondSevenRepeatColoursWithAnotherShape() {
        TaskPalette palette = TaskPalette.of(Samples.manyTasks(10).events());

        assertEquals(palette.colour(1), palette.colour(8));
        assertTrue(!palette.shape(1).equals(palette.shape(8)));
        assertTrue(!palette.colour(1).equals(palette.colour(2)));
    }
}
