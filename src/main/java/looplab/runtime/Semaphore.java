package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.Ops;
import looplab.vm.PyBool;
import looplab.vm.PyInt;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

import java.util.ArrayDeque;

/**
 * asyncio.Semaphore and BoundedSemaphore (locks.py, 3.11): a counter; acquire() waits while it is zero or
 * while other tasks queue, and release() hands the slot to the first waiter that is not done.
 */
final class Semaphore extends PyObject {
    static final PyType TYPE = PyType.builtin("Semaphore", Semaphore.class);
    static final PyType BOUNDED_TYPE = PyType.builtin("BoundedSemaphore", TYPE);

    private final ArrayDeque<Future> waiters = new ArrayDeque<>();
    private final PyType type;
    private final int boundValue;
    private int value;

    Semaphore(PyType type, int value) {
        if (value < 0) {
            throw Errors.valueError("Semaphore initial value must be >= 0");
        }
        this.type = type;
        this.value = value;
        this.boundValue = value;
    }

    @Override
    public PyType type() {
        return type;
    }

    boolean locked() {
        return value == 0 || waiters.stream().anyMatch(w -> !w.cancelled());
    }

    JavaCoroutine acquire() {
        return new JavaCoroutine("Semaphore.acquire", () -> {
            if (!locked()) {
                value--;
                return JavaCoroutine.returning(PyBool.TRUE);
            }
            Future fut = EventLoop.getRunningLoop().createFuture();
            fut.waitReason = WaitReason.semaphore(value, boundValue, "sem.acquire()");
            waiters.addLast(fut);
            return JavaCoroutine.await(fut, (v, error) -> {
                waiters.remove(fut);
                if (error != null) {
                    if (error.matches(ExceptionTypes.CANCELLED_ERROR) && !fut.cancelled()) {
                        value++;
                        wakeUpNext();
                    }
                    throw error;
                }
                if (value > 0) {
                    wakeUpNext();
                }
                return JavaCoroutine.returning(PyBool.TRUE);
            });
        });
    }

    void release() {
        if (type == BOUNDED_TYPE && value >= boundValue) {
            throw Errors.valueError("BoundedSemaphore released too many times");
        }
        value++;
        wakeUpNext();
    }

    private void wakeUpNext() {
        for (Future fut : waiters) {
            if (!fut.done()) {
                value--;
                fut.setResult(PyBool.TRUE);
                return;
            }
        }
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "_value" -> PyInt.of(value);
            case "_bound_value" -> PyInt.of(boundValue);
            default -> super.lookupAttr(name);
        };
    }

    private static Semaphore create(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind(type.name(), args, kw, 0, "value");
        return new Semaphore(type, a[0] == null ? 1 : Ops.index(a[0]).intValue());
    }

    static {
        TYPE.factory(Semaphore::create);
        BOUNDED_TYPE.factory(Semaphore::create);
        TYPE.method("acquire", (args, kw) -> ((Semaphore) args[0]).acquire())
                .method("release", (args, kw) -> {
                    ((Semaphore) args[0]).release();
                    return PyNone.NONE;
                })
                .method("locked", (args, kw) -> PyBool.of(((Semaphore) args[0]).locked()))
                .method("__aenter__", (args, kw) -> Primitives.enter(((Semaphore) args[0]).acquire()))
                .method("__aexit__", (args, kw) -> Primitives.exit(() -> ((Semaphore) args[0]).release()));
    }

    @Override
    public String repr() {
        String extra = locked() ? "locked" : "unlocked, value:" + value;
        if (!waiters.isEmpty()) {
            extra += ", waiters:" + waiters.size();
        }
        return "<asyncio.locks." + type.name() + " object [" + extra + "]>";
    }
}
