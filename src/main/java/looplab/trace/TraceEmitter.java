package looplab.trace;

import looplab.trace.TraceEvent.*;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The runtime's side of the trace: one method per event, filling in {@code seq} (0, 1, 2, …) and {@code time}
 * (read from the loop's virtual clock at emission). With {@link TraceSink#NONE} nothing is built at all.
 * Emission is synchronized, so executor worker threads may emit too; seq order is emission order.
 */
public final class TraceEmitter {
    private final TraceSink sink;
    private final DoubleSupplier clock;
    private final boolean enabled;
    private long seq;

    public TraceEmitter(TraceSink sink, DoubleSupplier clock) {
        this.sink = sink;
        this.clock = clock;
        this.enabled = sink != TraceSink.NONE;
    }

    public boolean enabled() {
        return enabled;
    }

    /** How many events were emitted; also the {@code seq} of the next one. */
    public synchronized long count() {
        return seq;
    }

    private double now() {
        return clock.getAsDouble();
    }

    /** Builds an event from its seq and time. */
    private interface EventMaker {
        TraceEvent make(long seq, double time);
    }

    private synchronized void emit(EventMaker maker) {
        sink.emit(maker.make(seq, now()));
        seq++;
    }

    public void iterationStarted(int iteration) {
        if (enabled) emit((s, t) -> new IterationStarted(s, t, iteration));
    }

    public void iterationEnded(int iteration) {
        if (enabled) emit((s, t) -> new IterationEnded(s, t, iteration));
    }

    /** Call after the clock moved: the event's time is the clock's new value. */
    public void clockAdvanced(double from, double to, ClockReason reason) {
        if (enabled) emit((s, t) -> new ClockAdvanced(s, t, from, to, reason));
    }

    public void loopBlocked(int line, double duration, long taskId) {
        if (enabled) emit((s, t) -> new LoopBlocked(s, t, line, duration, taskId));
    }

    public void handleScheduled(long handleId, String callback, long taskId) {
        if (enabled) emit((s, t) -> new HandleScheduled(s, t, handleId, callback, taskId));
    }

    public void handleCancelled(long handleId) {
        if (enabled) emit((s, t) -> new HandleCancelled(s, t, handleId));
    }

    public void callbackStarted(long handleId, String callback) {
        if (enabled) emit((s, t) -> new CallbackStarted(s, t, handleId, callback));
    }

    public void callbackEnded(long handleId) {
        if (enabled) emit((s, t) -> new CallbackEnded(s, t, handleId));
    }

    public void timerScheduled(long handleId, double deadline, long taskId, String label) {
        if (enabled) emit((s, t) -> new TimerScheduled(s, t, handleId, deadline, taskId, label));
    }

    public void timerCancelled(long handleId) {
        if (enabled) emit((s, t) -> new TimerCancelled(s, t, handleId));
    }

    public void timerFired(long handleId) {
        if (enabled) emit((s, t) -> new TimerFired(s, t, handleId));
    }

    public void taskCreated(long taskId, String name, String coroutine, long parentTaskId, int line) {
        if (enabled) emit((s, t) -> new TaskCreated(s, t, taskId, name, coroutine, parentTaskId, line));
    }

    public void taskStepStarted(long taskId, long handleId) {
        if (enabled) emit((s, t) -> new TaskStepStarted(s, t, taskId, handleId));
    }

    public void taskStepEnded(long taskId) {
        if (enabled) emit((s, t) -> new TaskStepEnded(s, t, taskId));
    }

    public void taskSuspended(long taskId, WaitReason reason) {
        if (enabled) emit((s, t) -> new TaskSuspended(s, t, taskId, reason));
    }

    public void taskDone(long taskId, Outcome outcome, String text) {
        if (enabled) emit((s, t) -> new TaskDone(s, t, taskId, outcome, text));
    }

    public void cancellationRequested(long taskId, String message) {
        if (enabled) emit((s, t) -> new CancellationRequested(s, t, taskId, message));
    }

    public void cancellationDelivered(long taskId, int line) {
        if (enabled) emit((s, t) -> new CancellationDelivered(s, t, taskId, line));
    }

    public void lineExecuted(long taskId, String threadName, int line) {
        if (enabled) emit((s, t) -> new LineExecuted(s, t, taskId, threadName, line));
    }

    public void framesChanged(long taskId, String threadName, List<CallFrame> stack, Map<String, String> locals) {
        if (enabled) emit((s, t) -> new FramesChanged(s, t, taskId, threadName, stack, locals));
    }

    public void exceptionRaised(long taskId, String exceptionType, String message, int line) {
        if (enabled) emit((s, t) -> new ExceptionRaised(s, t, taskId, exceptionType, message, line));
    }

    public void exceptionCaught(long taskId, String exceptionType, int line) {
        if (enabled) emit((s, t) -> new ExceptionCaught(s, t, taskId, exceptionType, line));
    }

    public void exceptionPropagated(long fromTaskId, long toTaskId, String exceptionType) {
        if (enabled) emit((s, t) -> new ExceptionPropagated(s, t, fromTaskId, toTaskId, exceptionType));
    }

    public void outputPrinted(Stream stream, String text, long taskId) {
        if (enabled) emit((s, t) -> new OutputPrinted(s, t, stream, text, taskId));
    }

    public void executorJobSubmitted(long jobId, String function, String executor) {
        if (enabled) emit((s, t) -> new ExecutorJobSubmitted(s, t, jobId, function, executor));
    }

    public void executorJobStarted(long jobId, String worker) {
        if (enabled) emit((s, t) -> new ExecutorJobStarted(s, t, jobId, worker));
    }

    public void executorJobFinished(long jobId, String worker, boolean ok) {
        if (enabled) emit((s, t) -> new ExecutorJobFinished(s, t, jobId, worker, ok));
    }

    public void programEnded(int exitCode, String message) {
        if (enabled) emit((s, t) -> new ProgramEnded(s, t, exitCode, message));
    }
}
