package looplab.runtime;

import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBaseException;
import looplab.vm.PyBool;
import looplab.vm.PyFloat;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

/**
 * asyncio.Timeout (timeouts.py): an async context manager that cancels its task when the deadline passes and
 * turns that cancellation into TimeoutError on exit. Nested timeouts work because each one compares the task's
 * cancelling() count with the count it saw on entry.
 */
final class Timeout extends PyObject {
    static final PyType TYPE = PyType.builtin("Timeout", Timeout.class);

    enum State {
        CREATED("created"), ENTERED("active"), EXPIRING("expiring"), EXPIRED("expired"), EXITED("finished");

        final String value;

        State(String value) {
            this.value = value;
        }
    }

    private State state = State.CREATED;
    private Handle timeoutHandler;
    private Task task;
    private int cancelling;
    private Double when;

    Timeout(Double when) {
        this.when = when;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void reschedule(Double newWhen) {
        if (state != State.ENTERED) {
            if (state == State.CREATED) {
                throw Errors.runtimeError("Timeout has not been entered");
            }
            throw Errors.runtimeError("Cannot change state of " + state.value + " Timeout");
        }
        when = newWhen;
        if (timeoutHandler != null) {
            timeoutHandler.cancel();
        }
        if (newWhen == null) {
            timeoutHandler = null;
            return;
        }
        EventLoop loop = EventLoop.getRunningLoop();
        LoopCallback onTimeout = LoopCallback.plain("Timeout._on_timeout", args -> onTimeout());
        timeoutHandler = newWhen <= loop.time() ? loop.callSoon(onTimeout, new PyObject[0])
                : loop.callAt(newWhen, onTimeout, new PyObject[0], "timeout");
    }

    boolean expired() {
        return state == State.EXPIRING || state == State.EXPIRED;
    }

    private void onTimeout() {
        task.cancel(PyNone.NONE);
        state = State.EXPIRING;
        timeoutHandler = null;
    }

    JavaCoroutine enter() {
        return new JavaCoroutine("Timeout.__aenter__", () -> {
            if (state != State.CREATED) {
                throw Errors.runtimeError("Timeout has already been entered");
            }
            EventLoop loop = EventLoop.running();
            Task current = loop == null ? null : loop.currentTask();
            if (current == null) {
                throw Errors.runtimeError("Timeout should be used inside a task");
            }
            state = State.ENTERED;
            task = current;
            cancelling = task.numCancelsRequested;
            reschedule(when);
            return JavaCoroutine.returning(this);
        });
    }

    JavaCoroutine exit(PyObject excType, PyObject excValue) {
        return new JavaCoroutine("Timeout.__aexit__", () -> {
            if (timeoutHandler != null) {
                timeoutHandler.cancel();
                timeoutHandler = null;
            }
            if (state == State.EXPIRING) {
                state = State.EXPIRED;
                if (task.uncancel() <= cancelling && excType == ExceptionTypes.CANCELLED_ERROR) {
                    PyBaseException timeout = new PyBaseException(ExceptionTypes.TIMEOUT_ERROR, new PyObject[0]);
                    if (excValue instanceof PyBaseException cause) {
                        timeout.cause = cause;
                        timeout.context = cause;
                    }
                    timeout.suppressContext = true;
                    throw timeout.toThrowable();
                }
            } else if (state == State.ENTERED) {
                state = State.EXITED;
            }
            return JavaCoroutine.returning(PyNone.NONE);
        });
    }

    static Double deadline(PyObject when) {
        return when == PyNone.NONE ? null : EventLoop.seconds(when);
    }

    static {
        TYPE.factory((type, args, kw) -> new Timeout(deadline(args[0])));
        TYPE.method("when", (args, kw) -> {
                    Double w = ((Timeout) args[0]).when;
                    return w == null ? PyNone.NONE : PyFloat.of(w);
                })
                .method("reschedule", (args, kw) -> {
                    ((Timeout) args[0]).reschedule(deadline(args[1]));
                    return PyNone.NONE;
                })
                .method("expired", (args, kw) -> PyBool.of(((Timeout) args[0]).expired()))
                .method("__aenter__", (args, kw) -> ((Timeout) args[0]).enter())
                .method("__aexit__", (args, kw) -> ((Timeout) args[0]).exit(args[1], args[2]));
    }

    @Override
    public String repr() {
        String info = "";
        if (state == State.ENTERED) {
            info = " when=" + (when == null ? "None" : PyFloat.of(Math.round(when * 1000) / 1000.0).repr());
        }
        return "<Timeout [" + state.value + "]" + info + ">";
    }
}
