package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBaseException;
import looplab.vm.PyBool;
import looplab.vm.PyException;
import looplab.vm.PyInt;
import looplab.vm.PyList;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyType;
import looplab.vm.SafeRepr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * asyncio.Future (futures.py): a result that will be set later. Done callbacks are scheduled with
 * {@code call_soon}, in registration order, when the outcome is set; awaiting a pending future suspends the task
 * until then.
 */
public class Future extends PyObject implements SafeRepr.Plain {
    public static final PyType TYPE = PyType.builtin("Future", Future.class);

    enum State { PENDING, CANCELLED, FINISHED }

    final EventLoop loop;
    final long id;
    State state = State.PENDING;
    PyObject result;
    PyBaseException exception;
    /** The done callbacks, in registration order. */
    final List<PyObject> callbacks = new ArrayList<>();
    PyObject cancelMessage = PyNone.NONE;
    /** The CancelledError a task caught from its coroutine, re-raised by result() (futures.py's _cancelled_exc). */
    PyBaseException cancelledExc;
    /** Set by __await__ while a task waits on this future (futures.py's _asyncio_future_blocking). */
    boolean blocking;
    /**
     * futures.py's __log_traceback: true from set_exception until someone retrieves the exception (result(),
     * exception(), cancel()); a future still true when it is collected logs "exception was never retrieved".
     */
    boolean logTraceback;
    /** What a task waiting on this future waits for, for the trace; null means "a future". */
    WaitReason waitReason;

    Future(EventLoop loop) {
        this(loop, loop.runtime.nextFutureId());
    }

    Future(EventLoop loop, long id) {
        this.loop = loop;
        this.id = id;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- the Future API ----------------------------------------------------------------------------------

    public boolean done() {
        return state != State.PENDING;
    }

    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    public PyObject result() {
        if (state == State.CANCELLED) {
            throw makeCancelledError().toThrowable();
        }
        if (state != State.FINISHED) {
            throw Errors.raise(ExceptionTypes.INVALID_STATE_ERROR, "Result is not set.");
        }
        logTraceback = false;
        if (exception != null) {
            throw exception.toThrowable();
        }
        return result;
    }

    public PyObject exception() {
        if (state == State.CANCELLED) {
            throw makeCancelledError().toThrowable();
        }
        if (state != State.FINISHED) {
            throw Errors.raise(ExceptionTypes.INVALID_STATE_ERROR, "Exception is not set.");
        }
        logTraceback = false;
        return exception == null ? PyNone.NONE : exception;
    }

    /** exception() for the library's Java callers that checked cancelled() first; null when there is none. */
    PyBaseException retrieveException() {
        logTraceback = false;
        return exception;
    }

    public void setResult(PyObject value) {
        if (state != State.PENDING) {
            throw Errors.raise(ExceptionTypes.INVALID_STATE_ERROR, "invalid state");
        }
        result = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    public void setException(PyObject value) {
        if (state != State.PENDING) {
            throw Errors.raise(ExceptionTypes.INVALID_STATE_ERROR, "invalid state");
        }
        PyObject exc = value instanceof PyType t ? t.call() : value;
        if (!(exc instanceof PyBaseException be)) {
            throw Errors.typeError("invalid exception object");
        }
        if (be.type() == ExceptionTypes.STOP_ITERATION) {
            throw Errors.typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        exception = be;
        state = State.FINISHED;
        logTraceback = true;
        loop.failed(this);
        scheduleCallbacks();
    }

    /** Future.cancel: only a pending future can be cancelled; its callbacks are scheduled at once. */
    public boolean cancel(PyObject message) {
        logTraceback = false;
        if (state != State.PENDING) {
            return false;
        }
        state = State.CANCELLED;
        cancelMessage = message;
        scheduleCallbacks();
        return true;
    }

    public void addDoneCallback(PyObject callback) {
        if (state != State.PENDING) {
            loop.callSoon(callback, new PyObject[] {this});
        } else {
            callbacks.add(callback);
        }
    }

    public int removeDoneCallback(PyObject callback) {
        int before = callbacks.size();
        callbacks.removeIf(cb -> cb == callback || cb.equals(callback));
        return before - callbacks.size();
    }

    /** futures.py's __schedule_callbacks: each callback goes to the end of _ready, in registration order. */
    private void scheduleCallbacks() {
        List<PyObject> toRun = new ArrayList<>(callbacks);
        callbacks.clear();
        for (PyObject callback : toRun) {
            loop.callSoon(callback, new PyObject[] {this});
        }
    }

    /** futures.py's _make_cancelled_error: the caught CancelledError once, else a new one with the message. */
    PyBaseException makeCancelledError() {
        if (cancelledExc != null) {
            PyBaseException exc = cancelledExc;
            cancelledExc = null;
            return exc;
        }
        PyObject[] args = cancelMessage == PyNone.NONE ? new PyObject[0] : new PyObject[] {cancelMessage};
        return new PyBaseException(ExceptionTypes.CANCELLED_ERROR, args);
    }

    WaitReason waitReason() {
        return waitReason != null ? waitReason : WaitReason.future(id, "await " + repr());
    }

    // ---- Python attribute access ---------------------------------------------------------------------------

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "_asyncio_future_blocking" -> PyBool.of(blocking);
            case "_log_traceback" -> PyBool.of(logTraceback);
            case "_state" -> PyStr.of(state.name());
            case "_result" -> result == null ? PyNone.NONE : result;
            case "_exception" -> exception == null ? PyNone.NONE : exception;
            case "_cancel_message" -> cancelMessage;
            case "_loop" -> loop;
            case "_callbacks" -> new PyList(new ArrayList<>(callbacks));
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public void setAttr(String name, PyObject value) {
        switch (name) {
            case "_asyncio_future_blocking" -> blocking = value.isTrue();
            case "_cancel_message" -> cancelMessage = value;
            case "_log_traceback" -> {
                if (value.isTrue()) {
                    throw Errors.valueError("_log_traceback can only be set to False");
                }
                logTraceback = false;
            }
            default -> super.setAttr(name, value);
        }
    }

    @Override
    public String repr() {
        return describe(PyObject::repr);
    }

    /** The repr for the trace: the result is shown without running its {@code __repr__}. */
    @Override
    public String plainRepr() {
        return describe(SafeRepr::of);
    }

    String describe(Function<PyObject, String> reprOf) {
        return "<" + type().name() + " " + stateText(reprOf) + ">";
    }

    String stateText(Function<PyObject, String> reprOf) {
        return switch (state) {
            case PENDING -> "pending";
            case CANCELLED -> "cancelled";
            case FINISHED -> exception != null ? "finished exception=" + reprOf.apply(exception)
                    : "finished result=" + reprOf.apply(result);
        };
    }

    static Future checked(PyObject o) {
        if (o instanceof Future f) {
            return f;
        }
        throw Errors.typeError("expected an asyncio.Future, got " + o.type().name());
    }

    static {
        TYPE.factory((type, args, kw) -> {
            PyObject loopArg = Args.keyword(args, kw, "loop");
            EventLoop loop = loopArg instanceof EventLoop l ? l : EventLoop.getEventLoop();
            return new Future(loop);
        });
        TYPE.method("result", (args, kw) -> checked(args[0]).result())
                .method("exception", (args, kw) -> checked(args[0]).exception())
                .method("set_result", (args, kw) -> {
                    Args.exactly("set_result", args, kw, 2);
                    checked(args[0]).setResult(args[1]);
                    return PyNone.NONE;
                })
                .method("set_exception", (args, kw) -> {
                    Args.exactly("set_exception", args, kw, 2);
                    checked(args[0]).setException(args[1]);
                    return PyNone.NONE;
                })
                .method("cancel", (args, kw) -> {
                    PyObject[] a = Args.bind("cancel", args, kw, 1, "self", "msg");
                    return PyBool.of(checked(args[0]).cancel(a[1] == null ? PyNone.NONE : a[1]));
                })
                .method("cancelled", (args, kw) -> PyBool.of(checked(args[0]).cancelled()))
                .method("done", (args, kw) -> PyBool.of(checked(args[0]).done()))
                .method("get_loop", (args, kw) -> checked(args[0]).loop)
                .method("add_done_callback", (args, kw) -> {
                    PyObject[] a = Args.bind("add_done_callback", args, kw, 2, "self", "fn", "context");
                    checked(args[0]).addDoneCallback(a[1]);
                    return PyNone.NONE;
                })
                .method("remove_done_callback", (args, kw) ->
                        PyInt.of(checked(args[0]).removeDoneCallback(args[1])))
                .method("__await__", (args, kw) -> new FutureIter(checked(args[0])))
                .method("__iter__", (args, kw) -> new FutureIter(checked(args[0])))
                .method("__repr__", (args, kw) -> PyStr.of(args[0].repr()));
    }

    /** Raises the exception a future was set with, or returns its result: for callers in Java. */
    static PyObject outcome(Future f) {
        try {
            return f.result();
        } catch (PyException e) {
            throw e;
        }
    }
}
