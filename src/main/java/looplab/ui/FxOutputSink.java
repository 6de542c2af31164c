package looplab.ui;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import looplab.runtime.OutputSink;

/**
 * Carries a program's output from the thread running it to the {@link OutputPane} on the FX thread. Chunks
 * are queued and drained by one pending {@code runLater} at a time, so a program printing in a tight loop
 * cannot flood the FX event queue with one task per line.
 */
final class FxOutputSink implements OutputSink {
    private record Chunk(boolean isStderr, String text) {
    }

    private final ConcurrentLinkedQueue<Chunk> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final OutputPane pane;

    FxOutputSink(OutputPane pane) {
        this.pane = pane;
    }

    @Override
    public void stdout(String text) {
        offer(new Chunk(false, text));
    }

    @Override
    public void stderr(String text) {
        offer(new Chunk(true, text));
    }

    /** Runs {@code action} on the FX thread after every chunk written so far has reached the pane. */
    void thenOnFxThread(Consumer<OutputPane> action) {
        Platform.runLater(() -> {
            drain();
            action.accept(pane);
        });
    }

    private void offer(Chunk chunk) {
        pending.add(chunk);
        if (drainScheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    /** Appends the queued chunks, joining runs from the same stream so the pane styles one piece, not a thousand. */
    private void drain() {
        drainScheduled.set(false);
        StringBuilder run = new StringBuilder();
        boolean runIsStderr = false;
        for (Chunk chunk = pending.poll(); chunk != null; chunk = pending.poll()) {
            if (chunk.isStderr() != runIsStderr) {
                appendRun(run, runIsStderr);
                runIsStderr = chunk.isStderr();
            }
            run.append(chunk.text());
        }
        appendRun(run, runIsStderr);
    }

    private void appendRun(StringBuilder run, boolean isStderr) {
        if (isStderr) {
            pane.appendStderr(run.toString());
        } else {
            pane.appendStdout(run.toString());
        }
        run.setLength(0);
    }
}
