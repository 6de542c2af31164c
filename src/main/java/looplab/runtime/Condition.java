package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.Ops;
import looplab.vm.PyBaseException;
import looplab.vm.PyBool;
import looplab.vm.PyException;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

import java.util.ArrayList;
import java.util.List;

/**
 * asyncio.Condition (locks.py): wait() releases the lock, waits for notify(), and re-acquires the lock before
 * returning, even when cancelled.
 */
final class Condition extends PyObject {
    static final PyType TYPE = PyType.builtin("Condition", Condition.class);

    private final Lock lock;
    private final List<Future> waiters = new ArrayList<>();

    Condition(Lock lock) {
        this.lock = lock;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    JavaCoroutine waitForNotify() {
        return new JavaCoroutine("Condition.wait", () -> {
            if (!lock.locked()) {
                throw Errors.runtimeError("cannot wait on un-acquired lock");
            }
            lock.release();
            Future fut = EventLoop.getRunningLoop().createFuture();
            fut.waitReason = WaitReason.condition("cond.wait()");
            waiters.add(fut);
            return JavaCoroutine.await(fut, (v, error) -> {
                waiters.remove(fut);
                return reacquire(false, error);
            });
        });
    }

    /** The finally block of Condition.wait: take the lock back, remembering any cancellation meanwhile. */
    private JavaCoroutine.Step reacquire(boolean cancelled, PyException pending) {
        return JavaCoroutine.await(lock.acquire(), (v, error) -> {
            if (error != null && error.matches(ExceptionTypes.CANCELLED_ERROR)) {
                return reacquire(true, pending);
            }
            if (error != null) {
                throw error;
            }
            if (cancelled) {
                throw new PyBaseException(ExceptionTypes.CANCELLED_ERROR, new PyObject[0]).toThrowable();
            }
            if (pending != null) {
                throw pending;
            }
            return JavaCoroutine.returning(PyBool.TRUE);
        });
    }

    /** Condition.wait_for: wait until predicate() is true, re-checking after every notify. */
    JavaCoroutine waitFor(PyObject predicate) {
        return new JavaCoroutine("Condition.wait_for", () -> checkPredicate(predicate));
    }

    private JavaCoroutine.Step checkPredicate(PyObject predicate) {
        PyObject result = predicate.call();
        if (Ops.isTrue(result)) {
            return JavaCoroutine.returning(result);
        }
        return JavaCoroutine.await(waitForNotify(), (v, error) -> {
            if (error != null) {
                throw error;
            }
            return checkPredicate(predicate);
        });
    }

    void notifyWaiters(int n) {
        if (!lock.locked()) {
            throw Errors.runtimeError("cannot notify on un-acquired lock");
        }
        int woken = 0;
        for (Future fut : new ArrayList<>(waiters)) {
            if (woken >= n) {
                break;
            }
            if (!fut.done()) {
                woken++;
                fut.setResult(PyBool.FALSE);
            }
        }
    }

    static {
        TYPE.factory((type, args, kw) -> {
            PyObject[] a = Args.bind("Condition", args, kw, 0, "lock");
            return new Condition(a[0] == null || a[0] == PyNone.NONE ? new Lock() : (Lock) a[0]);
        });
        TYPE.method("acquire", (args, kw) -> ((Condition) args[0]).lock.acquire())
                .method("release", (args, kw) -> {
                    ((Condition) args[0]).lock.release();
                    return PyNone.NONE;
                })
                .method("locked", (args, kw) -> PyBool.of(((Condition) args[0]).lock.locked()))
                .method("wait", (args, kw) -> ((Condition) args[0]).waitForNotify())
                .method("wait_for", (args, kw) -> ((Condition) args[0]).waitFor(args[1]))
                .method("notify", (args, kw) -> {
                    PyObject[] a = Args.bind("notify", args, kw, 1, "self", "n");
                    ((Condition) args[0]).notifyWaiters(a[1] == null ? 1 : Ops.index(a[1]).intValue());
                    return PyNone.NONE;
                })
                .method("notify_all", (args, kw) -> {
                    Condition c = (Condition) args[0];
                    c.notifyWaiters(c.waiters.size());
                    return PyNone.NONE;
                })
                .method("__aenter__", (args, kw) -> Primitives.enter(((Condition) args[0]).lock.acquire()))
                .method("__aexit__", (args, kw) -> Primitives.exit(() -> ((Condition) args[0]).lock.release()));
    }
}
