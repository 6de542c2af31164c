package looplab.trace;

import looplab.trace.TraceEvent.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
                new FramesChanged(5, 0, 1, "MainThread",
                        List.of(new CallFrame("main", 21), new CallFrame("Point.move", 9)),
                        orderedLocals("self", "<Point object>", "dx", "1", "label", "'é \\\"x\\\"'")),
                new TaskSuspended(6, 0, 1, WaitReason.timer(1.0, "sleep(1.0)")),
                new TaskSuspended(7, 0, 1, WaitReason.future(3, "await fut")),
                new TaskSuspended(8, 0, 1, WaitReason.task(2, "await Task-2")),
                new TaskSuspended(9, 0, 1, WaitReason.io("GET https://example.com/a", "await get(url)")),
                new TaskSuspended(10, 0, 1, WaitReason.lock("async with lock")),
                new TaskSuspended(11, 0, 1, WaitReason.semaphore(0, 2, "async with sem")),
                new TaskSuspended(12, 0, 1, WaitReason.event("await event.wait()")),
                new TaskSuspended(13, 0, 1, WaitReason.condition("await cond.wait()")),
                new TaskSuspended(14, 0, 1, WaitReason.queue("get", "await queue.get()")),
                new TaskSuspended(15, 0, 1, WaitReason.executor(4, "run_in_executor(f)")),
                new TaskStepEnded(16, 0, 1),
                new IterationEnded(17, 0, 1),
                new HandleCancelled(18, 0, 11),
                new CallbackStarted(19, 0, 12, "print_later()"),
                new CallbackEnded(20, 0, 12),
                new TimerScheduled(21, 0, 13, 2.5, -1, "call_later(2.5, cb)"),
                new TimerCancelled(22, 0, 13),
                new TimerFired(23, 0, 14),
                new ClockAdvanced(24, 1.0, 0.0, 1.0, ClockReason.TIMER),
                new LoopBlocked(25, 1.0, 7, 0.25, 1),
                new ExecutorJobSubmitted(26, 1.25, 4, "f()", "ThreadPoolExecutor-0"),
                new ExecutorJobStarted(27, 1.25, 4, "ThreadPoolExecutor-0_0"),
                new FramesChanged(28, 1.25, -1, "ThreadPoolExecutor-0_0", List.of(new CallFrame("f", 3)), Map.of()),
                new ExecutorJobFinished(29, 1.5, 4, "ThreadPoolExecutor-0_0", false),
                new CancellationRequested(30, 1.5, 2, null),
                new CancellationRequested(31, 1.5, 2, "because"),
                new CancellationDelivered(32, 1.5, 2, 9),
                new ExceptionRaised(33, 1.5, 2, "ValueError", "bad \"input\"\n", 11),
                new ExceptionCaught(34, 1.5, 2, "ValueError", 12),
                new ExceptionPropagated(35, 1.5, 2, -1, "ValueError"),
                new TaskDone(36, 1.5, 2, Outcome.EXCEPTION, "ValueError: bad"),
                new OutputPrinted(37, 1.5, Stream.STDERR, "héllo ✓\n", -1),
                new ProgramEnded(38, 1.5, 1, "ValueError: bad"));
    }

    /** Locals keep their definition order: a map built from name, repr, name, repr, … */
    static Map<String, String> orderedLocals(String... namesAndReprs) {
        Map<String, String> locals = new LinkedHashMap<>();
        for (int i = 0; i < namesAndReprs.length; i += 2) {
            locals.put(namesAndReprs[i], namesAndReprs[i + 1]);
        }
        return locals;
    }
}
