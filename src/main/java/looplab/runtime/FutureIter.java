package looplab.runtime;

import looplab.vm.Delegate;
import looplab.vm.Errors;
import looplab.vm.PyBaseException;
import looplab.vm.PyObject;
import looplab.vm.PyType;

/**
 * What {@code Future.__await__} returns (futures.py): on the first send a pending future marks itself
 * blocking and is yielded to the task; on the next send it is done and its result is returned (or raised).
 */
final class FutureIter extends PyObject implements Delegate {
    static final PyType TYPE = PyType.builtin("FutureIter", FutureIter.class);

    private final Future future;
    private boolean yielded;
    private boolean finished;

    FutureIter(Future future) {
        this.future = future;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject send(PyObject value) {
        if (!yielded && !future.done()) {
            yielded = true;
            future.blocking = true;
            return future;
        }
        finished = true;
        if (!future.done()) {
            throw Errors.runtimeError("await wasn't used with future");
        }
        return future.result();
    }

    @Override
    public PyObject throwInto(PyBaseException exc) {
        finished = true;
        throw exc.toThrowable();
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public void close() {
        finished = true;
    }
}
