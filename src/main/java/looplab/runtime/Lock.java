package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBool;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

import java.util.ArrayDeque;

/** asyncio.Lock (locks.py): a mutex whose waiters are futures, woken first-come first-served. */
final class Lock extends PyObject {
    static final PyType TYPE = PyType.builtin("Lock", Lock.class);

    private final ArrayDeque<Future> waiters = new ArrayDeque<>();
    private boolean locked;

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean locked() {
        return locked;
    }

    /** Lock.acquire: take the lock at once if it is free and nobody queues, else wait for release(). */
    JavaCoroutine acquire() {
        return new JavaCoroutine("Lock.acquire", () -> {
            if (!locked && waiters.stream().allMatch(Future::cancelled)) {
                locked = true;
                return JavaCoroutine.returning(PyBool.TRUE);
            }
            Future fut = EventLoop.getRunningLoop().createFuture();
            fut.waitReason = WaitReason.lock("lock.acquire()");
            waiters.addLast(fut);
            return JavaCoroutine.await(fut, (value, error) -> {
                waiters.remove(fut);
                if (error != null) {
                    if (error.matches(ExceptionTypes.CANCELLED_ERROR) && !locked) {
                        wakeUpFirst();
                    }
                    throw error;
                }
                locked = true;
                return JavaCoroutine.returning(PyBool.TRUE);
            });
        });
    }

    void release() {
        if (!locked) {
            throw Errors.runtimeError("Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst();
    }

    private void wakeUpFirst() {
        Future first = waiters.peekFirst();
        if (first != null && !first.done()) {
            first.setResult(PyBool.TRUE);
        }
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "_locked" -> PyBool.of(locked);
            default -> super.lookupAttr(name);
        };
    }

    static {
        TYPE.factory((type, args, kw) -> new Lock());
        TYPE.method("acquire", (args, kw) -> ((Lock) args[0]).acquire())
                .method("release", (args, kw) -> {
                    ((Lock) args[0]).release();
                    return PyNone.NONE;
                })
                .method("locked", (args, kw) -> PyBool.of(((Lock) args[0]).locked))
                .method("__aenter__", (args, kw) -> Primitives.enter(((Lock) args[0]).acquire()))
                .method("__aexit__", (args, kw) -> Primitives.exit(() -> ((Lock) args[0]).release()));
    }

    @Override
    public String repr() {
        return "<asyncio.locks.Lock object [" + (locked ? "locked" : "unlocked")
                + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size()) + "]>";
    }
}
