package looplab.cli;

import java.io.IOException;
import java.nio.file.Path;

import looplab.trace.ChromeTraceWriter;
import looplab.trace.JsonLinesTraceWriter;
import looplab.trace.TraceRecorder;
import looplab.trace.TraceSink;

/** Where `run --trace FILE` writes the run's events: JSON Lines as they happen, or Chrome Trace JSON at the end. */
final class TraceOutput implements AutoCloseable {
    enum Format { JSONL, CHROME }

    private final Path file;
    private final Format format;
    private final JsonLinesTraceWriter jsonLines;
    private final TraceRecorder recorder;

    private TraceOutput(Path file, Format format) throws IOException {
        this.file = file;
        this.format = format;
        this.jsonLines = file != null && format == Format.JSONL ? JsonLinesTraceWriter.open(file) : null;
        this.recorder = file != null && format == Format.CHROME ? new TraceRecorder() : null;
    }

    static TraceOutput open(Path file, Format format) throws IOException {
        return new TraceOutput(file, format);
    }

    TraceSink sink() {
        if (jsonLines != null) {
            return jsonLines;
        }
        return recorder != null ? recorder : TraceSink.NONE;
    }

    @Override
    public void close() throws IOException {
        if (jsonLines != null) {
            jsonLines.close();
        }
        if (recorder != null) {
            ChromeTraceWriter.write(recorder.events(), file);
        }
    }
}
