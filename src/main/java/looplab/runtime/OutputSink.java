package looplab.runtime;

/** Where a running program's stdout and stderr text goes, chunk by chunk, as it is written. */
public interface OutputSink {
    void stdout(String text);

    void stderr(String text);
}
