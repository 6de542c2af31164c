package looplab.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.WaitReason;

/**
 * Small programs with hand-written traces shaped like CPython 3.11's asyncio runs of them, for the window's tests
 * and for screenshots until the runtime emits real traces. Each program's line numbers match its trace.
 */
final class Samples {
    record Sample(String name, String source, List<TraceEvent> events, Map<String, Integer> marks) {
        int mark(String name) {
            Integer index = marks.get(name);
            if (index == null) {
                throw new IllegalArgumentException("no mark " + name);
            }
            return index;
        }

        ProgramRun run() {
            TraceEvent last = events.get(events.size() - 1);
            int exit = last instanceof TraceEvent.ProgramEnded end ? end.exitCode() : 0;
            return new ProgramRun(source, name + ".py", events, "", "", exit, null, null, false);
        }
    }

    private Samples() {
    }

    static Sample named(String name) {
        return switch (name) {
            case "crawl" -> crawl();
            case "blocked" -> blockedLoop();
            case "cancel" -> cancellation();
            case "executor" -> executor();
            default -> manyTasks(Integer.parseInt(name.replace("many", "")));
        };
    }

    static final String CRAWL = """
            import asyncio
            import aiohttp
            sem = asyncio.Semaphore(2)

            async def fetch(session, url):
                async with sem:
                    print(f"GET {url}")
                    async with session.get(url) as resp:
                        return await resp.text()

            async def tick():
                while True:
                    await asyncio.sleep(0.25)

            async def main():
                async with aiohttp.ClientSession() as session:
                    urls = [f"https://example.com/{i}" for i in range(4)]
                    ticker = asyncio.create_task(tick())
                    pages = await asyncio.gather(*(fetch(session, u) for u in urls))
                    ticker.cancel()
                print(len(pages), "pages")

            asyncio.run(main())
            """;

    /** Four fetches through a semaphore of 2, and a ticker that is cancelled at the end. Marks "midRun", "end". */
    static Sample crawl() {
        TraceScript s = new TraceScript();
        Map<String, Integer> marks = new HashMap<>();
        s.line(-1, 23);
        long mainStep = s.create(1, "Task-1", "main()", -1, 23);
        s.iteration();
        s.emit.taskStepStarted(1, mainStep);
        s.line(1, 16);
        s.line(1, 17);
        s.line(1, 18);
        long tickStep = s.create(2, "Task-2", "tick()", 1, 18);
        s.line(1, 19);
        long[] steps = new long[4];
        for (int i = 0; i < 4; i++) {
            steps[i] = s.create(3 + i, "Task-" + (3 + i), "fetch(session, 'https://example.com/" + i + "')", 1, 19);
        }
        s.emit.taskSuspended(1, WaitReason.future(50, "gather(Task-3, Task-4, Task-5, Task-6)"));
        s.emit.taskStepEnded(1);
        s.iteration();
        s.emit.taskStepStarted(2, tickStep);
        s.line(2, 12);
        long tickTimer = s.sleep(2, 13, 0.25);
        s.emit.taskStepEnded(2);
        for (int i = 0; i < 4; i++) {
            long task = 3 + i;
            s.emit.taskStepStarted(task, steps[i]);
            if (task == 4) {
                marks.put("midRun", s.lastIndex());
            }
            s.line(task, 6);
            if (i < 2) {
                startRequest(s, task, i);
            } else {
                s.emit.taskSuspended(task, WaitReason.semaphore(0, 2, "async with sem"));
            }
            s.emit.taskStepEnded(task);
        }
        s.iteration();
        s.advance(0.25, ClockReason.TIMER);
        long tickWake = s.fire(tickTimer, 2);
        s.iteration();
        tickTimer = tickAgain(s, tickWake);
        long next = finishRequest(s, 3, 0, 0.3, 5);
        s.iteration();
        s.emit.taskStepStarted(5, next);
        startRequest(s, 5, 2);
        s.emit.taskStepEnded(5);
        next = finishRequest(s, 4, 1, 0.4, 6);
        s.iteration();
        s.emit.taskStepStarted(6, next);
        startRequest(s, 6, 3);
        s.emit.taskStepEnded(6);
        s.iteration();
        s.advance(0.5, ClockReason.TIMER);
        tickWake = s.fire(tickTimer, 2);
        s.iteration();
        tickTimer = tickAgain(s, tickWake);
        finishRequest(s, 5, 2, 0.7, -1);
        s.iteration();
        s.advance(0.75, ClockReason.TIMER);
        tickWake = s.fire(tickTimer, 2);
        s.iteration();
        tickTimer = tickAgain(s, tickWake);
        finishRequest(s, 6, 3, 0.8, -1);
        long mainWake = s.wakeup(1);
        s.iteration();
        s.emit.taskStepStarted(1, mainWake);
        s.line(1, 20);
        s.emit.cancellationRequested(2, null);
        s.emit.timerCancelled(tickTimer);
        long tickCancel = s.wakeup(2);
        s.print(1, 21, "4 pages");
        s.done(1, "None");
        s.emit.taskStepEnded(1);
        s.iteration();
        s.emit.taskStepStarted(2, tickCancel);
        s.emit.cancellationDelivered(2, 13);
        s.emit.taskDone(2, Outcome.CANCELLED, "CancelledError");
        s.emit.taskStepEnded(2);
        s.end(0, null);
        marks.put("end", s.lastIndex());
        return new Sample("crawl", CRAWL, s.events(), marks);
    }

    private static void startRequest(TraceScript s, long task, int page) {
        s.print(task, 7, "GET https://example.com/" + page);
        s.line(task, 8);
        String url = "https://example.com/" + page;
        s.emit.taskSuspended(task, WaitReason.io("GET " + url, "session.get(url)"));
    }

    /**
     * The request of {@code task} completes at {@code at}; it returns and releases the semaphore, waking
     * {@code next} (if not -1). Returns the handle of that wakeup.
     */
    private static long finishRequest(TraceScript s, long task, int page, double at, long next) {
        s.iteration();
        s.advance(at, ClockReason.IO);
        long wake = s.wakeup(task);
        s.emit.taskStepStarted(task, wake);
        s.line(task, 9);
        long wakeNext = next > 0 ? s.wakeup(next) : -1;
        s.done(task, "'<html>page " + page + "</html>'");
        s.emit.taskStepEnded(task);
        return wakeNext;
    }

    private static long tickAgain(TraceScript s, long wake) {
        s.emit.taskStepStarted(2, wake);
        s.line(2, 12);
        long timer = s.sleep(2, 13, 0.25);
        s.emit.taskStepEnded(2);
        return timer;
    }

    static final String BLOCKED = """
            import asyncio
            import time

            async def tick(name):
                for i in range(2):
                    print(f"{name} tick {i}")
                    await asyncio.sleep(0.5)

            async def hog():
                print("hog: calls time.sleep(2)")
                time.sleep(2)
                print("hog: done")

            async def main():
                await asyncio.gather(hog(), tick("A"), tick("B"))

            asyncio.run(main())
            """;

    /** hog() calls time.sleep(2) on the loop thread while tick("A") and tick("B") are ready. Marks "blocked", "end". */
    static Sample blockedLoop() {
        TraceScript s = new TraceScript();
        Map<String, Integer> marks = new HashMap<>();
        s.line(-1, 17);
        long mainStep = s.create(1, "Task-1", "main()", -1, 17);
        s.iteration();
        s.emit.taskStepStarted(1, mainStep);
        s.line(1, 15);
        long hog = s.create(2, "Task-2", "hog()", 1, 15);
        long a = s.create(3, "Task-3", "tick('A')", 1, 15);
        long b = s.create(4, "Task-4", "tick('B')", 1, 15);
        s.emit.taskSuspended(1, WaitReason.future(50, "gather(Task-2, Task-3, Task-4)"));
        s.emit.taskStepEnded(1);
        s.iteration();
        s.emit.taskStepStarted(2, hog);
        s.print(2, 10, "hog: calls time.sleep(2)");
        s.line(2, 11);
        s.emit.loopBlocked(11, 2.0, 2);
        marks.put("blocked", s.lastIndex());
        s.advance(2.0, ClockReason.BLOCKING_CALL);
        s.print(2, 12, "hog: done");
        s.done(2, "None");
        s.emit.taskStepEnded(2);
        long[] timers = new long[2];
        long[] handles = {a, b};
        for (int i = 0; i < 2; i++) {
            long task = 3 + i;
            s.emit.taskStepStarted(task, handles[i]);
            s.line(task, 5);
            s.print(task, 6, (i == 0 ? "A" : "B") + " tick 0");
            timers[i] = s.sleep(task, 7, 0.5);
            s.emit.taskStepEnded(task);
        }
        for (int round = 1; round <= 2; round++) {
            s.iteration();
            s.advance(2.0 + 0.5 * round, ClockReason.TIMER);
            for (int i = 0; i < 2; i++) {
                handles[i] = s.fire(timers[i], 3 + i);
            }
            s.iteration();
            for (int i = 0; i < 2; i++) {
                long task = 3 + i;
                s.emit.taskStepStarted(task, handles[i]);
                s.line(task, 5);
                if (round == 1) {
                    s.print(task, 6, (i == 0 ? "A" : "B") + " tick 1");
                    timers[i] = s.sleep(task, 7, 0.5);
                } else {
                    s.done(task, "None");
                    if (task == 4) {
                        handles[0] = s.wakeup(1);
                    }
                }
                s.emit.taskStepEnded(task);
            }
        }
        s.iteration();
        s.emit.taskStepStarted(1, handles[0]);
        s.line(1, 15);
        s.done(1, "None");
        s.emit.taskStepEnded(1);
        s.end(0, null);
        marks.put("end", s.lastIndex());
        return new Sample("blocked", BLOCKED, s.events(), marks);
    }

    static final String CANCEL = """
            import asyncio

            async def worker():
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    print("cancelled")
                    raise

            async def main():
                t = asyncio.create_task(worker())
                await asyncio.sleep(0.5)
                t.cancel("stop")
                try:
                    await t
                except asyncio.CancelledError:
                    print("main saw it")

            asyncio.run(main())
            """;

    /** main() cancels a sleeping worker. Marks "requested", "workerDone", "end". */
    static Sample cancellation() {
        TraceScript s = new TraceScript();
        Map<String, Integer> marks = new HashMap<>();
        s.line(-1, 19);
        long mainStep = s.create(1, "Task-1", "main()", -1, 19);
        s.iteration();
        s.emit.taskStepStarted(1, mainStep);
        s.line(1, 11);
        long workerStep = s.create(2, "Task-2", "worker()", 1, 11);
        long mainTimer = s.sleep(1, 12, 0.5);
        s.emit.taskStepEnded(1);
        s.iteration();
        s.emit.taskStepStarted(2, workerStep);
        s.line(2, 4);
        long workerTimer = s.sleep(2, 5, 10.0);
        s.emit.taskStepEnded(2);
        s.iteration();
        s.advance(0.5, ClockReason.TIMER);
        long mainWake = s.fire(mainTimer, 1);
        s.iteration();
        s.emit.taskStepStarted(1, mainWake);
        s.line(1, 13);
        s.emit.cancellationRequested(2, "stop");
        long workerWake = s.wakeup(2);
        s.line(1, 14);
        s.line(1, 15);
        s.emit.taskSuspended(1, WaitReason.task(2, "await Task-2"));
        s.emit.taskStepEnded(1);
        marks.put("requested", s.lastIndex());
        s.iteration();
        s.emit.taskStepStarted(2, workerWake);
        s.emit.cancellationDelivered(2, 5);
        s.emit.timerCancelled(workerTimer);
        s.emit.exceptionCaught(2, "CancelledError", 6);
        s.print(2, 7, "cancelled");
        s.line(2, 8);
        s.emit.exceptionRaised(2, "CancelledError", "stop", 8);
        s.emit.taskDone(2, Outcome.CANCELLED, "CancelledError: stop");
        mainWake = s.wakeup(1);
        s.emit.taskStepEnded(2);
        marks.put("workerDone", s.lastIndex());
        s.iteration();
        s.emit.taskStepStarted(1, mainWake);
        s.emit.exceptionPropagated(2, 1, "CancelledError");
        s.emit.exceptionRaised(1, "CancelledError", "stop", 15);
        s.emit.exceptionCaught(1, "CancelledError", 16);
        s.print(1, 17, "main saw it");
        s.done(1, "None");
        s.emit.taskStepEnded(1);
        s.end(0, null);
        marks.put("end", s.lastIndex());
        return new Sample("cancel", CANCEL, s.events(), marks);
    }

    static final String EXECUTOR = """
            import asyncio
            import time

            def blocking_io(n):
                time.sleep(1)
                return n * 10

            async def heartbeat():
                for i in range(3):
                    print(f"heartbeat {i}")
                    await asyncio.sleep(0.4)

            async def main():
                loop = asyncio.get_running_loop()
                beat = asyncio.create_task(heartbeat())
                results = await asyncio.gather(
                    loop.run_in_executor(None, blocking_io, 1),
                    loop.run_in_executor(None, blocking_io, 2))
                print(results)
                await beat

            asyncio.run(main())
            """;

    /** Two blocking jobs on executor workers while a heartbeat keeps the loop busy. Marks "inExecutor", "end". */
    static Sample executor() {
        TraceScript s = new TraceScript();
        Map<String, Integer> marks = new HashMap<>();
        String[] workers = {"ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"};
        s.line(-1, 22);
        long mainStep = s.create(1, "Task-1", "main()", -1, 22);
        s.iteration();
        s.emit.taskStepStarted(1, mainStep);
        s.line(1, 14);
        s.line(1, 15);
        long beatStep = s.create(2, "Task-2", "heartbeat()", 1, 15);
        s.line(1, 16);
        for (int job = 1; job <= 2; job++) {
            s.line(1, 16 + job);
            s.emit.executorJobSubmitted(job, "blocking_io(" + job + ")", "ThreadPoolExecutor-0");
            s.emit.executorJobStarted(job, workers[job - 1]);
            s.emit.lineExecuted(-1, workers[job - 1], 5);
        }
        s.emit.taskSuspended(1, WaitReason.future(60, "gather(2 executor jobs)"));
        s.emit.taskStepEnded(1);
        long wake = beatStep;
        long timer = 0;
        for (int beat = 0; beat < 3; beat++) {
            s.iteration();
            if (beat > 0) {
                s.advance(0.4 * beat, ClockReason.TIMER);
                wake = s.fire(timer, 2);
                s.iteration();
            }
            s.emit.taskStepStarted(2, wake);
            s.line(2, 9);
            s.print(2, 10, "heartbeat " + beat);
            timer = s.sleep(2, 11, 0.4);
            s.emit.taskStepEnded(2);
            if (beat == 1) {
                marks.put("inExecutor", s.lastIndex());
            }
        }
        s.iteration();
        s.advance(1.0, ClockReason.EXECUTOR);
        for (int job = 1; job <= 2; job++) {
            s.emit.lineExecuted(-1, workers[job - 1], 6);
            s.emit.executorJobFinished(job, workers[job - 1], true);
        }
        long mainWake = s.wakeup(1);
        s.emit.taskStepStarted(1, mainWake);
        s.print(1, 19, "[10, 20]");
        s.line(1, 20);
        s.emit.taskSuspended(1, WaitReason.task(2, "await Task-2"));
        s.emit.taskStepEnded(1);
        s.iteration();
        s.advance(1.2, ClockReason.TIMER);
        wake = s.fire(timer, 2);
        s.iteration();
        s.emit.taskStepStarted(2, wake);
        s.line(2, 9);
        s.done(2, "None");
        mainWake = s.wakeup(1);
        s.emit.taskStepEnded(2);
        s.iteration();
        s.emit.taskStepStarted(1, mainWake);
        s.line(1, 20);
        s.done(1, "None");
        s.emit.taskStepEnded(1);
        s.end(0, null);
        marks.put("end", s.lastIndex());
        return new Sample("executor", EXECUTOR, s.events(), marks);
    }

    static final String MANY = """
            import asyncio

            async def work(i):
                await asyncio.sleep(1 + i % 10 / 10)
                return i

            async def main():
                tasks = [asyncio.create_task(work(i)) for i in range(N)]
                await asyncio.gather(*tasks)

            asyncio.run(main())
            """;

    /** {@code count} tasks sleeping 1.0 to 1.9 s. Marks "allSleeping", "end". */
    static Sample manyTasks(int count) {
        TraceScript s = new TraceScript();
        Map<String, Integer> marks = new HashMap<>();
        s.line(-1, 11);
        long mainStep = s.create(1, "Task-1", "main()", -1, 11);
        s.iteration();
        s.emit.taskStepStarted(1, mainStep);
        s.line(1, 8);
        long[] steps = new long[count];
        for (int i = 0; i < count; i++) {
            steps[i] = s.create(2 + i, "Task-" + (2 + i), "work(" + i + ")", 1, 8);
        }
        s.line(1, 9);
        s.emit.taskSuspended(1, WaitReason.future(50, "gather(" + count + " tasks)"));
        s.emit.taskStepEnded(1);
        s.iteration();
        long[] timers = new long[count];
        for (int i = 0; i < count; i++) {
            s.emit.taskStepStarted(2 + i, steps[i]);
            timers[i] = s.sleep(2 + i, 4, 1 + (i % 10) / 10.0);
            s.emit.taskStepEnded(2 + i);
        }
        marks.put("allSleeping", s.lastIndex());
        long mainWake = -1;
        for (int group = 0; group < 10; group++) {
            s.iteration();
            s.advance(1 + group / 10.0, ClockReason.TIMER);
            for (int i = group; i < count; i += 10) {
                steps[i] = s.fire(timers[i], 2 + i);
            }
            s.iteration();
            for (int i = group; i < count; i += 10) {
                s.emit.taskStepStarted(2 + i, steps[i]);
                s.line(2 + i, 5);
                s.done(2 + i, Integer.toString(i));
                if (group == Math.min(9, count - 1) && i + 10 >= count) {
                    mainWake = s.wakeup(1);
                }
                s.emit.taskStepEnded(2 + i);
            }
        }
        s.iteration();
        s.emit.taskStepStarted(1, mainWake);
        s.line(1, 9);
        s.done(1, "None");
        s.emit.taskStepEnded(1);
        s.end(0, null);
        marks.put("end", s.lastIndex());
        return new Sample("many" + count, MANY.replace("range(N)", "range(" + count + ")"), s.events(), marks);
    }
}
