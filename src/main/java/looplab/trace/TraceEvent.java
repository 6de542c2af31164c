package looplab.trace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One state change of a run, as the visualizer and the trace files see it. The window is a view of the trace;
 * stepping back is replaying it. The schema, units and ordering guarantees are documented in {@code docs/trace.md}.
 *
 * <p>Every event starts with {@code seq} (0, 1, 2, … in emission order) and {@code time}: the virtual loop clock,
 * in seconds, <em>after</em> the event took effect (so {@link ClockAdvanced#time()} equals its {@code to}).
 * Ids ({@code taskId}, {@code handleId}, {@code jobId}, {@code futureId}) are unique within a run;
 * {@code -1} means "none" (code outside any task, a callback that is not a task's step).
 * Lines are 1-based line numbers of the program's source.
 *
 * <p>Names follow CPython's asyncio: {@code base_events.py} ({@code _run_once}, {@code _ready}, {@code _scheduled},
 * {@code Handle}, {@code TimerHandle}), {@code tasks.py} ({@code Task.__step}, {@code __wakeup}, {@code cancel}),
 * {@code futures.py}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface TraceEvent {

    long seq();

    double time();

    <R> R accept(Visitor<R> visitor);

    /** Why the virtual clock moved. */
    enum ClockReason {
        /** The loop had nothing ready and slept in its selector until the earliest {@code TimerHandle}. */
        TIMER,
        /** The loop slept in its selector until a simulated I/O request completed. */
        IO,
        /** The loop slept in its selector until an executor job finished ({@code call_soon_threadsafe}). */
        EXECUTOR,
        /** Blocking code ran on the loop thread (e.g. {@code time.sleep}); see {@link LoopBlocked}. */
        BLOCKING_CALL,
        /** Python code itself consumed virtual time (the interpreter's CPU cost model). */
        CPU
    }

    /** How a task finished; see {@code Future.result()}, {@code Future.exception()}, {@code Future.cancelled()}. */
    enum Outcome { RESULT, EXCEPTION, CANCELLED }

    /** The standard stream a piece of console text went to. */
    enum Stream {
        @JsonProperty("stdout") STDOUT,
        @JsonProperty("stderr") STDERR
    }

    // ---- the loop: BaseEventLoop._run_once ----

    /** {@code _run_once} began iteration {@code iteration} (1, 2, …), before it moves due timers to {@code _ready}. */
    record IterationStarted(long seq, double time, int iteration) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitIterationStarted(this); }
    }

    /** {@code _run_once} finished running the {@code ntodo} handles it took from {@code _ready}. */
    record IterationEnded(long seq, double time, int iteration) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitIterationEnded(this); }
    }

    /** The virtual clock jumped from {@code from} to {@code to} (seconds), for {@code reason}. */
    record ClockAdvanced(long seq, double time, double from, double to, ClockReason reason) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitClockAdvanced(this); }
    }

    /**
     * A blocking call (e.g. {@code time.sleep(2)}) started on the loop thread at {@code line}, inside task
     * {@code taskId} (or -1); nothing else on the loop can run for {@code duration} seconds. Exactly one
     * {@link ClockAdvanced} with reason {@code BLOCKING_CALL} and {@code to == time + duration} follows; the loop is
     * blocked from this event up to (not including) that one.
     */
    record LoopBlocked(long seq, double time, int line, double duration, long taskId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitLoopBlocked(this); }
    }

    // ---- handles: call_soon, call_at, Handle._run ----

    /**
     * A handle was appended to {@code _ready} ({@code call_soon}). {@code taskId} is the task whose
     * {@code __step} or {@code __wakeup} the handle runs, or -1 for any other callback.
     */
    record HandleScheduled(long seq, double time, long handleId, String callback, long taskId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitHandleScheduled(this); }
    }

    /** A handle still in {@code _ready} was cancelled; {@code _run_once} will drop it without running it. */
    record HandleCancelled(long seq, double time, long handleId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitHandleCancelled(this); }
    }

    /** {@code _run_once} popped a non-task handle from {@code _ready} and began running its callback. */
    record CallbackStarted(long seq, double time, long handleId, String callback) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitCallbackStarted(this); }
    }

    /** The callback begun by the matching {@link CallbackStarted} returned. */
    record CallbackEnded(long seq, double time, long handleId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitCallbackEnded(this); }
    }

    /** A {@code TimerHandle} was pushed onto {@code _scheduled} ({@code call_at}/{@code call_later}), due at {@code deadline}. */
    record TimerScheduled(long seq, double time, long handleId, double deadline, long taskId, String label)
            implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitTimerScheduled(this); }
    }

    /** A timer was cancelled before it became due ({@code TimerHandle.cancel}); it will never run. */
    record TimerCancelled(long seq, double time, long handleId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitTimerCancelled(this); }
    }

    /** A due timer moved from {@code _scheduled} to the end of {@code _ready}, keeping its {@code handleId}. */
    record TimerFired(long seq, double time, long handleId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitTimerFired(this); }
    }

    // ---- tasks: tasks.py ----

    /**
     * {@code asyncio.create_task} (or {@code asyncio.run}, {@code gather}, a {@code TaskGroup}) made a task.
     *
     * @param name         the task's name, e.g. {@code "Task-2"}
     * @param coroutine    the coroutine, e.g. {@code "fetch(0)"} or its qualname
     * @param parentTaskId the task that created it, -1 when created outside any task
     * @param line         the line that created it
     */
    record TaskCreated(long seq, double time, long taskId, String name, String coroutine, long parentTaskId, int line)
            implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitTaskCreated(this); }
    }

    /** {@code _run_once} popped task {@code taskId}'s handle {@code handleId} and {@code Task.__step} began. */
    record TaskStepStarted(long seq, double time, long taskId, long handleId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitTaskStepStarted(this); }
    }

    /** The {@code Task.__step} begun by the matching {@link TaskStepStarted} returned. */
    record TaskStepEnded(long seq, double time, long taskId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitTaskStepEnded(this); }
    }

    /** The task's coroutine yielded a future: the step will end with the task waiting for {@code reason}. */
    record TaskSuspended(long seq, double time, long taskId, WaitReason reason) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitTaskSuspended(this); }
    }

    /**
     * The task finished ({@code Future.set_result}, {@code set_exception} or {@code super().cancel()} in
     * {@code __step}). {@code text} is the result's repr, {@code "ValueError: msg"}, or the cancellation message.
     */
    record TaskDone(long seq, double time, long taskId, Outcome outcome, String text) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitTaskDone(this); }
    }

    /** {@code Task.cancel(msg)} was called on task {@code taskId}; {@code message} is null when none was given. */
    record CancellationRequested(long seq, double time, long taskId, String message) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitCancellationRequested(this); }
    }

    /** {@code CancelledError} was thrown into the task's coroutine, at {@code line} (its current await). */
    record CancellationDelivered(long seq, double time, long taskId, int line) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitCancellationDelivered(this); }
    }

    // ---- code ----

    /**
     * A line of the program started executing on {@code threadName} ({@code "MainThread"} or an executor worker),
     * inside task {@code taskId}, or -1 outside tasks (module level, callbacks, executor jobs).
     */
    record LineExecuted(long seq, double time, long taskId, String threadName, int line) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitLineExecuted(this); }
    }

    /**
     * The call stack or the innermost frame's locals of task {@code taskId} (or, with -1, of the executor job on
     * worker {@code threadName}) changed. Emitted just before a {@link LineExecuted} of that task or worker, and
     * when the task's step ends by suspending or by returning; not when only the innermost line moved.
     *
     * @param stack  the coroutine (or job) call stack, outermost first and innermost last, each at its line
     * @param locals the innermost frame's bound locals in definition order: name to a short repr computed without
     *               running Python code ({@code looplab.vm.SafeRepr})
     */
    record FramesChanged(long seq, double time, long taskId, String threadName, List<CallFrame> stack,
                         Map<String, String> locals) implements TraceEvent {
        public FramesChanged {
            stack = List.copyOf(stack);
            locals = Collections.unmodifiableMap(new LinkedHashMap<>(locals));
        }

        public <R> R accept(Visitor<R> v) { return v.visitFramesChanged(this); }

        /** The frame the task is running or suspended in. */
        public CallFrame innermost() {
            return stack.isEmpty() ? null : stack.get(stack.size() - 1);
        }
    }

    /** An exception of class {@code exceptionType} was raised at {@code line} (taskId -1: outside tasks). */
    record ExceptionRaised(long seq, double time, long taskId, String exceptionType, String message, int line)
            implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitExceptionRaised(this); }
    }

    /** An {@code except} clause at {@code line} caught an exception of class {@code exceptionType}. */
    record ExceptionCaught(long seq, double time, long taskId, String exceptionType, int line) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitExceptionCaught(this); }
    }

    /**
     * A task's exception reached its awaiter: task {@code toTaskId} (awaiting {@code fromTaskId}) will see it
     * raised, or -1 when it reached the loop ({@code asyncio.run}'s caller or the loop's exception handler).
     */
    record ExceptionPropagated(long seq, double time, long fromTaskId, long toTaskId, String exceptionType)
            implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitExceptionPropagated(this); }
    }

    /** The program wrote {@code text} (as written, usually ending in a newline) to {@code stream}. */
    record OutputPrinted(long seq, double time, Stream stream, String text, long taskId) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitOutputPrinted(this); }
    }

    // ---- executors: loop.run_in_executor, asyncio.to_thread ----

    /** A job was submitted to an executor ({@code run_in_executor}); it waits for a free worker. */
    record ExecutorJobSubmitted(long seq, double time, long jobId, String function, String executor)
            implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitExecutorJobSubmitted(this); }
    }

    /** Worker thread {@code worker} (e.g. {@code "ThreadPoolExecutor-0_0"}) began running job {@code jobId}. */
    record ExecutorJobStarted(long seq, double time, long jobId, String worker) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitExecutorJobStarted(this); }
    }

    /** Job {@code jobId} finished on {@code worker}, returning ({@code ok}) or raising (not {@code ok}). */
    record ExecutorJobFinished(long seq, double time, long jobId, String worker, boolean ok) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitExecutorJobFinished(this); }
    }

    // ---- the end ----

    /** The program ended with {@code exitCode} (0 ok, 1 uncaught exception, 3 budget); {@code message} may be null. */
    record ProgramEnded(long seq, double time, int exitCode, String message) implements TraceEvent {
        public <R> R accept(Visitor<R> v) { return v.visitProgramEnded(this); }
    }

    /** One method per event type, so that a consumer handling every event is checked by the compiler. */
    interface Visitor<R> {
        R visitIterationStarted(IterationStarted e);

        R visitIterationEnded(IterationEnded e);

        R visitClockAdvanced(ClockAdvanced e);

        R visitLoopBlocked(LoopBlocked e);

        R visitHandleScheduled(HandleScheduled e);

        R visitHandleCancelled(HandleCancelled e);

        R visitCallbackStarted(CallbackStarted e);

        R visitCallbackEnded(CallbackEnded e);

        R visitTimerScheduled(TimerScheduled e);

        R visitTimerCancelled(TimerCancelled e);

        R visitTimerFired(TimerFired e);

        R visitTaskCreated(TaskCreated e);

        R visitTaskStepStarted(TaskStepStarted e);

        R visitTaskStepEnded(TaskStepEnded e);

        R visitTaskSuspended(TaskSuspended e);

        R visitTaskDone(TaskDone e);

        R visitCancellationRequested(CancellationRequested e);

        R visitCancellationDelivered(CancellationDelivered e);

        R visitLineExecuted(LineExecuted e);

        R visitFramesChanged(FramesChanged e);

        R visitExceptionRaised(ExceptionRaised e);

        R visitExceptionCaught(ExceptionCaught e);

        R visitExceptionPropagated(ExceptionPropagated e);

        R visitOutputPrinted(OutputPrinted e);

        R visitExecutorJobSubmitted(ExecutorJobSubmitted e);

        R visitExecutorJobStarted(ExecutorJobStarted e);

        R visitExecutorJobFinished(ExecutorJobFinished e);

        R visitProgramEnded(ProgramEnded e);
    }
}
