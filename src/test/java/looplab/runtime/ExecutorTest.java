package looplab.runtime;

import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.ClockAdvanced;
import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.TraceEvent.ExecutorJobFinished;
import looplab.trace.TraceEvent.ExecutorJobStarted;
import looplab.trace.TraceEvent.ExecutorJobSubmitted;
import looplab.trace.TraceEvent.HandleScheduled;
import looplab.trace.TraceEvent.LineExecuted;
import looplab.trace.TraceEvent.LoopBlocked;
import looplab.trace.TraceEvent.TaskSuspended;
import looplab.trace.WaitReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static looplab.runtime.Programs.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Executors on simulated worker threads: run_in_executor, to_thread, ThreadPoolExecutor, concurrent.futures. */
class ExecutorTest {

    private static <T extends TraceEvent> List<T> events(Programs.Run run, Class<T> type) {
        return run.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void executorWorkerSleepBlocksOnlyThatWorker() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, time",
                "def slow():",
                "    time.sleep(1.0)",
                "    return 'done'",
                "async def ticker(loop, start):",
                "    for _ in range(3):",
                "        await asyncio.sleep(0.25)",
                "        print('tick', round(loop.time() - start, 2))",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    start = loop.time()",
                "    result, _ = await asyncio.gather(loop.run_in_executor(None, slow), ticker(loop, start))",
                "    print(result, round(loop.time() - start, 2))",
                "asyncio.run(main())"));
        assertEquals(lines("tick 0.25", "tick 0.5", "tick 0.75", "done 1.0"), run.stdout());
        assertTrue(events(run, LoopBlocked.class).isEmpty(), "a worker's sleep never blocks the loop");
        assertEquals(List.of(), Programs.traceProblems(run));
    }

    @Test
    void singleWorkerPoolQueuesJobsVisibly() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, time, concurrent.futures",
                "def job(n):",
                "    time.sleep(0.2)",
                "    return n",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:",
                "        print(await asyncio.gather(*(loop.run_in_executor(pool, job, n) for n in range(3))))",
                "asyncio.run(main())"));
        assertEquals(lines("[0, 1, 2]"), run.stdout());
        List<String> order = run.events().stream()
                .filter(e -> e instanceof ExecutorJobSubmitted || e instanceof ExecutorJobStarted
                        || e instanceof ExecutorJobFinished)
                .map(e -> e.getClass().getSimpleName().replace("ExecutorJob", "") + " " + jobId(e)
                        + " @" + Math.round(e.time() * 10) / 10.0)
                .toList();
        assertEquals(List.of("Submitted 1 @0.0", "Started 1 @0.0", "Submitted 2 @0.0", "Submitted 3 @0.0",
                "Finished 1 @0.2", "Started 2 @0.2", "Finished 2 @0.4", "Started 3 @0.4", "Finished 3 @0.6"), order);
        assertEquals(Set.of("ThreadPoolExecutor-0_0"),
                events(run, ExecutorJobStarted.class).stream().map(ExecutorJobStarted::worker).collect(Collectors.toSet()));
        assertEquals(List.of(), Programs.traceProblems(run));
    }

    private static long jobId(TraceEvent e) {
        if (e instanceof ExecutorJobSubmitted s) {
            return s.jobId();
        }
        return e instanceof ExecutorJobStarted s ? s.jobId() : ((ExecutorJobFinished) e).jobId();
    }

    @Test
    void jobCompletionReachesTheLoopAtTheInstantItFinished() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, time",
                "def blocking_io():",
                "    time.sleep(0.3)",
                "    return 42",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    print(await loop.run_in_executor(None, blocking_io))",
                "asyncio.run(main())"));
        assertEquals(lines("42"), run.stdout());
        List<TraceEvent> events = run.events();
        ExecutorJobFinished finished = events(run, ExecutorJobFinished.class).get(0);
        assertEquals(0.3, finished.time(), 1e-4);
        assertEquals("asyncio_0", finished.worker());
        ClockAdvanced before = (ClockAdvanced) events.stream()
                .filter(e -> e instanceof ClockAdvanced c && c.reason() == ClockReason.EXECUTOR && e.seq() < finished.seq())
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(finished.time(), before.to(), 1e-9);
        HandleScheduled setState = events.stream().filter(e -> e.seq() > finished.seq())
                .filter(HandleScheduled.class::isInstance).map(HandleScheduled.class::cast).findFirst().orElseThrow();
        assertEquals("_set_state", setState.callback(), "call_soon_threadsafe(_set_state, ...) from the worker");
        TaskSuspended waiting = events(run, TaskSuspended.class).get(0);
        assertEquals(WaitReason.Kind.EXECUTOR, waiting.reason().kind());
        assertEquals(1L, waiting.reason().jobId());
        assertEquals(List.of(), Programs.traceProblems(run));
    }

    @Test
    void defaultExecutorHasSixWorkersForTheVirtualTwoCoreMachine() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, time",
                "def job(n):",
                "    time.sleep(0.1)",
                "    return n",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    start = loop.time()",
                "    await asyncio.gather(*(asyncio.to_thread(job, n) for n in range(8)))",
                "    print(round(loop.time() - start, 1))",
                "asyncio.run(main())"));
        assertEquals(lines("0.2"), run.stdout());
        assertEquals(Set.of("asyncio_0", "asyncio_1", "asyncio_2", "asyncio_3", "asyncio_4", "asyncio_5"),
                events(run, ExecutorJobStarted.class).stream().map(ExecutorJobStarted::worker).collect(Collectors.toSet()));
    }

    @Test
    void workerLinesAreTracedOnTheWorkersThread() {
        Programs.Run run = Programs.run(lines(
                "import asyncio",
                "def work():",
                "    return 1",
                "async def main():",
                "    await asyncio.to_thread(work)",
                "asyncio.run(main())"));
        LineExecuted line3 = events(run, LineExecuted.class).stream().filter(l -> l.line() == 3).findFirst().orElseThrow();
        assertEquals("asyncio_0", line3.threadName());
        assertEquals(-1, line3.taskId());
    }

    @Test
    void workerCpuTimeDelaysItsJobButNotTheLoop() {
        Programs.Run run = Programs.run(lines(
                "import asyncio",
                "def count(n):",
                "    total = 0",
                "    for i in range(n):",
                "        total += i",
                "    return total",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    start = loop.time()",
                "    fut = loop.run_in_executor(None, count, 200000)",
                "    print('submitted after', round(loop.time() - start, 3))",
                "    await fut",
                "    print('finished after more than 0.01:', loop.time() - start > 0.01)",
                "asyncio.run(main())"));
        assertEquals(lines("submitted after 0.0", "finished after more than 0.01: True"), run.stdout());
    }

    @Test
    void blockingSleepOnTheLoopLetsWorkersRunMeanwhile() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, time",
                "def job():",
                "    time.sleep(0.5)",
                "    print('job done at', round(time.monotonic(), 1))",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    fut = loop.run_in_executor(None, job)",
                "    time.sleep(1.0)",
                "    print('loop unblocked at', round(loop.time(), 1))",
                "    await fut",
                "asyncio.run(main())"));
        assertEquals(lines("job done at 0.5", "loop unblocked at 1.0"), run.stdout());
        List<LoopBlocked> blocks = events(run, LoopBlocked.class);
        assertTrue(blocks.size() >= 2, "the block is split where the worker ran");
        assertTrue(blocks.stream().allMatch(b -> b.line() == 8));
        assertEquals(1.0, blocks.stream().mapToDouble(LoopBlocked::duration).sum(), 1e-9);
        assertEquals(List.of(), Programs.traceProblems(run));
    }

    @Test
    void concurrentFuturesWaitOnTheVirtualClock() {
        Programs.Run run = Programs.run(lines(
                "import time, concurrent.futures as cf",
                "def job(n):",
                "    time.sleep(n)",
                "    return n",
                "with cf.ThreadPoolExecutor(max_workers=3) as pool:",
                "    futs = [pool.submit(job, n) for n in (0.3, 0.1, 0.2)]",
                "    print([f.result() for f in cf.as_completed(futs)])",
                "    done, not_done = cf.wait([pool.submit(job, 1), pool.submit(job, 5)], timeout=2)",
                "    print(len(done), len(not_done), round(time.monotonic(), 1))",
                "    try:",
                "        pool.submit(job, 9).result(timeout=0.5)",
                "    except TimeoutError:",
                "        print('timed out at', round(time.monotonic(), 1))",
                "    print(list(pool.map(job, [0.1, 0.2])))",
                "print('exit at', round(time.monotonic(), 1))"));
        assertEquals(lines("[0.1, 0.2, 0.3]", "1 1 2.3", "timed out at 2.8", "[0.1, 0.2]", "exit at 11.3"),
                run.stdout());
    }

    @Test
    void programExitWaitsForWorkerThreads() {
        Programs.Run run = Programs.run(lines(
                "import time, concurrent.futures",
                "def job():",
                "    time.sleep(2)",
                "    print('job finished at', round(time.monotonic(), 1))",
                "pool = concurrent.futures.ThreadPoolExecutor()",
                "pool.submit(job)",
                "print('main done')"));
        assertEquals(lines("main done", "job finished at 2.0"), run.stdout());
        assertEquals(0, run.exitCode());
    }

    @Test
    void anExceptionInAJobIsRaisedWhereItIsAwaited() {
        Programs.Run run = Programs.run(lines(
                "import asyncio",
                "def bad():",
                "    raise ValueError('bad input')",
                "async def main():",
                "    try:",
                "        await asyncio.to_thread(bad)",
                "    except ValueError as e:",
                "        print('caught', e)",
                "asyncio.run(main())"));
        assertEquals(lines("caught bad input"), run.stdout());
        assertTrue(events(run, ExecutorJobFinished.class).stream().noneMatch(ExecutorJobFinished::ok));
    }

    @Test
    void cancellingTheAwaitingTaskCancelsAQueuedJob() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, time, concurrent.futures",
                "def job(n):",
                "    time.sleep(0.5)",
                "    print('ran', n)",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    with concurrent.futures.ThreadPoolExecutor(1) as pool:",
                "        first = loop.run_in_executor(pool, job, 1)",
                "        second = loop.run_in_executor(pool, job, 2)",
                "        await asyncio.sleep(0.1)",
                "        second.cancel()",
                "        await first",
                "        print('second cancelled:', second.cancelled())",
                "asyncio.run(main())"));
        assertEquals(lines("ran 1", "second cancelled: True"), run.stdout());
    }

    @Test
    void toThreadRunsInACopyOfTheCallersContext() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, contextvars",
                "request_id = contextvars.ContextVar('request_id', default='-')",
                "def job():",
                "    return request_id.get()",
                "async def main():",
                "    request_id.set('r1')",
                "    loop = asyncio.get_running_loop()",
                "    print(await asyncio.to_thread(job))",
                "    print(await loop.run_in_executor(None, job))",
                "asyncio.run(main())"));
        assertEquals(lines("r1", "-"), run.stdout());
    }
}
