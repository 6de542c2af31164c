package looplab.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class JsonLinesTraceTest {

    @Test
    void everyScenarioSurvivesARoundTrip() throws IOException {
        for (Scenario scenario : List.of(Scenarios.threeFetches(), Scenarios.blockedLoop(), Scenarios.cancellation(),
                Scenarios.executorJob())) {
            assertEquals(scenario.events(), roundTrip(scenario.events()));
        }
    }

    @Test
    void randomTraceSurvivesARoundTripThroughAFile(@TempDir Path dir) throws IOException {
        List<TraceEvent> events = RandomTrace.generate(3, 50);
        Path file = dir.resolve("out.jsonl");
        try (JsonLinesTraceWriter writer = JsonLinesTraceWriter.open(file)) {
            events.forEach(writer::emit);
        }
        assertEquals(events.size(), Files.readAllLines(file).size());
        assertEquals(events, JsonLinesTraceReader.read(file));
    }

    @Test
    void everyEventTypeAndWaitReasonKindRoundTrips() throws IOException {
        List<TraceEvent> all = EveryEvent.list();
        assertEquals(TraceEvent.class.getPermittedSubclasses().length,
                all.stream().map(Object::getClass).distinct().count(), "one of each event type");
        assertEquals(all, roundTrip(all));
    }

    @Test
    void eachLineIsOneObjectWithTheTypeFirst() throws IOException {
        String line = JsonLinesTraceWriter.toJsonLine(
                new TraceEvent.TaskSuspended(7, 0.5, 2, WaitReason.timer(1.5, "sleep(1.0)")));
        JsonNode json = new ObjectMapper().readTree(line);

        assertTrue(line.startsWith("{\"type\":\"TaskSuspended\""), line);
        assertEquals(7, json.get("seq").asLong());
        assertEquals(0.5, json.get("time").asDouble());
        assertEquals("TIMER", json.get("reason").get("kind").asText());
        assertEquals(1.5, json.get("reason").get("deadline").asDouble());
        assertFalse(json.get("reason").has("futureId"), "fields of other kinds are left out");
    }

    @Test
    void writerOutputMatchesTheDocumentedSample() throws IOException {
        String written = toJsonLines(Scenarios.blockedLoop().events());
        try (InputStream sample = getClass().getResourceAsStream("/trace/blocked-loop.jsonl")) {
            assertNotNull(sample, "src/test/resources/trace/blocked-loop.jsonl");
            assertEquals(new String(sample.readAllBytes(), StandardCharsets.UTF_8), written);
        }
    }

    @Test
    void aLineThatIsNotAnEventIsReportedWithItsNumber() {
        String text = "{\"type\":\"IterationStarted\",\"seq\":0,\"time\":0.0,\"iteration\":1}\n{\"type\":\"Nope\"}\n";
        IOException error = assertThrows(IOException.class, () -> JsonLinesTraceReader.read(new StringReader(text)));
        assertTrue(error.getMessage().startsWith("trace line 2 "), error.getMessage());
    }

    private static List<TraceEvent> roundTrip(List<TraceEvent> events) throws IOException {
        return JsonLinesTraceReader.read(new StringReader(toJsonLines(events)));
    }

    private static String toJsonLines(List<TraceEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonLinesTraceWriter writer = new JsonLinesTraceWriter(out)) {
            events.forEach(writer::emit);
        }
        return out.toString();
    }
}
