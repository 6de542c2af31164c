package looplab.vm;

/**
 * The awaitable returned by an async generator's __anext__/asend/athrow (CPython's async_generator_asend):
 * awaiting it runs the generator until its next own `yield` (the result) while passing the futures of inner
 * awaits up to the task.
 */
final class AsyncGenStep extends PyObject implements Delegate {
    static final PyType TYPE = PyType.builtin("async_generator_asend", AsyncGenStep.class);

    enum Mode { SEND, THROW, CLOSE }

    private final PyGenerator generator;
    private final Mode mode;
    private PyObject argument;
    private boolean started;
    private boolean finished;

    AsyncGenStep(PyGenerator generator, Mode mode, PyObject argument) {
        this.generator = generator;
        this.mode = mode;
        this.argument = argument;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject send(PyObject value) {
        PyObject r;
        if (!started) {
            started = true;
            if (generator.finished()) {
                finished = true;
                if (mode == Mode.CLOSE) {
                    return PyNone.NONE;
                }
                throw Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION, null);
            }
            try {
                r = switch (mode) {
                    case SEND -> generator.send(argument);
                    case THROW -> generator.throwInto((PyBaseException) argument);
                    case CLOSE -> generator.throwInto(new PyBaseException(ExceptionTypes.GENERATOR_EXIT, new PyObject[0]));
                };
            } catch (PyException e) {
                if (mode == Mode.CLOSE && closedNormally(e)) {
                    // aclose(): the generator ended by letting GeneratorExit (or StopAsyncIteration) out.
                    finished = true;
                    return PyNone.NONE;
                }
                throw e;
            }
        } else {
            try {
                r = generator.send(value);
            } catch (PyException e) {
                if (mode == Mode.CLOSE && closedNormally(e)) {
                    finished = true;
                    return PyNone.NONE;
                }
                throw e;
            }
        }
        return unwrap(r);
    }

    private PyObject unwrap(PyObject r) {
        if (generator.finished()) {
            finished = true;
            if (mode == Mode.CLOSE) {
                return PyNone.NONE;
            }
            throw Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION, null);
        }
        if (r instanceof PyGenerator.AsyncGenValue v) {
            if (mode == Mode.CLOSE) {
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            finished = true;
            return v.value;
        }
        return r;
    }

    private static boolean closedNormally(PyException e) {
        return e.matches(ExceptionTypes.GENERATOR_EXIT) || e.matches(ExceptionTypes.STOP_ASYNC_ITERATION);
    }

    @Override
    public PyObject throwInto(PyBaseException exc) {
        started = true;
        try {
            return unwrap(generator.throwInto(exc));
        } catch (PyException e) {
            if (mode == Mode.CLOSE && closedNormally(e)) {
                finished = true;
                return PyNone.NONE;
            }
            throw e;
        }
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public void close() {
        finished = true;
    }

    /** Awaiting it directly (await agen.asend(x)) uses the same delegate. */
    PyObject asAwaitable() {
        return this;
    }
}
