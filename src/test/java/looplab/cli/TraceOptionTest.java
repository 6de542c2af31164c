package looplab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import looplab.Main;
import looplab.trace.JsonLinesTraceReader;
import looplab.trace.TraceChecker;
import looplab.trace.TraceEvent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `run --trace FILE` writes the run's events, as JSON Lines or as Chrome Trace Event JSON. */
class TraceOptionTest {
    private static final String PROGRAM = """
            import asyncio

            async def fetch(i):
                print("start", i)
                await asyncio.sleep(1)
                return i

            async def main():
                tasks = [asyncio.create_task(fetch(i)) for i in range(2)]
                print(await asyncio.gather(*tasks))

            asyncio.run(main())
            """;

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = Main.commandLine(ProgramEngine.RUNNER);
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void jsonLinesTraceReadsBackAndKeepsEveryGuarantee() throws Exception {
        Path program = Files.writeString(dir.resolve("main.py"), PROGRAM);
        Path trace = dir.resolve("run.jsonl");
        assertEquals(0, run("run", program.toString(), "--trace", trace.toString()));
        List<TraceEvent> events = JsonLinesTraceReader.read(trace);
        assertTrue(events.get(events.size() - 1) instanceof TraceEvent.ProgramEnded);
        assertEquals(List.of(), TraceChecker.problems(events));
        List<String> fetches = events.stream().filter(e -> e instanceof TraceEvent.TaskCreated)
                .map(e -> (TraceEvent.TaskCreated) e).filter(t -> t.coroutine().equals("fetch"))
                .map(TraceEvent.TaskCreated::name).toList();
        assertEquals(List.of("Task-2", "Task-3"), fetches);
    }

    @Test
    void chromeTraceHasOneTrackPerTaskAndTheLoopAndInstantsForPrints() throws Exception {
        Path program = Files.writeString(dir.resolve("main.py"), PROGRAM);
        Path trace = dir.resolve("run.json");
        assertEquals(0, run("run", program.toString(), "--trace", trace.toString(), "--trace-format", "chrome"));
        JsonNode root = new ObjectMapper().readTree(trace.toFile());
        JsonNode events = root.get("traceEvents");
        assertTrue(events.isArray() && events.size() > 0);
        Set<String> threadNames = new HashSet<>();
        Set<String> phases = new HashSet<>();
        for (JsonNode e : events) {
            phases.add(e.get("ph").asText());
            assertTrue(e.has("pid") && e.has("tid"), "every event names its process and track: " + e);
            if (e.get("ph").asText().equals("M") && e.get("name").asText().equals("thread_name")) {
                threadNames.add(e.get("args").get("name").asText());
            }
            if (e.get("ph").asText().equals("X")) {
                assertTrue(e.get("dur").asDouble() > 0 && e.has("ts"), "complete events have a start and a duration");
            }
        }
        assertTrue(phases.containsAll(Set.of("M", "X", "i")), "metadata, complete and instant events: " + phases);
        assertTrue(threadNames.stream().anyMatch(n -> n.contains("Task-2")), threadNames.toString());
        assertTrue(threadNames.stream().anyMatch(n -> n.contains("Task-3")), threadNames.toString());
        assertTrue(threadNames.stream().anyMatch(n -> n.contains("loop")), threadNames.toString());
    }

    @Test
    void unknownTraceFormatIsAUsageError() throws Exception {
        Path program = Files.writeString(dir.resolve("main.py"), "print(1)\n");
        assertEquals(2, run("run", program.toString(), "--trace", dir.resolve("x").toString(), "--trace-format", "xml"));
    }
}
