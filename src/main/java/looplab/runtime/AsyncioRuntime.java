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
    private static final ThreadLocal<AsyncioRuntime> CURRENT = new ThreadLocal<>();
    public final Interpreter interpreter;
    final RuntimeOptions options;
    final TraceEmitter trace;
    /** The simulated executor worker threads, run in lockstep with the main thread. */
    final ThreadScheduler threads;
    /** Tells the trace each task's stack and locals; null when not tracing. */
    final FrameTracer frames;
    private double lastEventTime;
    private long taskCounter;
    private long futureCounter;
    private long handleCounter;
    private long executorCounter;
    private long jobCounter;
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
        this.threads = new ThreadScheduler(this);
        this.frames = trace.enabled() ? new FrameTracer(trace) : null;
    }

    /**
     * Makes {@code asyncio} and {@code time} importable in the interpreter and hooks the runtime into it: the
     * checkpoint hook (virtual time limit), and, when tracing, the line hook and the output. Call it after the
     * interpreter's output is set, so printed text is traced too.
     */
    public static AsyncioRuntime install(Interpreter interpreter, RuntimeOptions options) {
        AsyncioRuntime runtime = new AsyncioRuntime(interpreter, options);
        setCurrent(runtime);
        interpreter.clock().attach(interpreter);
        interpreter.modules.register("asyncio", interp -> AsyncioModule.create(runtime));
        interpreter.modules.register("time", interp -> TimeModule.create(runtime));
        interpreter.modules.register("concurrent", interp -> ConcurrentFuturesModule.createPackage());
        interpreter.modules.register("concurrent.futures", interp -> ConcurrentFuturesModule.create(runtime));
        interpreter.modules.register("aiohttp", interp -> AiohttpModule.create(runtime));
        runtime.hookCheckpoints();
        if (runtime.trace.enabled()) {
            runtime.traceLinesAndOutput();
        }
        return runtime;
    }

    /** The runtime of the program running on this thread (its main thread or one of its workers), or null. */
    static AsyncioRuntime current() {
        return CURRENT.get();
    }

    static void setCurrent(AsyncioRuntime runtime) {
        CURRENT.set(runtime);
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
        interpreter.lineHook = (frame, line) -> {
            Task task = currentTask();
            String threadName = interpreter.threadState.name;
            frames.lineStarting(frame, line, task, threadName);
            trace.lineExecuted(task == null ? -1 : task.number, threadName, line);
        };
        Interpreter.Output output = interpreter.output();
        interpreter.setOutput((stderr, text) -> {
            output.write(stderr, text);
            trace.outputPrinted(stderr ? TraceEvent.Stream.STDERR : TraceEvent.Stream.STDOUT, text, currentTaskNumber());
        });
    }

    long currentTaskNumber() {
        Task task = currentTask();
        return task == null ? -1 : task.number;
    }

    private static Task currentTask() {
        EventLoop loop = EventLoop.running();
        return loop == null ? null : loop.currentTask();
    }

    /** A task's step ended without an exception leaving its coroutine: tell the trace where it stopped. */
    void traceFramesAtStepEnd(Task task) {
        if (frames != null) {
            frames.stepEnded(task, interpreter.threadState.name);
        }
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

    /** ThreadPoolExecutor._counter: numbers the executors made without a thread_name_prefix. */
    long nextExecutorNumber() {
        return executorCounter++;
    }

    long nextJobId() {
        return ++jobCounter;
    }

    /** The id the next submitted executor job will get. */
    long peekJobId() {
        return jobCounter + 1;
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

    /** --max-time: stops the run once the virtual clock (or a worker thread's own time) passes the limit. */
    void checkTimeLimit() {
        double limit = options.maxVirtualTime();
        if (limit > 0 && threads.now() > limit) {
            Frame frame = interpreter.currentFrame();
            throw new ExecutionStopped(ExecutionStopped.Reason.TIME_LIMIT,
                    "virtual time limit of " + PyFloat.of(limit).repr() + " s reached",
                    frame == null ? "" : frame.code.fileName, frame == null ? 0 : frame.line());
        }
    }

    /**
     * time.sleep on the loop's thread: nothing else can run on the loop while the clock moves by {@code seconds},
     * so timers that come due meanwhile fire late, as in CPython. Executor workers keep running meanwhile.
     * On a worker thread only that worker sleeps.
     */
    void sleep(double seconds) {
        WorkerThread worker = WorkerThread.current();
        if (worker != null) {
            threads.sleepUntil(worker, worker.now() + seconds);
        } else {
            threads.blockFor(seconds);
        }
    }

    /** The main thread is blocked for {@code seconds} (a sleep, or a wait for a worker): the loop can do nothing. */
    void blockClock(double seconds) {
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
        if (stop.getMessage().contains(" blocked the event loop")
                || stop.getMessage().contains(WorkerThread.WORKER_STOPPED)) {
            return stop;
        }
        String message = stop.getMessage() + "; " + task.name + " (" + task.coroutineName()
                + ") blocked the event loop from t=" + PyFloat.of(Math.round(stepStartTime * 1000) / 1000.0).repr()
                + " s without awaiting, at line " + stop.line;
        return new ExecutionStopped(stop.reason, message, stop.fileName, stop.line);
    }

    /** Closing a loop shuts its default executor down without waiting, as BaseEventLoop.close does. */
    void shutdownExecutors(EventLoop loop) {
        if (loop.defaultExecutor instanceof ThreadPoolExecutor pool) {
            pool.shutdown(false, false);
        }
        loop.defaultExecutor = null;
    }

    /**
     * The program's main module has finished: as CPython's interpreter exit joins the executors' worker
     * threads, let the workers finish their jobs (the clock moves on meanwhile).
     */
    public void joinThreads() {
        threads.joinAll();
    }

    /** Ends the Java threads behind the simulated workers; call once the run is over, however it ended. */
    public void close() {
        threads.abortAll();
        CURRENT.remove();
    }
}
