package looplab.trace;

import looplab.trace.TraceEvent.*;

import java.util.List;

/** One event of every type (and a TaskSuspended for every kind of WaitReason), for format tests. */
final class EveryEvent {
    private EveryEvent() {
    }

    static List<TraceEvent> list() {
        return List.of(
                new LineExecuted(0, 0, -1, "MainThread", 20),
                new TaskCreated(1, 0, 1, "Task-1", "main()", -1, 20),
                new HandleScheduled(2, 0, 10, "Task.__step", 1),
                new IterationStarted(3, 0, 1),
                new TaskStepStarted(4, 0, 1, 10),
                new TaskSuspended(5, 0, 1, WaitReason.timer(1.0, "sleep(1.0)")),
                new TaskSuspended(6, 0, 1, WaitReason.future(3, "await fut")),
                new TaskSuspended(7, 0, 1, WaitReason.task(2, "await Task-2")),
                new TaskSuspended(8, 0, 1, WaitReason.io("GET https://example.com/a", "await get(url)")),
                new TaskSuspended(9, 0, 1, WaitReason.lock("async with lock")),
                new TaskSuspended(10, 0, 1, WaitReason.semaphore(0, 2, "async with sem")),
                new TaskSuspended(11, 0, 1, WaitReason.event("await event.wait()")),
                new TaskSuspended(12, 0, 1, WaitReason.condition("await cond.wait()")),
                new TaskSuspended(13, 0, 1, WaitReason.queue("get", "await queue.get()")),
                new TaskSuspended(14, 0, 1, WaitReason.executor(4, "run_in_executor(f)")),
                new TaskStepEnded(15, 0, 1),
                new IterationEnded(16, 0, 1),
                new HandleCancelled(17, 0, 11),
                new CallbackStarted(18, 0, 12, "print_later()"),
                new CallbackEnded(19, 0, 12),
                new TimerScheduled(20, 0, 13, 2.5, -1, "call_later(2.5, cb)"),
                new TimerCancelled(21, 0, 13),
                new TimerFired(22, 0, 14),
                new ClockAdvanced(23, 1.0, 0.0, 1.0, ClockReason.TIMER),
                new LoopBlocked(24, 1.0, 7, 0.25, 1),
                new ExecutorJobSubmitted(25, 1.25, 4, "f()", "ThreadPoolExecutor-0"),
                new ExecutorJobStarted(26, 1.25, 4, "ThreadPoolExecutor-0_0"),
                new ExecutorJobFinished(27, 1.5, 4, "ThreadPoolExecutor-0_0", false),
                new CancellationRequested(28, 1.5, 2, null),
                new CancellationRequested(29, 1.5, 2, "because"),
                new CancellationDelivered(30, 1.5, 2, 9),
                new ExceptionRaised(31, 1.5, 2, "ValueError", "bad \"input\"\n", 11),
                new ExceptionCaught(32, 1.5, 2, "ValueError", 12),
                new ExceptionPropagated(33, 1.5, 2, -1, "ValueError"),
                new TaskDone(34, 1.5, 2, Outcome.EXCEPTION, "ValueError: bad"),
                new OutputPrinted(35, 1.5, Stream.STDERR, "héllo ✓\n", -1),
                new ProgramEnded(36, 1.5, 1, "ValueError: bad"));
    }
}
