package looplab.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ChromeTraceWriterTest {

    @Test
    void namesOneTrackForTheLoopAndOnePerTask() throws IOException {
        JsonNode trace = written(Scenarios.threeFetches());
        Map<String, Integer> tracks = threadNames(trace);

        assertEquals(List.of("MainThread (event loop)", "Task-1 main()", "Task-2 fetch(0)", "Task-3 fetch(1)",
                "Task-4 fetch(2)"), new ArrayList<>(tracks.keySet()));
        assertEquals(5, tracks.values().stream().distinct().count(), "each track has its own tid");
    }

    @Test
    void taskStepsAreCompleteEventsOnTheirTaskTrackInVirtualMicroseconds() throws IOException {
        JsonNode trace = written(Scenarios.threeFetches());
        int task3 = threadNames(trace).get("Task-3 fetch(1)");
        List<JsonNode> steps = events(trace, "X", task3);

        assertEquals(2, steps.size());
        assertTrue(steps.get(0).get("ts").asLong() < 1_000, "first step at virtual time 0");
        long secondTs = steps.get(1).get("ts").asLong();
        assertTrue(secondTs >= 1_000_000 && secondTs < 1_001_000, "second step after the 1.0 s sleep: " + secondTs);
        steps.forEach(step -> assertEquals(ChromeTraceWriter.MIN_DURATION_US, step.get("dur").asLong(),
                "a step taking no virtual time gets the minimal duration"));
    }

    @Test
    void handlesOnTheLoopTrackFollowOneAnother() throws IOException {
        JsonNode trace = written(Scenarios.threeFetches());
        List<JsonNode> handles = events(trace, "X", threadNames(trace).get("MainThread (event loop)"));

        assertEquals(4 + 3 + 4, handles.size(), "first steps, timer callbacks, steps after the wakeups");
        for (int i = 1; i < handles.size(); i++) {
            long previousEnd = handles.get(i - 1).get("ts").asLong() + handles.get(i - 1).get("dur").asLong();
            assertTrue(handles.get(i).get("ts").asLong() >= previousEnd, "handle " + i + " overlaps the one before");
        }
        assertEquals("Task-2", handles.get(1).get("name").asText());
        assertEquals("futures._set_result_unless_cancelled", handles.get(4).get("name").asText());
    }

    @Test
    void blockedLoopIsABandAsLongAsTheBlockingCall() throws IOException {
        JsonNode trace = written(Scenarios.blockedLoop());
        List<JsonNode> loop = events(trace, "X", threadNames(trace).get("MainThread (event loop)"));
        JsonNode blocked = loop.stream().filter(e -> e.get("cat").asText().equals("blocked")).findFirst().orElseThrow();

        assertEquals(0, blocked.get("ts").asLong());
        assertEquals(2_000_000, blocked.get("dur").asLong());
        assertEquals("blocked at line 6", blocked.get("name").asText());
    }

    @Test
    void executorJobIsABandOnItsWorkerTrack() throws IOException {
        JsonNode trace = written(Scenarios.executorJob());
        int worker = threadNames(trace).get("ThreadPoolExecutor-0_0");
        List<JsonNode> jobs = events(trace, "X", worker);

        assertEquals(1, jobs.size());
        assertEquals("blocking_io()", jobs.get(0).get("name").asText());
        assertEquals(0, jobs.get(0).get("ts").asLong());
        assertEquals(1_000_000, jobs.get(0).get("dur").asLong());
        assertTrue(jobs.get(0).get("args").get("ok").asBoolean());
    }

    @Test
    void printsAndCancellationsAreInstantsOnTheTaskTrack() throws IOException {
        JsonNode trace = written(Scenarios.cancellation());
        int worker = threadNames(trace).get("Task-2 worker()");
        List<String> instants = events(trace, "i", worker).stream().map(e -> e.get("name").asText()).toList();

        assertEquals(List.of("cancel()", "CancelledError delivered", "print", "done: CANCELLED"), instants);
        JsonNode cancel = events(trace, "i", worker).get(0);
        assertEquals("stop", cancel.get("args").get("message").asText());
        assertEquals("t", cancel.get("s").asText());
        assertEquals(500_000, cancel.get("ts").asLong(), 100);
    }

    @Test
    void everyEventHasTheFieldsPerfettoNeeds() throws IOException {
        JsonNode trace = written(Scenarios.cancellation());
        for (JsonNode event : trace.get("traceEvents")) {
            assertTrue(event.has("ph") && event.has("pid") && event.has("tid") && event.has("name"), event.toString());
            if (!event.get("ph").asText().equals("M")) {
                assertTrue(event.get("ts").isIntegralNumber(), event.toString());
            }
        }
    }

    private static JsonNode written(Scenario scenario) throws IOException {
        StringWriter out = new StringWriter();
        ChromeTraceWriter.write(scenario.events(), out);
        JsonNode trace = new ObjectMapper().readTree(out.toString());
        assertTrue(trace.get("traceEvents").isArray());
        return trace;
    }

    /** Track names to tids, in the order the tracks were declared. */
    private static Map<String, Integer> threadNames(JsonNode trace) {
        Map<String, Integer> names = new java.util.LinkedHashMap<>();
        for (JsonNode event : trace.get("traceEvents")) {
            if (event.get("ph").asText().equals("M") && event.get("name").asText().equals("thread_name")) {
                names.put(event.get("args").get("name").asText(), event.get("tid").asInt());
            }
        }
        return names;
    }

    private static List<JsonNode> events(JsonNode trace, String phase, int tid) {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode event : trace.get("traceEvents")) {
            if (event.get("ph").asText().equals(phase) && event.get("tid").asInt() == tid) {
                events.add(event);
            }
        }
        return events;
    }
}
