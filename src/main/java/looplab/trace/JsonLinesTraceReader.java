package looplab.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Lines trace written by {@link JsonLinesTraceWriter} back into event records. Blank lines are skipped. */
public final class JsonLinesTraceReader {
    private JsonLinesTraceReader() {
    }

    public static List<TraceEvent> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** @throws IOException also when a line is not a trace event; the message names the line number */
    public static List<TraceEvent> read(Reader in) throws IOException {
        ObjectReader json = TraceJson.mapper().readerFor(TraceEvent.class);
        BufferedReader lines = new BufferedReader(in);
        List<TraceEvent> events = new ArrayList<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                events.add(parse(json, line, lineNumber));
            }
        }
        return events;
    }

    private static TraceEvent parse(ObjectReader json, String line, int lineNumber) throws IOException {
        try {
            return json.readValue(line);
        } catch (JsonProcessingException e) {
            throw new IOException("trace line " + lineNumber + " is not a trace event: " + e.getOriginalMessage(), e);
        }
    }
}
