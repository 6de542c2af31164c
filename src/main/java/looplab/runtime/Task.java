package looplab.runtime;

import looplab.trace.TraceEvent.Outcome;
import looplab.trace.WaitReason;
import looplab.vm.Args;
import looplab.vm.Delegate;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.ExecutionStopped;
import looplab.vm.PyBaseException;
import looplab.vm.PyBool;
import looplab.vm.PyException;
import looplab.vm.PyGenerator;
import looplab.vm.PyInt;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyType;
import looplab.vm.SafeRepr;

import java.util.function.Function;

/**
 * asyncio.Task (tasks.py): a future that drives a coroutine. Each {@code __step} resumes the coroutine until it
 * yields a future to wait for; that future's completion schedules {@code __wakeup}, which steps again.
 * Cancellation is a request: {@code cancel()} cancels the awaited future or sets {@code _must_cancel}, and the
 * CancelledError is thrown into the coroutine at its next step.
 */
public final class Task extends Future {
    public static final PyType TYPE = PyType.builtin("Task", Future.TYPE);

    final PyObject coro;
    final long number;
    String name;
    boolean mustCancel;
    Future futWaiter;
    int numCancelsRequested;
    private final LoopCallback step;
    private final LoopCallback wakeup;
    /** contextvars: the copy of the creator's context this task's steps run in (CPython's Task._context). */
    final PyObject context;

    Task(EventLoop loop, PyObject coro, PyObject nameArg) {
        super(loop, 0);
        if (!isCoroutine(coro)) {
            throw Errors.typeError("a coroutine was expected, got " + coro.repr());
        }
        this.coro = coro;
        // As in CPython 3.11, every task takes a number from the counter, even one given a name.
        this.number = loop.runtime.nextTaskNumber();
        this.name = nameArg == null || nameArg == PyNone.NONE ? "Task-" + number : nameArg.str();
        this.step = new LoopCallback("Task.__step()", this, args -> step(args.length > 0 && args[0] != PyNone.NONE
                ? (PyBaseException) args[0] : null));
        this.wakeup = new LoopCallback("Task.__wakeup()", this, args -> wakeup((Future) args[0]));
        this.context = looplab.vm.modules.ContextVars.copyCurrent(loop.runtime.interpreter);
        loop.registerTask(this);
        loop.callSoon(step, new PyObject[0]);
    }

    static boolean isCoroutine(PyObject o) {
        return o instanceof PyGenerator g && g.isCoroutine() || o instanceof JavaCoroutine;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long number() {
        return number;
    }

    public String name() {
        return name;
    }

    /** tasks.py's Task.cancel: cancel what the task waits on, or arrange for CancelledError at its next step. */
    @Override
    public boolean cancel(PyObject message) {
        logTraceback = false;
        if (done()) {
            return false;
        }
        numCancelsRequested++;
        loop.runtime.trace.cancellationRequested(number, message == PyNone.NONE ? null : message.str());
        if (futWaiter != null && futWaiter.cancel(message)) {
            return true;
        }
        mustCancel = true;
        cancelMessage = message;
        return true;
    }

    public int uncancel() {
        if (numCancelsRequested > 0) {
            numCancelsRequested--;
        }
        return numCancelsRequested;
    }

    // ---- __step and __wakeup -------------------------------------------------------------------------------

    /** Task.__step: resume the coroutine once and decide, from what it yields, when it next runs. */
    private void step(PyBaseException exc) {
        if (done()) {
            throw Errors.raise(ExceptionTypes.INVALID_STATE_ERROR, "_step(): already done: " + repr());
        }
        if (mustCancel) {
            if (exc == null || !exc.isInstance(ExceptionTypes.CANCELLED_ERROR)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        loop.enterTask(this);
        try {
            PyObject yielded = resumeCoroutine(exc);
            loop.runtime.traceFramesAtStepEnd(this);
            if (((Delegate) coro).finished()) {
                finishWith(yielded);
            } else {
                handleYielded(yielded);
            }
        } catch (PyException e) {
            finishWithException(e);
        } catch (ExecutionStopped stop) {
            throw loop.runtime.blockedByTask(stop, this);
        } finally {
            loop.leaveTask(this);
        }
    }

    private PyObject resumeCoroutine(PyBaseException exc) {
        Delegate delegate = (Delegate) coro;
        if (exc == null) {
            return delegate.send(PyNone.NONE);
        }
        if (exc.isInstance(ExceptionTypes.CANCELLED_ERROR)) {
            loop.runtime.trace.cancellationDelivered(number, currentLine());
        }
        return delegate.throwInto(exc);
    }

    private void finishWith(PyObject value) {
        if (mustCancel) {
            mustCancel = false;
            super.cancel(cancelMessage);
            traceDone(Outcome.CANCELLED);
        } else {
            super.setResult(value);
            traceDone(Outcome.RESULT);
        }
    }

    private void finishWithException(PyException e) {
        if (e.matches(ExceptionTypes.CANCELLED_ERROR)) {
            cancelledExc = e.value;
            super.cancel(PyNone.NONE);
            traceDone(Outcome.CANCELLED);
            return;
        }
        super.setException(e.value);
        traceDone(Outcome.EXCEPTION);
        if (e.matches(ExceptionTypes.SYSTEM_EXIT) || e.matches(ExceptionTypes.KEYBOARD_INTERRUPT)) {
            throw e;
        }
    }

    private void handleYielded(PyObject result) {
        if (result instanceof Future fut) {
            if (fut.loop != loop) {
                rescheduleWithError("Task " + repr() + " got Future " + fut.repr() + " attached to a different loop");
            } else if (!fut.blocking) {
                rescheduleWithError("yield was used instead of yield from in task " + repr() + " with " + fut.repr());
            } else if (fut == this) {
                rescheduleWithError("Task cannot await on itself: " + repr());
            } else {
                waitOn(fut);
            }
        } else if (result == PyNone.NONE) {
            // A bare yield (asyncio.sleep(0)): let every other ready handle run first.
            loop.callSoon(step, new PyObject[0]);
        } else {
            rescheduleWithError("Task got bad yield: " + result.repr());
        }
    }

    private void waitOn(Future fut) {
        fut.blocking = false;
        if (loop.runtime.trace.enabled()) {
            loop.runtime.trace.taskSuspended(number, fut.waitReason());
        }
        fut.addDoneCallback(wakeup);
        futWaiter = fut;
        if (mustCancel && futWaiter.cancel(cancelMessage)) {
            mustCancel = false;
        }
    }

    private void rescheduleWithError(String message) {
        PyBaseException error = new PyBaseException(ExceptionTypes.RUNTIME_ERROR, new PyObject[] {PyStr.of(message)});
        loop.callSoon(step, new PyObject[] {error});
    }

    /** Task.__wakeup: the awaited future is done; step again, throwing its exception in if it failed. */
    private void wakeup(Future future) {
        try {
            future.result();
        } catch (PyException e) {
            if (future instanceof Task t && !e.matches(ExceptionTypes.CANCELLED_ERROR)) {
                loop.runtime.trace.exceptionPropagated(t.number, number, e.value.type().name());
            }
            step(e.value);
            return;
        }
        step(null);
    }

    private void traceDone(Outcome outcome) {
        if (!loop.runtime.trace.enabled()) {
            return;
        }
        String text = switch (outcome) {
            case RESULT -> SafeRepr.of(result);
            case EXCEPTION -> exception.summary();
            case CANCELLED -> cancelledExc != null ? cancelledExc.summary() : makeCancelledErrorText();
        };
        loop.runtime.trace.taskDone(number, outcome, text);
    }

    private String makeCancelledErrorText() {
        return cancelMessage == PyNone.NONE ? "CancelledError" : "CancelledError: " + cancelMessage.str();
    }

    /** The line the task's coroutine is at (its current await), 0 when unknown. */
    int currentLine() {
        return coro instanceof PyGenerator g ? g.frame.line() : 0;
    }

    String coroutineName() {
        return coro instanceof PyGenerator g ? g.qualname() : coro instanceof JavaCoroutine j ? j.qualname : coro.repr();
    }

    WaitReason asWaitReason() {
        return WaitReason.task(number, "await " + name);
    }

    @Override
    WaitReason waitReason() {
        return waitReason != null ? waitReason : asWaitReason();
    }

    // ---- Python face ---------------------------------------------------------------------------------------

    @Override
    String describe(Function<PyObject, String> reprOf) {
        StringBuilder sb = new StringBuilder("<Task ").append(state == State.FINISHED ? "finished" : stateText(reprOf))
                .append(" name=").append(PyStr.repr(name)).append(" coro=<").append(coroutineText()).append('>');
        if (state == State.FINISHED) {
            sb.append(exception != null ? " exception=" + reprOf.apply(exception) : " result=" + reprOf.apply(result));
        }
        return sb.append('>').toString();
    }

    private String coroutineText() {
        String qualname = coroutineName();
        if (coro instanceof PyGenerator g) {
            if (done() || g.finished()) {
                return qualname + "() done, defined at " + g.frame.code.fileName + ":" + g.frame.code.firstLine;
            }
            return qualname + "() running at " + g.frame.code.fileName + ":" + (g.started() ? g.frame.line()
                    : g.frame.code.firstLine);
        }
        return qualname + "()";
    }

    static Task checkedTask(PyObject o) {
        if (o instanceof Task t) {
            return t;
        }
        throw Errors.typeError("expected an asyncio.Task, got " + o.type().name());
    }

    static {
        TYPE.factory((type, args, kw) -> {
            PyObject[] a = Args.bind("Task", args, kw, 1, "coro", "loop", "name", "context");
            EventLoop loop = a[1] instanceof EventLoop l ? l : EventLoop.getEventLoop();
            return loop.createTask(a[0], a[2]);
        });
        TYPE.method("get_name", (args, kw) -> PyStr.of(checkedTask(args[0]).name))
                .method("set_name", (args, kw) -> {
                    checkedTask(args[0]).name = args[1].str();
                    return PyNone.NONE;
                })
                .method("get_coro", (args, kw) -> checkedTask(args[0]).coro)
                .method("get_loop", (args, kw) -> checkedTask(args[0]).loop)
                .method("cancelling", (args, kw) -> PyInt.of(checkedTask(args[0]).numCancelsRequested))
                .method("uncancel", (args, kw) -> PyInt.of(checkedTask(args[0]).uncancel()))
                .method("cancel", (args, kw) -> {
                    PyObject[] a = Args.bind("cancel", args, kw, 1, "self", "msg");
                    return PyBool.of(checkedTask(args[0]).cancel(a[1] == null ? PyNone.NONE : a[1]));
                })
                .method("set_result", (args, kw) -> {
                    throw Errors.runtimeError("Task does not support set_result operation");
                })
                .method("set_exception", (args, kw) -> {
                    throw Errors.runtimeError("Task does not support set_exception operation");
                });
    }

    @Override
    public PyObject lookupAttr(String attrName) {
        return switch (attrName) {
            case "_must_cancel" -> PyBool.of(mustCancel);
            case "_fut_waiter" -> futWaiter == null ? PyNone.NONE : futWaiter;
            case "_coro" -> coro;
            case "_name" -> PyStr.of(name);
            case "_num_cancels_requested" -> PyInt.of(numCancelsRequested);
            default -> super.lookupAttr(attrName);
        };
    }
}
