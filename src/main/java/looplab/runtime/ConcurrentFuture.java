package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBaseException;
import looplab.vm.PyBool;
import looplab.vm.PyException;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyType;

import java.util.ArrayList;
import java.util.List;

/**
 * concurrent.futures.Future (concurrent/futures/_base.py): the outcome of a job submitted to an executor. Unlike
 * asyncio's Future it is thread-safe and blocking: result() waits (here: lets the simulated threads run on the
 * virtual clock) and done callbacks run at once, on the thread that completes the future.
 */
final class ConcurrentFuture extends PyObject {
    static final PyType TYPE = PyType.builtin("Future", ConcurrentFuture.class);

    enum State { PENDING, RUNNING, CANCELLED, FINISHED }

    private final ThreadScheduler threads;
    State state = State.PENDING;
    private PyObject result = PyNone.NONE;
    PyBaseException exception;
    private final List<PyObject> callbacks = new ArrayList<>();
    /** Position in the order in which futures completed (as_completed yields in this order). */
    long completionOrder;

    ConcurrentFuture(ThreadScheduler threads) {
        this.threads = threads;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean done() {
        return state == State.CANCELLED || state == State.FINISHED;
    }

    boolean cancelled() {
        return state == State.CANCELLED;
    }

    /** Only a future whose job has not started can be cancelled. */
    boolean cancel() {
        if (state == State.RUNNING || state == State.FINISHED) {
            return false;
        }
        if (state == State.PENDING) {
            state = State.CANCELLED;
            completed();
        }
        return true;
    }

    /** set_running_or_notify_cancel: false if the job was cancelled while it waited in the queue. */
    boolean setRunningOrNotifyCancel() {
        if (state == State.CANCELLED) {
            return false;
        }
        state = State.RUNNING;
        return true;
    }

    void setResult(PyObject value) {
        checkNotDone();
        result = value;
        state = State.FINISHED;
        completed();
    }

    void setException(PyBaseException value) {
        checkNotDone();
        exception = value;
        state = State.FINISHED;
        completed();
    }

    private void checkNotDone() {
        if (done()) {
            throw Errors.raise(ExceptionTypes.INVALID_STATE_ERROR, "FINISHED: " + repr());
        }
    }

    private void completed() {
        completionOrder = threads.nextCompletion();
        threads.futureCompleted(threads.now());
        List<PyObject> toCall = new ArrayList<>(callbacks);
        callbacks.clear();
        for (PyObject callback : toCall) {
            invokeCallback(callback);
        }
    }

    void addDoneCallback(PyObject callback) {
        if (done()) {
            invokeCallback(callback);
        } else {
            callbacks.add(callback);
        }
    }

    /** As _base.py's _invoke_callbacks: a failing callback is logged, the others still run. */
    private void invokeCallback(PyObject callback) {
        try {
            callback.call(this);
        } catch (PyException e) {
            threads.interpreter.write(true, "exception calling callback for " + repr() + "\n"
                    + e.value.summary() + "\n");
        }
    }

    /** result(timeout): waits for the job; raises its exception, CancelledError or TimeoutError. */
    PyObject result(double timeout) {
        waitDone(timeout);
        if (exception != null) {
            throw exception.toThrowable();
        }
        return result;
    }

    PyObject exception(double timeout) {
        waitDone(timeout);
        return exception == null ? PyNone.NONE : exception;
    }

    private void waitDone(double timeout) {
        if (!done() && !threads.blockUntil(this::done, timeout)) {
            throw Errors.raise(ExceptionTypes.TIMEOUT_ERROR, null);
        }
        if (cancelled()) {
            throw Errors.raise(ConcurrentFuturesModule.CANCELLED_ERROR, null);
        }
    }

    static ConcurrentFuture checked(PyObject o) {
        if (o instanceof ConcurrentFuture f) {
            return f;
        }
        throw Errors.typeError("expected a concurrent.futures.Future, got " + o.type().name());
    }

    static double timeout(PyObject o) {
        return o == null || o == PyNone.NONE ? Double.POSITIVE_INFINITY : EventLoop.seconds(o);
    }

    @Override
    public String repr() {
        String address = String.format("0x%012x", System.identityHashCode(this) * 16L);
        String text = switch (state) {
            case PENDING -> "pending";
            case RUNNING -> "running";
            case CANCELLED -> "cancelled";
            case FINISHED -> exception != null ? "finished raised " + exception.type().name()
                    : "finished returned " + result.type().name();
        };
        return "<Future at " + address + " state=" + text + ">";
    }

    static {
        TYPE.factory((type, args, kw) -> {
            Args.exactly("Future", args, kw, 0);
            return new ConcurrentFuture(AsyncioRuntime.current().threads);
        });
        TYPE.method("result", (args, kw) -> {
            PyObject[] a = Args.bind("result", args, kw, 1, "self", "timeout");
            return checked(args[0]).result(timeout(a[1]));
        }).method("exception", (args, kw) -> {
            PyObject[] a = Args.bind("exception", args, kw, 1, "self", "timeout");
            return checked(args[0]).exception(timeout(a[1]));
        }).method("done", (args, kw) -> PyBool.of(checked(args[0]).done()))
                .method("cancelled", (args, kw) -> PyBool.of(checked(args[0]).cancelled()))
                .method("running", (args, kw) -> PyBool.of(checked(args[0]).state == State.RUNNING))
                .method("cancel", (args, kw) -> PyBool.of(checked(args[0]).cancel()))
                .method("add_done_callback", (args, kw) -> {
                    Args.exactly("add_done_callback", args, kw, 2);
                    checked(args[0]).addDoneCallback(args[1]);
                    return PyNone.NONE;
                })
                .method("set_result", (args, kw) -> {
                    Args.exactly("set_result", args, kw, 2);
                    checked(args[0]).setResult(args[1]);
                    return PyNone.NONE;
                })
                .method("set_exception", (args, kw) -> {
                    Args.exactly("set_exception", args, kw, 2);
                    PyObject exc = args[1] instanceof PyType t ? t.call() : args[1];
                    checked(args[0]).setException((PyBaseException) exc);
                    return PyNone.NONE;
                })
                .method("set_running_or_notify_cancel", (args, kw) ->
                        PyBool.of(checked(args[0]).setRunningOrNotifyCancel()))
                .method("__repr__", (args, kw) -> PyStr.of(args[0].repr()));
    }
}
