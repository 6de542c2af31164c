package looplab.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

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
    /** One generator for the whole file: it keeps the serializer of each event type instead of finding it again. */
    private final SequenceWriter lines;
    private boolean written;

    public JsonLinesTraceWriter(Writer out) {
        this.out = out;
        try {
            lines = JSON.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).withRootValueSeparator("\n")
                    .writeValues(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Synchronized as the recorder is: one generator cannot take two events at once (executor workers emit too). */
    @Override
    public synchronized void emit(TraceEvent event) {
        try {
            lines.write(event);
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last line too (the separator only goes between events), then closes the file. */
    @Override
    public synchronized void close() throws IOException {
        lines.flush();
        if (written) {
            out.write('\n');
        }
        lines.close();
        out.close();
    }
}
