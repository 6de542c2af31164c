package looplab.cli;

import java.io.PrintWriter;
import looplab.runtime.OutputSink;

/**
 * Sends a program's output to the terminal as it is written. Each chunk is flushed at once, as an
 * interactive python3 does, so output interleaves with stderr in the order the program wrote it.
 */
final class StreamOutputSink implements OutputSink {
    private final PrintWriter out;
    private final PrintWriter err;

    StreamOutputSink(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void stdout(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public void stderr(String text) {
        err.print(text);
        err.flush();
    }
}
