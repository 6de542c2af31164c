package looplab.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each event as one JSON object on its own line ({@code "type"} first, then the record's components),
 * the format of {@code looplab run --trace out.jsonl}. Read it back with {@link JsonLinesTraceReader}.
 */
public final class JsonLinesTraceWriter implements TraceSink, Closeable {
    private static final ObjectWriter JSON = TraceJson.mapper().writerFor(TraceEvent.class);
    private final Writer out;

    public JsonLinesTraceWriter(Writer out) {
        this.out = out;
    }

    public static JsonLinesTraceWriter open(Path file) throws IOException {
        return new JsonLinesTraceWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** The JSON line (without its newline) that {@link #emit} writes for {@code event}. */
    public static String toJsonLine(TraceEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("trace event cannot be written as JSON: " + event, e);
        }
    }

    @Override
    public void emit(TraceEvent event) {
        try {
            out.write(JSON.writeValueAsString(event));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
