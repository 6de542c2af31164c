package looplab.trace;

import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.TraceEvent.Stream;

/**
 * Hand-written traces of small programs, shaped the way CPython 3.11's asyncio runs them
 * (a task's first step runs one iteration after its creation; the clock moves in {@code _run_once}'s select,
 * after IterationStarted; a sleep's timer callback wakes the task one iteration before the task runs).
 */
final class Scenarios {
    static final String MAIN = "MainThread";

    private Scenarios() {
    }

    /**
     * <pre>
     *  3 async def fetch(i):
     *  4     print(f"start {i}")
     *  5     await asyncio.sleep(1.0)
     *  6     print(f"done {i}")
     *  7     return i * 10
     *  9 async def main():
     * 10     tasks = [asyncio.create_task(fetch(i)) for i in range(3)]
     * 11     print(await asyncio.gather(*tasks))
     * 13 asyncio.run(main())
     * </pre>
     * Marks: "created", "sleeping", "clock", "woken", "task3running", "end".
     */
    static Scenario threeFetches() {
        Scenario s = new Scenario();
        TraceEmitter e = s.emit;
        e.lineExecuted(-1, MAIN, 13);
        e.taskCreated(1, "Task-1", "main()", -1, 13);
        e.handleScheduled(100, "Task.__step", 1);
        e.iterationStarted(1);
        e.taskStepStarted(1, 100);
        e.lineExecuted(1, MAIN, 10);
        for (int i = 0; i < 3; i++) {
            e.taskCreated(2 + i, "Task-" + (2 + i), "fetch(" + i + ")", 1, 10);
            e.handleScheduled(101 + i, "Task.__step", 2 + i);
        }
        e.lineExecuted(1, MAIN, 11);
        e.taskSuspended(1, WaitReason.future(50, "gather(Task-2, Task-3, Task-4)"));
        e.taskStepEnded(1);
        e.iterationEnded(1);
        s.mark("created");
        e.iterationStarted(2);
        for (int i = 0; i < 3; i++) {
            long task = 2 + i;
            e.taskStepStarted(task, 101 + i);
            e.lineExecuted(task, MAIN, 4);
            e.outputPrinted(Stream.STDOUT, "start " + i + "\n", task);
            e.lineExecuted(task, MAIN, 5);
            e.timerScheduled(201 + i, 1.0, task, "sleep(1.0)");
            e.taskSuspended(task, WaitReason.timer(1.0, "sleep(1.0)"));
            e.taskStepEnded(task);
        }
        e.iterationEnded(2);
        s.mark("sleeping");
        e.iterationStarted(3);
        s.at(1.0);
        e.clockAdvanced(0.0, 1.0, ClockReason.TIMER);
        s.mark("clock");
        for (int i = 0; i < 3; i++) {
            e.timerFired(201 + i);
        }
        for (int i = 0; i < 3; i++) {
            e.callbackStarted(201 + i, "futures._set_result_unless_cancelled");
            e.handleScheduled(301 + i, "Task.__wakeup", 2 + i);
            e.callbackEnded(201 + i);
        }
        e.iterationEnded(3);
        s.mark("woken");
        e.iterationStarted(4);
        for (int i = 0; i < 3; i++) {
            long task = 2 + i;
            e.taskStepStarted(task, 301 + i);
            if (task == 3) {
                s.mark("task3running");
            }
            e.lineExecuted(task, MAIN, 6);
            e.outputPrinted(Stream.STDOUT, "done " + i + "\n", task);
            e.lineExecuted(task, MAIN, 7);
            e.taskDone(task, Outcome.RESULT, String.valueOf(i * 10));
            if (task == 4) {
                e.handleScheduled(400, "Task.__wakeup", 1);
            }
            e.taskStepEnded(task);
        }
        e.iterationEnded(4);
        e.iterationStarted(5);
        e.taskStepStarted(1, 400);
        e.lineExecuted(1, MAIN, 11);
        e.outputPrinted(Stream.STDOUT, "[0, 10, 20]\n", 1);
        e.taskDone(1, Outcome.RESULT, "None");
        e.taskStepEnded(1);
        e.iterationEnded(5);
        e.programEnded(0, null);
        s.mark("end");
        return s;
    }

    /**
     * <pre>
     * 4 async def main():
     * 5     print("before")
     * 6     time.sleep(2)
     * 7     print("after")
     * 9 asyncio.run(main())
     * </pre>
     * Marks: "blocked", "unblocked", "end".
     */
    static Scenario blockedLoop() {
        Scenario s = new Scenario();
        TraceEmitter e = s.emit;
        e.lineExecuted(-1, MAIN, 9);
        e.taskCreated(1, "Task-1", "main()", -1, 9);
        e.handleScheduled(100, "Task.__step", 1);
        e.iterationStarted(1);
        e.taskStepStarted(1, 100);
        e.lineExecuted(1, MAIN, 5);
        e.outputPrinted(Stream.STDOUT, "before\n", 1);
        e.lineExecuted(1, MAIN, 6);
        e.loopBlocked(6, 2.0, 1);
        s.mark("blocked");
        s.at(2.0);
        e.clockAdvanced(0.0, 2.0, ClockReason.BLOCKING_CALL);
        s.mark("unblocked");
        e.lineExecuted(1, MAIN, 7);
        e.outputPrinted(Stream.STDOUT, "after\n", 1);
        e.taskDone(1, Outcome.RESULT, "None");
        e.taskStepEnded(1);
        e.iterationEnded(1);
        e.programEnded(0, null);
        s.mark("end");
        return s;
    }

    /**
     * <pre>
     *  3 async def worker():
     *  4     try:
     *  5         await asyncio.sleep(10)
     *  6     except asyncio.CancelledError:
     *  7         print("cancelled")
     *  8         raise
     * 10 async def main():
     * 11     t = asyncio.create_task(worker())
     * 12     await asyncio.sleep(0.5)
     * 13     t.cancel("stop")
     * 14     try:
     * 15         await t
     * 16     except asyncio.CancelledError:
     * 17         print("main saw it")
     * 19 asyncio.run(main())
     * </pre>
     * Marks: "requested", "mainWaits", "delivered", "workerDone", "end".
     */
    static Scenario cancellation() {
        Scenario s = new Scenario();
        TraceEmitter e = s.emit;
        e.lineExecuted(-1, MAIN, 19);
        e.taskCreated(1, "Task-1", "main()", -1, 19);
        e.handleScheduled(100, "Task.__step", 1);
        e.iterationStarted(1);
        e.taskStepStarted(1, 100);
        e.lineExecuted(1, MAIN, 11);
        e.taskCreated(2, "Task-2", "worker()", 1, 11);
        e.handleScheduled(101, "Task.__step", 2);
        e.lineExecuted(1, MAIN, 12);
        e.timerScheduled(200, 0.5, 1, "sleep(0.5)");
        e.taskSuspended(1, WaitReason.timer(0.5, "sleep(0.5)"));
        e.taskStepEnded(1);
        e.iterationEnded(1);
        e.iterationStarted(2);
        e.taskStepStarted(2, 101);
        e.lineExecuted(2, MAIN, 5);
        e.timerScheduled(201, 10.0, 2, "sleep(10)");
        e.taskSuspended(2, WaitReason.timer(10.0, "sleep(10)"));
        e.taskStepEnded(2);
        e.iterationEnded(2);
        e.iterationStarted(3);
        s.at(0.5);
        e.clockAdvanced(0.0, 0.5, ClockReason.TIMER);
        e.timerFired(200);
        e.callbackStarted(200, "futures._set_result_unless_cancelled");
        e.handleScheduled(300, "Task.__wakeup", 1);
        e.callbackEnded(200);
        e.iterationEnded(3);
        e.iterationStarted(4);
        e.taskStepStarted(1, 300);
        e.lineExecuted(1, MAIN, 13);
        e.cancellationRequested(2, "stop");
        s.mark("requested");
        e.handleScheduled(301, "Task.__wakeup", 2);
        e.lineExecuted(1, MAIN, 15);
        e.taskSuspended(1, WaitReason.task(2, "await Task-2"));
        e.taskStepEnded(1);
        s.mark("mainWaits");
        e.iterationEnded(4);
        e.iterationStarted(5);
        e.taskStepStarted(2, 301);
        e.cancellationDelivered(2, 5);
        s.mark("delivered");
        e.timerCancelled(201);
        e.exceptionCaught(2, "CancelledError", 6);
        e.lineExecuted(2, MAIN, 7);
        e.outputPrinted(Stream.STDOUT, "cancelled\n", 2);
        e.lineExecuted(2, MAIN, 8);
        e.exceptionRaised(2, "CancelledError", "stop", 8);
        e.taskDone(2, Outcome.CANCELLED, "CancelledError: stop");
        e.handleScheduled(302, "Task.__wakeup", 1);
        e.taskStepEnded(2);
        s.mark("workerDone");
        e.iterationEnded(5);
        e.iterationStarted(6);
        e.taskStepStarted(1, 302);
        e.exceptionPropagated(2, 1, "CancelledError");
        e.exceptionRaised(1, "CancelledError", "stop", 15);
        e.exceptionCaught(1, "CancelledError", 16);
        e.lineExecuted(1, MAIN, 17);
        e.outputPrinted(Stream.STDOUT, "main saw it\n", 1);
        e.taskDone(1, Outcome.RESULT, "None");
        e.taskStepEnded(1);
        e.iterationEnded(6);
        e.programEnded(0, null);
        s.mark("end");
        return s;
    }

    /**
     * <pre>
     *  3 def blocking_io():
     *  4     time.sleep(1)
     *  5     return 42
     *  7 async def main():
     *  8     loop = asyncio.get_running_loop()
     *  9     print(await loop.run_in_executor(None, blocking_io))
     * 11 asyncio.run(main())
     * </pre>
     * Marks: "inExecutor", "finished", "end".
     */
    static Scenario executorJob() {
        Scenario s = new Scenario();
        TraceEmitter e = s.emit;
        String worker = "ThreadPoolExecutor-0_0";
        e.lineExecuted(-1, MAIN, 11);
        e.taskCreated(1, "Task-1", "main()", -1, 11);
        e.handleScheduled(100, "Task.__step", 1);
        e.iterationStarted(1);
        e.taskStepStarted(1, 100);
        e.lineExecuted(1, MAIN, 8);
        e.lineExecuted(1, MAIN, 9);
        e.executorJobSubmitted(1, "blocking_io()", "ThreadPoolExecutor-0");
        e.executorJobStarted(1, worker);
        e.lineExecuted(-1, worker, 4);
        e.taskSuspended(1, WaitReason.executor(1, "run_in_executor(blocking_io)"));
        e.taskStepEnded(1);
        e.iterationEnded(1);
        s.mark("inExecutor");
        e.iterationStarted(2);
        s.at(1.0);
        e.clockAdvanced(0.0, 1.0, ClockReason.EXECUTOR);
        e.lineExecuted(-1, worker, 5);
        e.executorJobFinished(1, worker, true);
        e.handleScheduled(101, "Task.__wakeup", 1);
        s.mark("finished");
        e.taskStepStarted(1, 101);
        e.lineExecuted(1, MAIN, 9);
        e.outputPrinted(Stream.STDOUT, "42\n", 1);
        e.taskDone(1, Outcome.RESULT, "None");
        e.taskStepEnded(1);
        e.iterationEnded(2);
        e.programEnded(0, null);
        s.mark("end");
        return s;
    }
}
