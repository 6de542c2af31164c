package looplab.lessons;

import java.util.List;
import looplab.trace.TraceEmitter;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.TraceEvent.Stream;
import looplab.trace.TraceRecorder;
import looplab.trace.WaitReason;

/**
 * Traces built by hand, shaped as CPython 3.11's asyncio runs the programs in their comments, so that anchors
 * and answers can be tested without the runtime.
 */
final class HandTraces {
    private static final String MAIN = "MainThread";
    private final TraceRecorder recorder = new TraceRecorder();
    private double clock;
    private final TraceEmitter emit = new TraceEmitter(recorder, () -> clock);

    private HandTraces() {
    }

    private List<TraceEvent> events() {
        return recorder.events();
    }

    private void clockTo(double to, ClockReason reason) {
        double from = clock;
        clock = to;
        emit.clockAdvanced(from, to, reason);
    }

    private void print(long task, String text) {
        emit.outputPrinted(Stream.STDOUT, text + "\n", task);
    }

    /**
     * <pre>
     *  1 import asyncio
     *  3 async def fetch(i):
     *  4     print(f"Start {i}")
     *  5     await asyncio.sleep(1)
     *  6     print(f"Done {i}")
     *  7     return i
     *  9 async def main():
     * 10     tasks = [asyncio.create_task(fetch(i)) for i in range(2)]
     * 11     print(await asyncio.gather(*tasks))
     * 13 asyncio.run(main())
     * </pre>
     * Tasks: Task-1 main, Task-2 fetch(0), Task-3 fetch(1). Output: Start 0, Start 1, Done 0, Done 1, [0, 1].
     */
    static List<TraceEvent> twoFetches() {
        HandTraces t = new HandTraces();
        TraceEmitter e = t.emit;
        e.lineExecuted(-1, MAIN, 13);
        e.taskCreated(1, "Task-1", "main", -1, 13);
        e.handleScheduled(100, "Task.__step", 1);
        e.iterationStarted(1);
        e.taskStepStarted(1, 100);
        e.lineExecuted(1, MAIN, 10);
        e.taskCreated(2, "Task-2", "fetch", 1, 10);
        e.handleScheduled(101, "Task.__step", 2);
        e.taskCreated(3, "Task-3", "fetch", 1, 10);
        e.handleScheduled(102, "Task.__step", 3);
        e.lineExecuted(1, MAIN, 11);
        e.taskSuspended(1, WaitReason.future(1, "gather(Task-2, Task-3)"));
        e.taskStepEnded(1);
        e.iterationEnded(1);
        e.iterationStarted(2);
        for (long task = 2; task <= 3; task++) {
            e.taskStepStarted(task, 99 + task);
            e.lineExecuted(task, MAIN, 4);
            t.print(task, "Start " + (task - 2));
            e.lineExecuted(task, MAIN, 5);
            e.timerScheduled(200 + task, 1.0, task, "sleep(1)");
            e.taskSuspended(task, WaitReason.timer(1.0, "sleep(1)"));
            e.taskStepEnded(task);
        }
        e.iterationEnded(2);
        e.iterationStarted(3);
        t.clockTo(1.0, ClockReason.TIMER);
        for (long task = 2; task <= 3; task++) {
            e.timerFired(200 + task);
        }
        for (long task = 2; task <= 3; task++) {
            e.callbackStarted(200 + task, "futures._set_result_unless_cancelled");
            e.handleScheduled(300 + task, "Task.__wakeup", task);
            e.callbackEnded(200 + task);
        }
        e.iterationEnded(3);
        e.iterationStarted(4);
        for (long task = 2; task <= 3; task++) {
            e.taskStepStarted(task, 300 + task);
            e.lineExecuted(task, MAIN, 6);
            t.print(task, "Done " + (task - 2));
            e.lineExecuted(task, MAIN, 7);
            e.taskDone(task, Outcome.RESULT, Long.toString(task - 2));
            e.taskStepEnded(task);
        }
        e.handleScheduled(400, "Task.__wakeup", 1);
        e.iterationEnded(4);
        e.iterationStarted(5);
        e.taskStepStarted(1, 400);
        e.lineExecuted(1, MAIN, 11);
        t.print(1, "[0, 1]");
        e.taskDone(1, Outcome.RESULT, "None");
        e.taskStepEnded(1);
        e.iterationEnded(5);
        e.programEnded(0, null);
        return t.events();
    }

    /**
     * <pre>
     *  3 async def work():
     *  4     try:
     *  5         await asyncio.sleep(10)
     *  6     except asyncio.CancelledError:
     *  7         print("cleanup")
     *  8         raise
     * 10 async def main():
     * 11     task = asyncio.create_task(work())
     * 12     time.sleep(0.5)
     * 13     await asyncio.sleep(0.5)
     * 14     task.cancel()
     * 15     try:
     * 16         await task
     * 17     except asyncio.CancelledError:
     * 18         print("Cancelled")
     * </pre>
     * Tasks: Task-1 main, Task-2 work. main blocks the loop for 0.5 s before it first waits.
     */
    static List<TraceEvent> blockedThenCancelled() {
        HandTraces t = new HandTraces();
        TraceEmitter e = t.emit;
        e.taskCreated(1, "Task-1", "main", -1, 20);
        e.handleScheduled(100, "Task.__step", 1);
        e.iterationStarted(1);
        e.taskStepStarted(1, 100);
        e.lineExecuted(1, MAIN, 11);
        e.taskCreated(2, "Task-2", "work", 1, 11);
        e.handleScheduled(101, "Task.__step", 2);
        e.lineExecuted(1, MAIN, 12);
        e.loopBlocked(12, 0.5, 1);
        t.clockTo(0.5, ClockReason.BLOCKING_CALL);
        e.lineExecuted(1, MAIN, 13);
        e.timerScheduled(201, 1.0, 1, "sleep(0.5)");
        e.taskSuspended(1, WaitReason.timer(1.0, "sleep(0.5)"));
        e.taskStepEnded(1);
        e.iterationEnded(1);
        e.iterationStarted(2);
        e.taskStepStarted(2, 101);
        e.lineExecuted(2, MAIN, 5);
        e.timerScheduled(202, 10.5, 2, "sleep(10)");
        e.taskSuspended(2, WaitReason.timer(10.5, "sleep(10)"));
        e.taskStepEnded(2);
        e.iterationEnded(2);
        e.iterationStarted(3);
        t.clockTo(1.0, ClockReason.TIMER);
        e.timerFired(201);
        e.callbackStarted(201, "futures._set_result_unless_cancelled");
        e.handleScheduled(301, "Task.__wakeup", 1);
        e.callbackEnded(201);
        e.iterationEnded(3);
        e.iterationStarted(4);
        e.taskStepStarted(1, 301);
        e.lineExecuted(1, MAIN, 14);
        e.cancellationRequested(2, null);
        e.handleScheduled(302, "Task.__wakeup", 2);
        e.lineExecuted(1, MAIN, 16);
        e.taskSuspended(1, WaitReason.task(2, "await Task-2"));
        e.taskStepEnded(1);
        e.iterationEnded(4);
        e.iterationStarted(5);
        e.taskStepStarted(2, 302);
        e.cancellationDelivered(2, 5);
        e.timerCancelled(202);
        e.exceptionRaised(2, "CancelledError", "", 5);
        e.exceptionCaught(2, "CancelledError", 6);
        e.lineExecuted(2, MAIN, 7);
        t.print(2, "cleanup");
        e.lineExecuted(2, MAIN, 8);
        e.handleScheduled(303, "Task.__wakeup", 1);
        e.taskDone(2, Outcome.CANCELLED, "CancelledError");
        e.taskStepEnded(2);
        e.iterationEnded(5);
        e.iterationStarted(6);
        e.taskStepStarted(1, 303);
        e.cancellationDelivered(1, 16);
        e.lineExecuted(1, MAIN, 18);
        t.print(1, "Cancelled");
        e.taskDone(1, Outcome.RESULT, "None");
        e.taskStepEnded(1);
        e.iterationEnded(6);
        e.programEnded(0, null);
        return t.events();
    }

    /** Task-1 main runs {@code blocking_io} in the default executor, awaiting it with one worker. */
    static List<TraceEvent> executorJob() {
        HandTraces t = new HandTraces();
        TraceEmitter e = t.emit;
        e.taskCreated(1, "Task-1", "main", -1, 10);
        e.handleScheduled(100, "Task.__step", 1);
        e.iterationStarted(1);
        e.taskStepStarted(1, 100);
        e.lineExecuted(1, MAIN, 8);
        e.executorJobSubmitted(1, "blocking_io()", "ThreadPoolExecutor-0");
        e.executorJobStarted(1, "ThreadPoolExecutor-0_0");
        e.taskSuspended(1, WaitReason.executor(1, "run_in_executor(blocking_io)"));
        e.taskStepEnded(1);
        e.iterationEnded(1);
        e.iterationStarted(2);
        t.clockTo(2.0, ClockReason.EXECUTOR);
        e.executorJobFinished(1, "ThreadPoolExecutor-0_0", true);
        e.handleScheduled(101, "Task.__wakeup", 1);
        e.iterationEnded(2);
        e.iterationStarted(3);
        e.taskStepStarted(1, 101);
        t.print(1, "100");
        e.taskDone(1, Outcome.RESULT, "None");
        e.taskStepEnded(1);
        e.iterationEnded(3);
        e.programEnded(0, null);
        return t.events();
    }
}
