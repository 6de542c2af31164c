package looplab.runtime;

import looplab.trace.TraceEmitter;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.TraceSink;
import looplab.vm.ExecutionStopped;
import looplab.vm.Frame;
import looplab.vm.Interpreter;
import looplab.vm.PyFloat;

/**
 * The asyncio runtime of one interpreter: installs the {@code asyncio} and {@code time} modules, owns the trace
 * emitter and the counters CPython keeps as module globals (task names), enforces the virtual time limit, and
 * turns a run that is stopped inside a task step into a report of the task that blocked the loop.
 */
public final class AsyncioRuntime {
    public final Interpreter interpreter;
    final RuntimeOptions options;
    final TraceEmitter trace;
    private double lastEventTime;
    private long taskCounter;
    private long futureCounter;
    private long handleCounter;
    private Task steppingTask;
    private double stepStartTime;

    private AsyncioRuntime(Interpreter interpreter, RuntimeOptions options) {
        this.interpreter = interpreter;
        this.options = options;
        TraceSink sink = options.trace();
        TraceSink recordingTime = sink == TraceSink.NONE ? TraceSink.NONE : event -> {
            lastEventTime = event.time();
            sink.emit(event);
        };
        this.trace = new TraceEmitter(recordingTime, () -> interpreter.clock().now());
    }

    /**
     * Makes {@code asyncio} and {@code time} importable in the interpreter and hooks the runtime into it: the
     * checkpoint hook (virtual time limit), and, when tracing, the line hook and the output. Call it after the
     * interpreter's output is set, so printed text is traced too.
     */
    public static AsyncioRuntime install(Interpreter interpreter, RuntimeOptions options) {
        AsyncioRuntime runtime = new AsyncioRuntime(interpreter, options);
        interpreter.clock().attach(interpreter);
        interpreter.modules.register("asyncio", interp -> AsyncioModule.create(runtime));
        interpreter.modules.register("time", interp -> TimeModule.create(runtime));
        runtime.hookCheckpoints();
        if (runtime.trace.enabled()) {
            runtime.traceLinesAndOutput();
        }
        return runtime;
    }

    public TraceEmitter trace() {
        return trace;
    }

    private void hookCheckpoints() {
        Interpreter.CheckpointHook previous = interpreter.checkpointHook;
        interpreter.checkpointHook = (interp, frame) -> {
            if (previous != null) {
                previous.onCheckpoint(interp, frame);
            }
            checkTimeLimit();
        };
    }

    private void traceLinesAndOutput() {
        interpreter.lineHook = (frame, line) -> trace.lineExecuted(currentTaskNumber(),
                interpreter.threadState.name, line);
        Interpreter.Output output = interpreter.output();
        interpreter.setOutput((stderr, text) -> {
            output.write(stderr, text);
            trace.outputPrinted(stderr ? TraceEvent.Stream.STDERR : TraceEvent.Stream.STDOUT, text, currentTaskNumber());
        });
    }

    long currentTaskNumber() {
        EventLoop loop = EventLoop.running();
        Task task = loop == null ? null : loop.currentTask();
        return task == null ? -1 : task.number;
    }

    long nextTaskNumber() {
        return ++taskCounter;
    }

    long nextFutureId() {
        return ++futureCounter;
    }

    long nextHandleId() {
        return ++handleCounter;
    }

    // ---- virtual time -------------------------------------------------------------------------------------

    /**
     * Before the clock jumps: if executed instructions moved it since the last event, say so with a
     * ClockAdvanced(CPU), so every jump starts from the time of the event before it. Returns the clock.
     */
    double reportCpuTime() {
        double now = interpreter.clock().now();
        if (trace.enabled() && now > lastEventTime + 1e-9) {
            trace.clockAdvanced(lastEventTime, now, ClockReason.CPU);
        }
        return now;
    }

    /** --max-time: stops the run once the virtual clock passes the limit. */
    void checkTimeLimit() {
        double limit = options.maxVirtualTime();
        if (limit > 0 && interpreter.clock().now() > limit) {
            Frame frame = interpreter.currentFrame();
            throw new ExecutionStopped(ExecutionStopped.Reason.TIME_LIMIT,
                    "virtual time limit of " + PyFloat.of(limit).repr() + " s reached",
                    frame == null ? "" : frame.code.fileName, frame == null ? 0 : frame.line());
        }
    }

    /**
     * time.sleep on the loop's thread: nothing else can run while the clock moves by {@code seconds}, so timers
     * that come due meanwhile fire late, as in CPython.
     */
    void blockingSleep(double seconds) {
        Frame frame = interpreter.currentFrame();
        double from = reportCpuTime();
        trace.loopBlocked(frame == null ? 0 : frame.line(), seconds, currentTaskNumber());
        interpreter.clock().advance(seconds);
        trace.clockAdvanced(from, interpreter.clock().now(), ClockReason.BLOCKING_CALL);
        checkTimeLimit();
    }

    // ---- steps that never end -------------------------------------------------------------------------------

    void stepStarted(Task task) {
        steppingTask = task;
        stepStartTime = interpreter.clock().now();
    }

    void stepEnded() {
        steppingTask = null;
    }

    /** A run stopped during a task's step: name the task that has been blocking the loop, and where. */
    ExecutionStopped blockedByTask(ExecutionStopped stop, Task task) {
        if (stop.getMessage().contains(" blocked the event loop")) {
            return stop;
        }
        String message = stop.getMessage() + "; " + task.name + " (" + task.coroutineName()
                + ") blocked the event loop from t=" + PyFloat.of(Math.round(stepStartTime * 1000) / 1000.0).repr()
                + " s without awaiting, at line " + stop.line;
        return new ExecutionStopped(stop.reason, message, stop.fileName, stop.line);
    }

    /** Closing a loop shuts its executors down; executors are not simulated yet, so there is nothing to stop. */
    void shutdownExecutors(EventLoop loop) {
        loop.defaultExecutor = null;
    }
}
