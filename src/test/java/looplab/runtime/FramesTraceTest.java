package looplab.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import looplab.trace.CallFrame;
import looplab.trace.ChromeTraceWriter;
import looplab.trace.JsonLinesTraceReader;
import looplab.trace.JsonLinesTraceWriter;
import looplab.trace.LoopState;
import looplab.trace.LoopState.Frames;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.CancellationDelivered;
import looplab.trace.TraceEvent.ExecutorJobFinished;
import looplab.trace.TraceEvent.ExecutorJobStarted;
import looplab.trace.TraceEvent.FramesChanged;
import looplab.trace.TraceEvent.LineExecuted;
import looplab.trace.TraceEvent.TaskCreated;
import looplab.trace.TraceEvent.TaskDone;
import looplab.trace.TraceEvent.TaskSuspended;
import looplab.trace.TraceReplay;
import looplab.trace.TraceSink;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trace tells each task's call stack and innermost locals (FramesChanged), without running Python code. */
class FramesTraceTest {
    private static final String POINT_PROGRAM = Programs.lines(
            "import asyncio",
            "",
            "class Point:",
            "    def __init__(self, x, y):",
            "        self.x = x",
            "        self.y = y",
            "    def __repr__(self):",
            "        print('repr called')",
            "        return f'Point({self.x}, {self.y})'",
            "",
            "async def inner(p, n):",
            "    total = p.x + n",
            "    await asyncio.sleep(0.5)",
            "    return total",
            "",
            "async def walk(name):",
            "    p = Point(1, 2)",
            "    big = list(range(100))",
            "    t = await inner(p, 3)",
            "    return p",
            "",
            "async def main():",
            "    r = await asyncio.create_task(walk('w'))",
            "    print(type(r).__name__)",
            "",
            "asyncio.run(main())");

    @Test
    void atTask3sSuspensionItsIdxIsOneAndItWaitsAtLine7() throws IOException {
        Programs.Run run = guide("01_minimal_fetch.py");
        long task3 = taskNumber(run, "Task-3");
        Frames frames = framesAt(run, e -> e instanceof TaskSuspended s && s.taskId() == task3, task3);
        assertEquals(Map.of("idx", "1"), frames.locals());
        assertEquals(List.of(new CallFrame("fetch", 7)), frames.stack());
    }

    @Test
    void mainsLocalsShowItsTasksWithAsyncioReprsCutShort() throws IOException {
        Programs.Run run = guide("01_minimal_fetch.py");
        long main = taskNumber(run, "Task-1");
        Frames frames = framesAt(run, e -> e instanceof TaskSuspended s && s.taskId() == main, main);
        String tasks = frames.locals().get("tasks");
        assertTrue(tasks.startsWith("[<Task pending name='Task-2' coro=<fetch() running at main."), tasks);
        assertEquals(60, tasks.length(), tasks);
        assertTrue(tasks.endsWith("…"), tasks);
    }

    @Test
    void aUserInstanceShowsAsClassNameObjectAndItsReprNeverRuns() {
        Programs.Run run = Programs.run(POINT_PROGRAM);
        long walk = taskNumber(run, "Task-2");
        Frames frames = framesAt(run, e -> e instanceof TaskSuspended s && s.taskId() == walk, walk);
        assertEquals("<Point object>", frames.locals().get("p"));
        TaskDone done = (TaskDone) run.events().stream().filter(e -> e instanceof TaskDone d && d.taskId() == walk)
                .findFirst().orElseThrow();
        assertEquals("<Point object>", done.text());
        assertFalse(run.stdout().contains("repr called"), run.stdout());
        assertEquals(untraced(POINT_PROGRAM), run.stdout(), "tracing changes nothing the program prints");
    }

    @Test
    void aTaskSuspendedInAnAwaitedCoroutineShowsBothFramesInnermostLast() {
        Programs.Run run = Programs.run(POINT_PROGRAM);
        long walk = taskNumber(run, "Task-2");
        Frames frames = framesAt(run, e -> e instanceof TaskSuspended s && s.taskId() == walk, walk);
        assertEquals(List.of(new CallFrame("walk", 19), new CallFrame("inner", 13)), frames.stack());
        assertEquals(Map.of("p", "<Point object>", "n", "3", "total", "4"), frames.locals());
        assertEquals(List.of("p", "n", "total"), List.copyOf(frames.locals().keySet()), "definition order");
    }

    @Test
    void aCallInsideATaskIsOnItsStackWhileItsLinesRun() {
        Programs.Run run = Programs.run(POINT_PROGRAM);
        long walk = taskNumber(run, "Task-2");
        Frames frames = framesAt(run, e -> e instanceof LineExecuted l && l.taskId() == walk && l.line() == 6, walk);
        assertEquals(List.of(new CallFrame("walk", 17), new CallFrame("Point.__init__", 6)), frames.stack());
        assertEquals(Map.of("self", "<Point object>", "x", "1", "y", "2"), frames.locals());
    }

    @Test
    void longContainersAreCutToSixtyCharacters() {
        Programs.Run run = Programs.run(POINT_PROGRAM);
        long walk = taskNumber(run, "Task-2");
        Frames frames = framesAt(run, e -> e instanceof TaskSuspended s && s.taskId() == walk, walk);
        assertNull(frames.locals().get("big"), "the innermost frame is inner(), not walk()");
        Frames atReturn = framesAt(run, e -> e instanceof TaskDone d && d.taskId() == walk, walk);
        String big = atReturn.locals().get("big");
        assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, …", big);
    }

    @Test
    void onlyChangesAreTold() {
        Programs.Run run = Programs.run(POINT_PROGRAM);
        FramesChanged previous = null;
        for (TraceEvent e : run.events()) {
            if (e instanceof FramesChanged f && f.taskId() >= 0) {
                if (previous != null && previous.taskId() == f.taskId()) {
                    assertTrue(!previous.locals().equals(f.locals())
                            || !previous.stack().subList(0, previous.stack().size() - 1)
                                    .equals(f.stack().subList(0, f.stack().size() - 1))
                            || !previous.innermost().function().equals(f.innermost().function()), f.toString());
                }
                previous = f;
            }
        }
    }

    @Test
    void aListChangedInPlaceIsToldAgainThoughTheSameObjectStaysInTheLocal() {
        Programs.Run run = Programs.run(Programs.lines(
                "import asyncio",
                "",
                "async def grow():",
                "    xs = []",
                "    n = 7",
                "    xs.append(1)",
                "    xs.append(2)",
                "    await asyncio.sleep(0)",
                "",
                "asyncio.run(grow())"));
        List<String> toldXs = run.events().stream()
                .filter(e -> e instanceof FramesChanged f && f.taskId() >= 0 && f.locals().containsKey("xs"))
                .map(e -> ((FramesChanged) e).locals().get("xs"))
                .toList();
        assertEquals(List.of("[]", "[]", "[1]", "[1, 2]"), toldXs);
    }

    @Test
    void anExecutorJobHasItsFunctionsLocalsOnItsWorkerUntilItFinishes() throws IOException {
        Programs.Run run = guide("03_run_in_executor.py");
        FramesChanged job = (FramesChanged) run.events().stream()
                .filter(e -> e instanceof FramesChanged f && f.taskId() == -1).findFirst().orElseThrow();
        ExecutorJobStarted started = (ExecutorJobStarted) run.events().get(indexOf(run, e -> e instanceof ExecutorJobStarted));
        assertEquals(started.worker(), job.threadName());
        assertEquals(List.of(new CallFrame("blocking_io", 6)), job.stack());
        assertEquals(Map.of("n", "10"), job.locals());
        TraceReplay replay = new TraceReplay(run.events());
        assertEquals(job.locals(), replay.stateAt((int) job.seq()).workerFrames().get(job.threadName()).locals());
        int finished = indexOf(run, e -> e instanceof ExecutorJobFinished);
        assertEquals(Map.of(), replay.stateAt(finished).workerFrames());
    }

    @Test
    void theReplayKnowsWhereTheCancellationLanded() throws IOException {
        Programs.Run run = guide("04_cancel_work.py");
        long work = taskNumber(run, "Task-2");
        int delivered = indexOf(run, e -> e instanceof CancellationDelivered c && c.taskId() == work);
        LoopState state = new TraceReplay(run.events()).stateAt(run.events().size() - 1);
        assertEquals(((CancellationDelivered) run.events().get(delivered)).line(), state.task(work).cancelledAtLine());
        assertEquals(7, state.task(work).cancelledAtLine());
    }

    @Test
    void framesSurviveAJsonLinesRoundTrip() throws IOException {
        Programs.Run run = Programs.run(POINT_PROGRAM);
        StringWriter file = new StringWriter();
        try (JsonLinesTraceWriter writer = new JsonLinesTraceWriter(file)) {
            run.events().forEach(writer::emit);
        }
        List<TraceEvent> read = JsonLinesTraceReader.read(new StringReader(file.toString()));
        assertEquals(run.events(), read);
        FramesChanged first = (FramesChanged) read.stream().filter(e -> e instanceof FramesChanged f
                && f.locals().size() == 3).findFirst().orElseThrow();
        assertEquals(List.of("self", "x", "y"), List.copyOf(first.locals().keySet()), "order kept");
    }

    @Test
    void aChromeTraceShowsWhereEachStepStoppedInItsArgs() {
        Programs.Run run = Programs.run(POINT_PROGRAM);
        long walk = taskNumber(run, "Task-2");
        JsonNode firstStep = null;
        for (JsonNode e : ChromeTraceWriter.toJson(run.events()).get("traceEvents")) {
            if (e.path("name").asText().equals("step") && e.path("args").path("taskId").asLong() == walk) {
                firstStep = e.get("args");
                break;
            }
        }
        assertEquals("walk:19 > inner:13", firstStep.get("stack").asText());
        assertEquals("4", firstStep.get("locals").get("total").asText());
    }

    @Test
    void tracesWithFramesKeepEveryGuarantee() throws IOException {
        assertEquals(List.of(), Programs.traceProblems(Programs.run(POINT_PROGRAM)));
        assertEquals(List.of(), Programs.traceProblems(guide("01_minimal_fetch.py")));
        assertEquals(List.of(), Programs.traceProblems(guide("03_run_in_executor.py")));
        assertEquals(List.of(), Programs.traceProblems(guide("04_cancel_work.py")));
    }

    private static Programs.Run guide(String name) throws IOException {
        return Programs.run(Files.readString(Path.of("src/test/resources/corpus/guide/" + name)));
    }

    private static String untraced(String source) {
        CapturedOutput out = new CapturedOutput();
        Runner.run(source, "main.py", new Runner.Options(0, 0, TraceSink.NONE), out);
        return out.both();
    }

    /** The task's frames in the replayed state at the first event that {@code moment} accepts. */
    private static Frames framesAt(Programs.Run run, Predicate<TraceEvent> moment, long taskId) {
        return new TraceReplay(run.events()).stateAt(indexOf(run, moment)).framesOf(taskId);
    }

    private static int indexOf(Programs.Run run, Predicate<TraceEvent> moment) {
        for (int i = 0; i < run.events().size(); i++) {
            if (moment.test(run.events().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }

    private static long taskNumber(Programs.Run run, String name) {
        return run.events().stream().filter(e -> e instanceof TaskCreated c && c.name().equals(name))
                .map(e -> ((TaskCreated) e).taskId()).findFirst().orElseThrow();
    }
}
