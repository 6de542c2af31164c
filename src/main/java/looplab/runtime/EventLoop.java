package looplab.runtime;

import looplab.trace.TraceEmitter;
import looplab.trace.TraceEvent.ClockReason;
import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.ExecutionStopped;
import looplab.vm.Frame;
import looplab.vm.PyBaseException;
import looplab.vm.PyBool;
import looplab.vm.PyDict;
import looplab.vm.PyException;
import looplab.vm.PyFloat;
import looplab.vm.PyGenerator;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyType;
import looplab.vm.VirtualClock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The event loop, as CPython's {@code BaseEventLoop} (base_events.py) on a virtual clock: a deque of ready
 * handles, a heap of timers, and {@link #runOnce}, which holds the whole scheduling policy. Where CPython's
 * selector would sleep until the next timer or I/O event, this loop moves the virtual clock there instead.
 */
public final class EventLoop extends PyObject {
    public static final PyType TYPE = PyType.builtin("_UnixSelectorEventLoop", EventLoop.class);
    /** time.get_clock_info('monotonic').resolution on Linux: timers this close to now count as due. */
    private static final double CLOCK_RESOLUTION = 1e-9;
    private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();

    final AsyncioRuntime runtime;
    final VirtualClock clock;
    final TraceEmitter trace;
    /** {@code _ready}: handles to run, in order. */
    final ArrayDeque<Handle> ready = new ArrayDeque<>();
    /** {@code _scheduled}: pending timers, earliest deadline first, ties in scheduling order. */
    final PriorityQueue<TimerHandle> scheduled = new PriorityQueue<>();
    /** What the selector will report: I/O completions and executor jobs finishing, by virtual time. */
    private final PriorityQueue<SelectorEvent> selectorEvents = new PriorityQueue<>();
    private final Set<Task> tasks = new LinkedHashSet<>();
    private long sequence;
    private boolean stopping;
    private boolean running;
    private boolean closed;
    private int iteration;
    private Task currentTask;
    private PyObject exceptionHandler = PyNone.NONE;
    /** Debug mode (loop.set_debug, asyncio.run(debug=True)): callbacks slower than this are logged. */
    boolean debug;
    private double slowCallbackDuration = 0.1;
    /** Futures set with an exception, oldest first: the candidates for "exception was never retrieved". */
    private final List<Future> failedFutures = new ArrayList<>();
    private int pruneFailedAt = 64;
    Object defaultExecutor;

    EventLoop(AsyncioRuntime runtime) {
        this.runtime = runtime;
        this.clock = runtime.interpreter.clock();
        this.trace = runtime.trace;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- the running loop (events._get_running_loop) -------------------------------------------------------

    /** The loop running on this thread, or null. */
    public static EventLoop running() {
        return RUNNING.get();
    }

    /** asyncio.get_running_loop(). */
    static EventLoop getRunningLoop() {
        EventLoop loop = RUNNING.get();
        if (loop == null) {
            throw Errors.runtimeError("no running event loop");
        }
        return loop;
    }

    /** events.get_event_loop() inside a coroutine or callback: the running loop. */
    static EventLoop getEventLoop() {
        EventLoop loop = RUNNING.get();
        if (loop == null) {
            throw Errors.runtimeError("There is no current event loop in thread 'MainThread'.");
        }
        return loop;
    }

    public double time() {
        return clock.now();
    }

    public Task currentTask() {
        return currentTask;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isClosed() {
        return closed;
    }

    // ---- scheduling callbacks ------------------------------------------------------------------------------

    /** call_soon: the handle goes to the end of {@code _ready} and runs in the next iteration (or this one's rest). */
    public Handle callSoon(PyObject callback, PyObject[] args) {
        checkClosed();
        Handle handle = new Handle(runtime.nextHandleId(), callback, args, this);
        appendReady(handle);
        return handle;
    }

    private void appendReady(Handle handle) {
        ready.addLast(handle);
        if (trace.enabled()) {
            Task task = handle.task();
            trace.handleScheduled(handle.id, handle.describe(), task == null ? -1 : task.number);
        }
    }

    /** call_at: a timer due at loop time {@code when}. */
    public TimerHandle callAt(double when, PyObject callback, PyObject[] args, String label) {
        checkClosed();
        TimerHandle timer = new TimerHandle(runtime.nextHandleId(), when, sequence++, callback, args, this);
        scheduled.add(timer);
        timer.scheduled = true;
        if (trace.enabled()) {
            trace.timerScheduled(timer.id, when, currentTask == null ? -1 : currentTask.number,
                    label != null ? label : timer.describe());
        }
        return timer;
    }

    public TimerHandle callLater(double delay, PyObject callback, PyObject[] args, String label) {
        return callAt(time() + delay, callback, args, label);
    }

    void handleCancelled(Handle handle) {
        if (ready.contains(handle)) {
            trace.handleCancelled(handle.id);
        }
    }

    void timerHandleCancelled(TimerHandle timer) {
        if (timer.scheduled) {
            // As CPython, the timer stays in the heap and _run_once drops it when it reaches the head.
            trace.timerCancelled(timer.id);
        } else if (ready.contains(timer)) {
            trace.handleCancelled(timer.id);
        }
    }

    /**
     * Schedules what the selector reports at {@code when} (a simulated I/O request completing). It shares the
     * timers' sequence numbers, so an event and a timer due at the same instant reach {@code _ready} in the
     * order they were scheduled.
     */
    SelectorEvent addSelectorEvent(double when, ClockReason reason, Runnable deliver) {
        SelectorEvent event = new SelectorEvent(when, sequence++, reason, deliver);
        selectorEvents.add(event);
        return event;
    }

    /** The request was abandoned (its task was cancelled): the selector will not wake up for it. */
    void removeSelectorEvent(SelectorEvent event) {
        selectorEvents.remove(event);
    }

    // ---- running -----------------------------------------------------------------------------------------

    /**
     * One iteration of the loop, as CPython's {@code BaseEventLoop._run_once} (base_events.py): drop cancelled
     * timers at the head of the heap, wait in the selector (here: advance the virtual clock) until the earliest
     * timer when nothing is ready, move every due timer to {@code _ready}, then run exactly the handles that were
     * in {@code _ready} at that point; what they schedule runs in the next iteration.
     */
    void runOnce() {
        int number = ++iteration;
        trace.iterationStarted(number);
        while (!scheduled.isEmpty() && scheduled.peek().cancelled) {
            scheduled.poll().scheduled = false;
        }
        double timeout;
        if (!ready.isEmpty() || stopping) {
            timeout = 0;
        } else if (!scheduled.isEmpty()) {
            timeout = Math.max(0, scheduled.peek().when - time());
        } else {
            timeout = Double.POSITIVE_INFINITY;
        }
        select(timeout);
        collectDueEvents(time() + CLOCK_RESOLUTION);
        int ntodo = ready.size();
        for (int i = 0; i < ntodo; i++) {
            Handle handle = ready.pollFirst();
            if (!handle.cancelled) {
                // This is the only place where callbacks are actually *called*: all user code runs here.
                if (debug) {
                    runTimed(handle);
                } else {
                    runHandle(handle);
                }
            }
        }
        trace.iterationEnded(number);
    }

    /** _run_once in debug mode: a callback (a task step too) that blocks the loop too long is reported. */
    private void runTimed(Handle handle) {
        double t0 = time();
        runHandle(handle);
        double dt = time() - t0;
        if (dt >= slowCallbackDuration) {
            asyncioLogger().getAttr("warning").call(PyStr.of("Executing %s took %.3f seconds"),
                    PyStr.of(formatHandle(handle)), PyFloat.of(dt));
        }
    }

    /** base_events.py's _format_handle: a task's step is shown as the task, any other callback as its handle. */
    private static String formatHandle(Handle handle) {
        Task task = handle.task();
        return task != null ? task.repr() : handle.repr();
    }

    private void runHandle(Handle handle) {
        Task task = handle.task();
        if (task != null) {
            trace.taskStepStarted(task.number, handle.id);
            handle.run();
            trace.taskStepEnded(task.number);
        } else {
            if (trace.enabled()) {
                trace.callbackStarted(handle.id, handle.describe());
            }
            handle.run();
            trace.callbackEnded(handle.id);
        }
    }

    /**
     * The selector wait: instead of sleeping, move the virtual clock to when the selector would return. Like
     * CPython's epoll selector, it waits at least the timeout rounded up to a whole millisecond, so timers (and
     * simulated I/O answers) due within that millisecond come due together. Executor workers whose wake-ups fall
     * before then run on the way (they run beside the loop); one that hands the loop a callback
     * (call_soon_threadsafe, a job finishing) ends the wait at once, as the self-pipe does in CPython.
     */
    private void select(double timeout) {
        double now = time();
        double nextIo = selectorEvents.isEmpty() ? Double.POSITIVE_INFINITY : selectorEvents.peek().when();
        double wakeAt = Math.min(now + timeout, nextIo);
        ClockReason reason = nextIo <= now + timeout ? ClockReason.IO : ClockReason.TIMER;
        if (wakeAt > now && wakeAt != Double.POSITIVE_INFINITY) {
            wakeAt = now + Math.ceil((wakeAt - now) * 1e3) * 1e-3;
        }
        while (runtime.threads.nextWakeUp() < Double.POSITIVE_INFINITY && runtime.threads.nextWakeUp() <= wakeAt) {
            advanceClockTo(runtime.threads.nextWakeUp(), ClockReason.EXECUTOR);
            runtime.threads.runNextWakeUp();
            if (!ready.isEmpty()) {
                return;
            }
        }
        if (wakeAt == Double.POSITIVE_INFINITY) {
            throw waitingForever();
        }
        if (wakeAt > time()) {
            advanceClockTo(wakeAt, reason);
        }
    }

    /**
     * Moves every due timer and delivers every due I/O event into {@code _ready}. CPython processes I/O events
     * before timers; here both are merged in scheduling order, because the corpus's simulated network was
     * recorded with one asyncio.sleep per request, and a request must complete exactly where that sleep's
     * timer would have fired.
     */
    private void collectDueEvents(double endTime) {
        while (true) {
            TimerHandle timer = scheduled.isEmpty() || scheduled.peek().when >= endTime ? null : scheduled.peek();
            SelectorEvent event = selectorEvents.isEmpty() || selectorEvents.peek().when() >= endTime
                    ? null : selectorEvents.peek();
            if (timer == null && event == null) {
                return;
            }
            if (event != null && (timer == null || event.when() < timer.when
                    || event.when() == timer.when && event.sequence() < timer.sequence)) {
                selectorEvents.poll().deliver().run();
            } else {
                scheduled.poll();
                timer.scheduled = false;
                ready.addLast(timer);
                trace.timerFired(timer.id);
            }
        }
    }

    private void advanceClockTo(double to, ClockReason reason) {
        double from = runtime.reportCpuTime();
        if (to > from) {
            clock.advanceTo(to);
            trace.clockAdvanced(from, time(), reason);
        }
        runtime.checkTimeLimit();
    }

    private ExecutionStopped waitingForever() {
        Frame frame = runtime.interpreter.currentFrame();
        return new ExecutionStopped(ExecutionStopped.Reason.TIME_LIMIT,
                "the event loop would wait forever: no callback is ready, no timer is scheduled and no I/O is pending"
                        + " (every task is waiting for something that never happens)",
                frame == null ? "" : frame.code.fileName, frame == null ? 0 : frame.line());
    }

    /** run_forever: iterations until stop() is called. */
    public void runForever() {
        checkClosed();
        if (running) {
            throw Errors.runtimeError("This event loop is already running");
        }
        if (RUNNING.get() != null) {
            throw Errors.runtimeError("Cannot run the event loop while another loop is running");
        }
        running = true;
        RUNNING.set(this);
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            running = false;
            RUNNING.remove();
        }
    }

    /** run_until_complete: run until the future (or the task wrapping the coroutine) is done; return its result. */
    public PyObject runUntilComplete(PyObject awaitable) {
        checkClosed();
        if (running) {
            throw Errors.runtimeError("This event loop is already running");
        }
        boolean newTask = !(awaitable instanceof Future);
        Future future = ensureFuture(awaitable);
        LoopCallback stopWhenDone = LoopCallback.plain("_run_until_complete_cb()", args -> stop());
        future.addDoneCallback(stopWhenDone);
        try {
            runForever();
        } catch (PyException e) {
            if (newTask && future.done() && !future.cancelled()) {
                future.exception();
            }
            throw e;
        } finally {
            future.removeDoneCallback(stopWhenDone);
        }
        if (!future.done()) {
            throw Errors.runtimeError("Event loop stopped before Future completed.");
        }
        if (future.exception != null && trace.enabled()) {
            trace.exceptionPropagated(future instanceof Task t ? t.number : -1, -1, future.exception.type().name());
        }
        return future.result();
    }

    public void stop() {
        stopping = true;
    }

    public void close() {
        if (running) {
            throw Errors.runtimeError("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        ready.clear();
        scheduled.clear();
        runtime.shutdownExecutors(this);
        logUnretrievedExceptions();
    }

    void failed(Future future) {
        failedFutures.add(future);
        if (failedFutures.size() >= pruneFailedAt) {
            failedFutures.removeIf(f -> !f.logTraceback);
            pruneFailedAt = Math.max(64, 2 * failedFutures.size());
        }
    }

    /**
     * Future.__del__ for every future of this loop whose exception nobody retrieved. CPython logs when the garbage
     * collector frees such a future, at a moment that depends on reference cycles and allocation counts; we have
     * no collector, so it happens when the loop closes (asyncio.run and Runner close theirs), by which time a
     * program that dropped the task can no longer retrieve it. The order is the order in which they failed.
     */
    private void logUnretrievedExceptions() {
        List<Future> unretrieved = new ArrayList<>(failedFutures);
        failedFutures.clear();
        for (Future f : unretrieved) {
            if (f.logTraceback) {
                f.logTraceback = false;
                PyDict context = new PyDict();
                context.put(PyStr.of("message"), PyStr.of(f.type().name() + " exception was never retrieved"));
                context.put(PyStr.of("exception"), f.exception);
                context.put(PyStr.of("future"), f);
                callExceptionHandler(context);
            }
        }
    }

    void checkClosed() {
        if (closed) {
            throw Errors.runtimeError("Event loop is closed");
        }
    }

    // ---- tasks -------------------------------------------------------------------------------------------

    public Future createFuture() {
        return new Future(this);
    }

    public Task createTask(PyObject coro, PyObject name) {
        checkClosed();
        return new Task(this, coro, name);
    }

    /** tasks.ensure_future: a future as is, a coroutine wrapped in a task, an awaitable through a wrapper. */
    Future ensureFuture(PyObject awaitable) {
        if (awaitable instanceof Future f) {
            if (f.loop != this) {
                throw Errors.valueError("The future belongs to a different loop than the one specified as the loop argument");
            }
            return f;
        }
        if (Task.isCoroutine(awaitable)) {
            return createTask(awaitable, null);
        }
        if (awaitable.type().lookup("__await__") != null) {
            PyObject wrapped = new JavaCoroutine("_wrap_awaitable",
                    () -> JavaCoroutine.await(awaitable, (v, e) -> {
                        if (e != null) {
                            throw e;
                        }
                        return JavaCoroutine.returning(v);
                    }));
            return createTask(wrapped, null);
        }
        throw Errors.typeError("An asyncio.Future, a coroutine or an awaitable is required");
    }

    void registerTask(Task task) {
        tasks.add(task);
        if (trace.enabled()) {
            Frame frame = runtime.interpreter.currentFrame();
            trace.taskCreated(task.number, task.name, task.coroutineName(),
                    currentTask == null ? -1 : currentTask.number, frame == null ? 0 : frame.line());
        }
    }

    void enterTask(Task task) {
        if (currentTask != null) {
            throw Errors.runtimeError("Cannot enter into task " + task.repr() + " while another task "
                    + currentTask.repr() + " is being executed.");
        }
        currentTask = task;
        runtime.stepStarted(task);
    }

    void leaveTask(Task task) {
        currentTask = null;
        runtime.stepEnded();
        if (task.done()) {
            tasks.remove(task);
        }
    }

    /** asyncio.all_tasks(loop): the tasks of this loop that are not done, in creation order. */
    public List<Task> allTasks() {
        tasks.removeIf(Future::done);
        return new ArrayList<>(tasks);
    }

    // ---- errors ------------------------------------------------------------------------------------------

    /** call_exception_handler: the program's handler if it set one, else the default one (stderr). */
    void callExceptionHandler(String message, PyBaseException exception, Handle handle, Future future) {
        PyDict context = new PyDict();
        context.put(PyStr.of("message"), PyStr.of(message));
        if (exception != null) {
            context.put(PyStr.of("exception"), exception);
        }
        if (future != null) {
            context.put(PyStr.of(future instanceof Task ? "task" : "future"), future);
        }
        if (handle != null) {
            context.put(PyStr.of("handle"), handle);
        }
        callExceptionHandler(context);
    }

    private void callExceptionHandler(PyDict context) {
        if (exceptionHandler == PyNone.NONE) {
            defaultExceptionHandler(context);
            return;
        }
        try {
            exceptionHandler.call(this, context);
        } catch (PyException e) {
            runtime.interpreter.write(true, "Unhandled error in exception handler\n" + e.value.summary() + "\n");
        }
    }

    /**
     * base_events.py's default_exception_handler: the message, then "key: repr(value)" for the other entries in
     * sorted order, logged as an ERROR of the "asyncio" logger with the exception's traceback.
     */
    private void defaultExceptionHandler(PyDict context) {
        PyObject message = context.get("message");
        StringBuilder text = new StringBuilder(message == null || !message.isTrue()
                ? "Unhandled exception in event loop" : message.str());
        List<String> keys = new ArrayList<>();
        for (PyObject key : context.map().keySet()) {
            keys.add(key.str());
        }
        keys.sort(null);
        for (String key : keys) {
            if (!key.equals("message") && !key.equals("exception")) {
                text.append('\n').append(key).append(": ").append(context.get(key).repr());
            }
        }
        PyObject exception = context.get("exception");
        asyncioLogger().getAttr("error").call(new PyObject[] {PyStr.of(text.toString()),
                exception instanceof PyBaseException ? exception : PyBool.FALSE}, new String[] {"exc_info"});
    }

    /** asyncio.log.logger: logging.getLogger("asyncio"), so the program's logging configuration applies. */
    PyObject asyncioLogger() {
        return runtime.interpreter.modules.load("logging").getAttr("getLogger").call(PyStr.of("asyncio"));
    }

    // ---- Python face -------------------------------------------------------------------------------------

    @Override
    public PyObject lookupAttr(String name) {
        return name.equals("slow_callback_duration") ? PyFloat.of(slowCallbackDuration) : super.lookupAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.equals("slow_callback_duration")) {
            slowCallbackDuration = seconds(value);
        } else {
            super.setAttr(name, value);
        }
    }

    static EventLoop checked(PyObject o) {
        return (EventLoop) o;
    }

    private static PyObject[] rest(PyObject[] args, String[] kw, int from) {
        PyObject[] positional = Args.positional(args, kw);
        return Arrays.copyOfRange(positional, Math.min(from, positional.length), positional.length);
    }

    private static PyObject checkCallback(PyObject callback, String method) {
        if (callback instanceof PyGenerator || callback instanceof JavaCoroutine
                || callback.type().lookup("__call__") == null && !isJavaCallable(callback)) {
            throw Errors.typeError("a callable object was expected by " + method + "(), got " + callback.repr());
        }
        return callback;
    }

    private static boolean isJavaCallable(PyObject o) {
        return o instanceof looplab.vm.PyFunction || o instanceof looplab.vm.PyBuiltinFunction
                || o instanceof looplab.vm.PyMethod || o instanceof PyType || o instanceof LoopCallback;
    }

    private static double number(PyObject o, String what) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof looplab.vm.PyInt i) {
            return i.doubleValue();
        }
        throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as " + what);
    }

    static double seconds(PyObject o) {
        return number(o, "a number");
    }

    static {
        TYPE.method("time", (args, kw) -> PyFloat.of(checked(args[0]).time()))
                .method("call_soon", (args, kw) -> checked(args[0])
                        .callSoon(checkCallback(args[1], "call_soon"), rest(args, kw, 2)))
                .method("call_soon_threadsafe", (args, kw) -> checked(args[0])
                        .callSoon(checkCallback(args[1], "call_soon_threadsafe"), rest(args, kw, 2)))
                .method("call_later", (args, kw) -> checked(args[0])
                        .callLater(seconds(args[1]), checkCallback(args[2], "call_later"), rest(args, kw, 3), null))
                .method("call_at", (args, kw) -> checked(args[0])
                        .callAt(seconds(args[1]), checkCallback(args[2], "call_at"), rest(args, kw, 3), null))
                .method("create_future", (args, kw) -> checked(args[0]).createFuture())
                .method("create_task", (args, kw) -> {
                    PyObject[] a = Args.bind("create_task", args, kw, 2, "self", "coro", "name", "context");
                    return checked(args[0]).createTask(a[1], a[2]);
                })
                .method("run_until_complete", (args, kw) -> checked(args[0]).runUntilComplete(args[1]))
                .method("run_forever", (args, kw) -> {
                    checked(args[0]).runForever();
                    return PyNone.NONE;
                })
                .method("stop", (args, kw) -> {
                    checked(args[0]).stop();
                    return PyNone.NONE;
                })
                .method("close", (args, kw) -> {
                    checked(args[0]).close();
                    return PyNone.NONE;
                })
                .method("is_running", (args, kw) -> PyBool.of(checked(args[0]).running))
                .method("is_closed", (args, kw) -> PyBool.of(checked(args[0]).closed))
                .method("get_debug", (args, kw) -> PyBool.of(checked(args[0]).debug))
                .method("set_debug", (args, kw) -> {
                    Args.exactly("set_debug", args, kw, 2);
                    checked(args[0]).debug = args[1].isTrue();
                    return PyNone.NONE;
                })
                .method("set_exception_handler", (args, kw) -> {
                    checked(args[0]).exceptionHandler = args[1];
                    return PyNone.NONE;
                })
                .method("get_exception_handler", (args, kw) -> checked(args[0]).exceptionHandler)
                .method("call_exception_handler", (args, kw) -> {
                    checked(args[0]).callExceptionHandler((PyDict) args[1]);
                    return PyNone.NONE;
                })
                .method("default_exception_handler", (args, kw) -> {
                    checked(args[0]).defaultExceptionHandler((PyDict) args[1]);
                    return PyNone.NONE;
                })
                .method("shutdown_asyncgens", (args, kw) ->
                        new JavaCoroutine("BaseEventLoop.shutdown_asyncgens", () -> JavaCoroutine.returning(PyNone.NONE)))
                .method("shutdown_default_executor", (args, kw) -> Executors.shutdownDefaultExecutor(checked(args[0])))
                .method("run_in_executor", (args, kw) -> {
                    Args.noKeywords("run_in_executor", kw);
                    if (args.length < 3) {
                        throw Errors.typeError("run_in_executor() missing required arguments: 'executor' and 'func'");
                    }
                    return Executors.runInExecutor(checked(args[0]), args[1], args[2], rest(args, kw, 3));
                })
                .method("set_default_executor", (args, kw) -> {
                    checked(args[0]).defaultExecutor = ThreadPoolExecutor.checked(args[1]);
                    return PyNone.NONE;
                });
    }

    @Override
    public String repr() {
        return "<_UnixSelectorEventLoop running=" + (running ? "True" : "False") + " closed="
                + (closed ? "True" : "False") + " debug=False>";
    }
}
