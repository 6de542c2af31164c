package looplab.vm;

/** The awaitable of anext(iterator, default): the default instead of StopAsyncIteration at the end. */
final class AnextDefault extends PyObject implements Delegate {
    static final PyType TYPE = PyType.builtin("anext_awaitable", AnextDefault.class);

    static {
        TYPE.method("__await__", (a, k) -> a[0]);
    }

    private final Delegate step;
    private final PyObject fallback;
    private boolean finished;

    AnextDefault(Delegate step, PyObject fallback) {
        this.step = step;
        this.fallback = fallback;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject send(PyObject value) {
        try {
            PyObject r = step.send(value);
            finished = step.finished();
            return r;
        } catch (PyException e) {
            return endOr(e);
        }
    }

    @Override
    public PyObject throwInto(PyBaseException exc) {
        try {
            PyObject r = step.throwInto(exc);
            finished = step.finished();
            return r;
        } catch (PyException e) {
            return endOr(e);
        }
    }

    private PyObject endOr(PyException e) {
        if (e.matches(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            finished = true;
            return fallback;
        }
        throw e;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public void close() {
        step.close();
    }
}
