package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.PyBool;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

import java.util.ArrayList;
import java.util.List;

/** asyncio.Event (locks.py): set() wakes every task waiting in wait(); clear() resets the flag. */
final class Event extends PyObject {
    static final PyType TYPE = PyType.builtin("Event", Event.class);

    private final List<Future> waiters = new ArrayList<>();
    private boolean value;

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean isSet() {
        return value;
    }

    void set() {
        if (!value) {
            value = true;
            for (Future fut : new ArrayList<>(waiters)) {
                if (!fut.done()) {
                    fut.setResult(PyBool.TRUE);
                }
            }
        }
    }

    void clear() {
        value = false;
    }

    JavaCoroutine waitUntilSet() {
        return new JavaCoroutine("Event.wait", () -> {
            if (value) {
                return JavaCoroutine.returning(PyBool.TRUE);
            }
            Future fut = EventLoop.getRunningLoop().createFuture();
            fut.waitReason = WaitReason.event("event.wait()");
            waiters.add(fut);
            return JavaCoroutine.await(fut, (v, error) -> {
                waiters.remove(fut);
                if (error != null) {
                    throw error;
                }
                return JavaCoroutine.returning(PyBool.TRUE);
            });
        });
    }

    @Override
    public PyObject lookupAttr(String name) {
        return name.equals("_value") ? PyBool.of(value) : super.lookupAttr(name);
    }

    static {
        TYPE.factory((type, args, kw) -> new Event());
        TYPE.method("is_set", (args, kw) -> PyBool.of(((Event) args[0]).value))
                .method("set", (args, kw) -> {
                    ((Event) args[0]).set();
                    return PyNone.NONE;
                })
                .method("clear", (args, kw) -> {
                    ((Event) args[0]).clear();
                    return PyNone.NONE;
                })
                .method("wait", (args, kw) -> ((Event) args[0]).waitUntilSet());
    }

    @Override
    public String repr() {
        return "<asyncio.locks.Event object [" + (value ? "set" : "unset")
                + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size()) + "]>";
    }
}
