package looplab.trace;

import looplab.trace.Timeline.Axis;
import looplab.trace.Timeline.Row;
import looplab.trace.Timeline.RowKind;
import looplab.trace.Timeline.Segment;
import looplab.trace.Timeline.SegmentState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TimelineTest {

    @Test
    void fetchTaskIsReadyRunningWaitingOnTimerReadyRunningDone() {
        Timeline timeline = Timeline.of(Scenarios.threeFetches().events(), Axis.TIME);
        Row fetch = timeline.taskRows().get(1);

        assertEquals("Task-2 fetch(0)", fetch.title());
        assertEquals(List.of(SegmentState.READY, SegmentState.RUNNING, SegmentState.WAITING_TIMER, SegmentState.READY,
                SegmentState.RUNNING, SegmentState.DONE), states(fetch));
        Segment sleeping = fetch.segments().get(2);
        assertEquals(0.0, sleeping.start());
        assertEquals(1.0, sleeping.end());
        assertEquals("sleep(1.0)", sleeping.label());
        assertEquals("→ 0", fetch.segments().get(5).label(), "the done segment shows the result as the stage does");
    }

    @Test
    void segmentsOfARowAreInOrderAndDoNotOverlap() {
        for (Axis axis : Axis.values()) {
            Timeline timeline = Timeline.of(RandomTrace.generate(5, 100), axis);
            for (Row row : timeline.rows()) {
                for (int i = 0; i < row.segments().size(); i++) {
                    Segment segment = row.segments().get(i);
                    assertTrue(segment.start() <= segment.end(), row.title() + " " + segment);
                    if (i > 0) {
                        assertTrue(row.segments().get(i - 1).end() <= segment.start(), row.title() + " " + segment);
                    }
                }
            }
        }
    }

    @Test
    void iterationAxisGivesEveryStepWidth() {
        Timeline timeline = Timeline.of(Scenarios.threeFetches().events(), Axis.ITERATION);
        Row fetch = timeline.taskRows().get(1);
        Segment firstStep = fetch.segments().get(1);

        assertEquals(SegmentState.RUNNING, firstStep.state());
        assertTrue(firstStep.start() >= 2 && firstStep.end() < 3, "runs in iteration 2: " + firstStep);
        assertTrue(firstStep.end() > firstStep.start());
        Segment secondStep = fetch.segments().get(4);
        assertTrue(secondStep.start() >= 4 && secondStep.end() < 5, "runs in iteration 4: " + secondStep);
        assertTrue(timeline.end() < 6);
    }

    @Test
    void loopRowShowsRunningThenBlockedThenRunning() {
        Timeline timeline = Timeline.of(Scenarios.blockedLoop().events(), Axis.TIME);
        Row loop = timeline.loopRow();

        assertEquals(RowKind.LOOP, loop.kind());
        assertEquals(List.of(SegmentState.RUNNING, SegmentState.BLOCKED, SegmentState.RUNNING), states(loop));
        assertEquals(new Segment(0.0, 2.0, SegmentState.BLOCKED, "blocked at line 6", 1), loop.segments().get(1));
    }

    @Test
    void executorWorkerRowAndTaskInExecutor() {
        Timeline timeline = Timeline.of(Scenarios.executorJob().events(), Axis.TIME);
        Row worker = timeline.workerRows().get(0);
        Row main = timeline.taskRows().get(0);

        assertEquals("ThreadPoolExecutor-0_0", worker.title());
        assertEquals(List.of(new Segment(0.0, 1.0, SegmentState.RUNNING, "blocking_io()", 1)), worker.segments());
        Segment waiting = main.segments().get(2);
        assertEquals(SegmentState.IN_EXECUTOR, waiting.state());
        assertEquals(1.0, waiting.end());
    }

    @Test
    void cancelledTaskEndsInACancelledSegment() {
        Timeline timeline = Timeline.of(Scenarios.cancellation().events(), Axis.TIME);
        Row worker = timeline.taskRows().get(1);
        assertEquals(SegmentState.CANCELLED, worker.segments().get(worker.segments().size() - 1).state());
    }

    @Test
    void manyTasksCollapseIntoCountsPerState() {
        Timeline timeline = Timeline.of(Scenarios.threeFetches().events(), Axis.TIME);
        Timeline collapsed = timeline.aggregated(2);

        assertSame(timeline, timeline.aggregated(4));
        assertTrue(collapsed.taskRows().stream().allMatch(r -> r.kind() == RowKind.TASK_STATE_COUNT));
        Row sleeping = collapsed.taskRows().stream().filter(r -> r.title().equals("WAITING_TIMER")).findFirst()
                .orElseThrow();
        assertEquals(List.of(new Segment(0.0, 1.0, SegmentState.WAITING_TIMER, "3 WAITING_TIMER", 3)),
                sleeping.segments());
        assertEquals(timeline.loopRow(), collapsed.loopRow());
    }

    private static List<SegmentState> states(Row row) {
        return row.segments().stream().map(Segment::state).toList();
    }
}
