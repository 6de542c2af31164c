package looplab.runtime;

/**
 * An {@link OutputSink} that keeps everything a program printed, stdout and stderr apart. Executor workers print
 * from their own threads, hence the locks.
 */
public final class CapturedOutput implements OutputSink {
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();

    @Override
    public synchronized void stdout(String text) {
        stdout.append(text);
    }

    @Override
    public synchronized void stderr(String text) {
        stderr.append(text);
    }

    public synchronized String stdout() {
        return stdout.toString();
    }

    public synchronized String stderr() {
        return stderr.toString();
    }

    /** All of stdout, then all of stderr. */
    public synchronized String both() {
        return stdout.toString() + stderr;
    }
}
