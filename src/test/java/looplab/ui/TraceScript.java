package looplab.ui;

import java.util.List;
import looplab.trace.TraceEmitter;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.TraceEvent.Stream;
import looplab.trace.TraceRecorder;
import looplab.trace.WaitReason;

/**
 * Writes a synthetic trace the way asyncio would emit it, a step at a time, with the bookkeeping (handle ids,
 * the clock) done here so each sample reads like the program it stands for. Test-only: the real traces come
 * from the runtime.
 */
final class TraceScript {
    static final String MAIN = "MainThread";

    private final TraceRecorder recorder = new TraceRecorder();
    private double now;
    private long nextHandle = 100;
    private int iteration;
    final TraceEmitter emit = new TraceEmitter(recorder, () -> now);

    List<TraceEvent> events() {
        return recorder.events();
    }

    int lastIndex() {
        return recorder.size() - 1;
    }

    long handle() {
        return nextHandle++;
    }

    /** Creates a task and schedules its first step; returns that step's handle. */
    long create(long task, String name, String coroutine, long parent, int line) {
        emit.taskCreated(task, name, coroutine, parent, line);
        long handle = handle();
        emit.handleScheduled(handle, "Task.__step", task);
        return handle;
    }

    long wakeup(long task) {
        long handle = handle();
        emit.handleScheduled(handle, "Task.__wakeup", task);
        return handle;
    }

    void iteration() {
        if (iteration > 0) {
            emit.iterationEnded(iteration);
        }
        emit.iterationStarted(++iteration);
    }

    void advance(double to, ClockReason reason) {
        double from = now;
        now = to;
        emit.clockAdvanced(from, to, reason);
    }

    void line(long task, int line) {
        emit.lineExecuted(task, MAIN, line);
    }

    void print(long task, int line, String text) {
        line(task, line);
        emit.outputPrinted(Stream.STDOUT, text + "\n", task);
    }

    /** The task's step: runs, sleeps {@code seconds} at {@code line}; returns the timer's handle. */
    long sleep(long task, int line, double seconds) {
        line(task, line);
        long timer = handle();
        String label = "sleep(" + seconds + ")";
        emit.timerScheduled(timer, now + seconds, task, label);
        emit.taskSuspended(task, WaitReason.timer(now + seconds, label));
        return timer;
    }

    /** A due timer fires and its callback wakes {@code task}; returns the wakeup handle. */
    long fire(long timer, long task) {
        emit.timerFired(timer);
        emit.callbackStarted(timer, "futures._set_result_unless_cancelled");
        long wakeup = wakeup(task);
        emit.callbackEnded(timer);
        return wakeup;
    }

    void done(long task, String result) {
        emit.taskDone(task, Outcome.RESULT, result);
    }

    void end(int exitCode, String message) {
        if (iteration > 0) {
            emit.iterationEnded(iteration);
        }
        emit.programEnded(exitCode, message);
    }
}
