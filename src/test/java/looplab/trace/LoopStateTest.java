package looplab.trace;

import looplab.trace.LoopState.ConsoleLine;
import looplab.trace.LoopState.ReadyHandle;
import looplab.trace.LoopState.ScheduledTimer;
import looplab.trace.LoopState.TaskInfo;
import looplab.trace.LoopState.TaskState;
import looplab.trace.LoopState.WaitingTask;
import looplab.trace.TraceEvent.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LoopStateTest {

    @Test
    void createdTasksWaitInReadyQueueInCreationOrder() {
        Scenario s = Scenarios.threeFetches();
        LoopState state = s.replay().stateAt(s.index("created"));

        assertEquals(1, state.iteration());
        assertNull(state.running());
        assertEquals(List.of(2L, 3L, 4L), state.ready().stream().map(ReadyHandle::taskId).toList());
        assertEquals(List.of(TaskState.READY, TaskState.READY, TaskState.READY),
                List.of(state.task(2).state(), state.task(3).state(), state.task(4).state()));
        assertEquals("fetch(1)", state.task(3).coroutine());
        assertEquals(1, state.task(3).parentTaskId());
        assertEquals(List.of(new WaitingTask(1, "Task-1", WaitReason.future(50, "gather(Task-2, Task-3, Task-4)"))),
                state.waitingOnFutures());
    }

    @Test
    void sleepingTasksWaitOnTimersSortedByDeadline() {
        Scenario s = Scenarios.threeFetches();
        LoopState state = s.replay().stateAt(s.index("sleeping"));

        assertEquals(0.0, state.clock());
        assertTrue(state.ready().isEmpty());
        assertEquals(List.of(2L, 3L, 4L), state.waitingOnTimers().stream().map(WaitingTask::taskId).toList());
        assertEquals(1.0, state.waitingOnTimers().get(0).reason().deadline());
        assertEquals(List.of(1.0, 1.0, 1.0), state.scheduled().stream().map(ScheduledTimer::deadline).toList());
        assertEquals("sleep(1.0)", state.task(2).awaitingLabel());
        assertEquals(5, state.task(2).line());
        assertEquals(List.of("start 0\n", "start 1\n", "start 2\n"),
                state.console().stream().map(ConsoleLine::text).toList());
    }

    @Test
    void clockJumpsToTheTimerDeadline() {
        Scenario s = Scenarios.threeFetches();
        TraceReplay replay = s.replay();

        assertEquals(0.0, replay.stateAt(s.index("clock") - 1).clock());
        assertEquals(1.0, replay.stateAt(s.index("clock")).clock());
    }

    @Test
    void firedTimersWakeTheirTasksThroughCallbacks() {
        Scenario s = Scenarios.threeFetches();
        LoopState state = s.replay().stateAt(s.index("woken"));

        assertTrue(state.scheduled().isEmpty());
        assertTrue(state.waitingOnTimers().isEmpty());
        assertEquals(List.of("Task.__wakeup", "Task.__wakeup", "Task.__wakeup"),
                state.ready().stream().map(ReadyHandle::callback).toList());
        assertEquals(TaskState.READY, state.task(4).state());
    }

    @Test
    void runningTaskLeavesTheReadyQueue() {
        Scenario s = Scenarios.threeFetches();
        LoopState state = s.replay().stateAt(s.index("task3running"));

        assertEquals(3, state.running().taskId());
        assertEquals("Task-3", state.running().label());
        assertEquals(TaskState.RUNNING, state.task(3).state());
        assertEquals(List.of(4L), state.ready().stream().map(ReadyHandle::taskId).toList());
        assertEquals(List.of("Task-2"), state.doneTasks().stream().map(TaskInfo::name).toList());
    }

    @Test
    void finalStateHasEveryOutcomeAndTheWholeConsole() {
        Scenario s = Scenarios.threeFetches();
        LoopState state = s.replay().stateAt(s.index("end"));

        assertEquals(List.of("0", "10", "20", "None"), state.doneTasks().stream().map(TaskInfo::outcomeText).toList());
        assertTrue(state.doneTasks().stream().allMatch(t -> t.outcome() == Outcome.RESULT));
        assertEquals("[0, 10, 20]\n", state.console().get(6).text());
        assertEquals(1.0, state.console().get(6).time());
        assertEquals(0, state.ended().exitCode());
        assertEquals(5, state.iteration());
    }

    @Test
    void blockingCallHoldsTheLoopUntilTheClockCatchesUp() {
        Scenario s = Scenarios.blockedLoop();
        TraceReplay replay = s.replay();
        LoopState blocked = replay.stateAt(s.index("blocked"));
        LoopState after = replay.stateAt(s.index("unblocked"));

        assertTrue(blocked.isLoopBlocked());
        assertEquals(new LoopState.Blocked(6, 2.0, 1), blocked.blocked());
        assertEquals(0.0, blocked.clock());
        assertEquals(1, blocked.running().taskId());
        assertFalse(after.isLoopBlocked());
        assertEquals(2.0, after.clock());
        assertEquals(2.0, replay.stateAt(s.index("end")).console().get(1).time());
    }

    @Test
    void cancellationIsCountedThenDeliveredThenEndsTheTask() {
        Scenario s = Scenarios.cancellation();
        TraceReplay replay = s.replay();
        LoopState requested = replay.stateAt(s.index("requested"));
        LoopState mainWaits = replay.stateAt(s.index("mainWaits"));
        LoopState delivered = replay.stateAt(s.index("delivered"));
        LoopState end = replay.stateAt(s.index("end"));

        assertEquals(1, requested.task(2).cancelRequests());
        assertEquals(TaskState.READY, mainWaits.task(2).state(), "cancel() wakes the sleeping task");
        assertEquals(List.of(new WaitingTask(1, "Task-1", WaitReason.task(2, "await Task-2"))),
                mainWaits.waitingOnFutures());
        assertEquals("CancelledError", delivered.task(2).raising());
        assertEquals(5, delivered.task(2).line());
        assertEquals(List.of("Task-2"), end.cancelledTasks().stream().map(TaskInfo::name).toList());
        assertEquals("CancelledError: stop", end.task(2).outcomeText());
        assertEquals(Outcome.RESULT, end.task(1).outcome());
        assertNull(end.task(1).raising(), "main caught the CancelledError");
        assertTrue(end.scheduled().isEmpty(), "the worker's sleep timer was cancelled");
    }

    @Test
    void executorJobOccupiesAWorkerWhileItsTaskWaits() {
        Scenario s = Scenarios.executorJob();
        TraceReplay replay = s.replay();
        LoopState inExecutor = replay.stateAt(s.index("inExecutor"));
        LoopState finished = replay.stateAt(s.index("finished"));

        LoopState.Worker worker = inExecutor.workers().get(0);
        assertEquals("ThreadPoolExecutor-0_0", worker.name());
        assertEquals("blocking_io()", worker.job().function());
        assertEquals(4, worker.line());
        assertEquals(List.of(1L), inExecutor.waitingOnExecutor().stream().map(WaitingTask::taskId).toList());
        assertTrue(inExecutor.executorQueue().isEmpty());
        assertFalse(finished.workers().get(0).isBusy());
        assertEquals(TaskState.READY, finished.task(1).state());
        assertEquals(1.0, finished.clock());
    }

    @Test
    void taskThatReschedulesItselfStaysRunningUntilItsStepEnds() {
        Scenario s = new Scenario();
        s.emit.taskCreated(1, "Task-1", "main()", -1, 1);
        s.emit.handleScheduled(10, "Task.__step", 1);
        s.emit.taskStepStarted(1, 10);
        s.emit.handleScheduled(11, "Task.__step", 1);
        s.mark("yielded");
        s.emit.taskStepEnded(1);
        TraceReplay replay = s.replay();

        assertEquals(TaskState.RUNNING, replay.stateAt(s.index("yielded")).task(1).state());
        assertEquals(TaskState.READY, replay.stateAt(replay.end()).task(1).state());
    }

    @Test
    void initialStateIsEmpty() {
        LoopState state = LoopState.initial();
        assertEquals(-1, state.eventIndex());
        assertEquals(0.0, state.clock());
        assertTrue(state.tasks().isEmpty());
        assertEquals(state, new TraceReplay(List.of()).stateAt(-1));
    }
}
