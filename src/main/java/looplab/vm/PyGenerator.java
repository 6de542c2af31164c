package looplab.vm;

/**
 * Generators, coroutines and async generators: a suspended {@link Frame} plus the send/throw/close protocol of
 * CPython's genobject.c. Resuming runs the frame until its next yield; the Java stack never spans a suspension.
 */
public final class PyGenerator extends PyObject implements Delegate {
    public static final PyType GENERATOR_TYPE = PyType.builtin("generator", PyGenerator.class);
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", PyGenerator.class);
    public static final PyType ASYNC_GENERATOR_TYPE = PyType.builtin("async_generator", PyGenerator.class);

    /** What an async generator's frame yields for a value of its own `yield`, as opposed to an inner await. */
    static final class AsyncGenValue extends PyObject {
        final PyObject value;

        AsyncGenValue(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }

    public final Frame frame;
    private final PyFunction function;
    private final PyType type;
    private boolean running;
    private boolean finished;
    private boolean awaited;
    private PyObject returnValue = PyNone.NONE;

    private PyGenerator(Frame frame, PyFunction function, PyType type) {
        this.frame = frame;
        this.function = function;
        this.type = type;
        frame.generator = this;
    }

    static PyGenerator create(Frame frame, PyFunction function) {
        PyCode code = frame.code;
        PyType type = code.isCoroutine() ? COROUTINE_TYPE : code.isAsyncGenerator() ? ASYNC_GENERATOR_TYPE : GENERATOR_TYPE;
        return new PyGenerator(frame, function, type);
    }

    @Override
    public PyType type() {
        return type;
    }

    public boolean isCoroutine() {
        return type == COROUTINE_TYPE;
    }

    public boolean isAsyncGenerator() {
        return type == ASYNC_GENERATOR_TYPE;
    }

    public String qualname() {
        return function.qualname();
    }

    /** True once the frame has returned (or raised): the last resume's value was the return value. */
    @Override
    public boolean finished() {
        return finished;
    }

    /** What the frame returned (the value of StopIteration), once finished. */
    public PyObject returnValue() {
        return returnValue;
    }

    /** The coroutine or generator this one's frame is suspended in ({@code await}, {@code yield from}), or null. */
    public PyGenerator awaitedGenerator() {
        if (frame.state == Frame.SUSPENDED && frame.inYieldFrom && frame.top() instanceof PyGenerator inner) {
            return inner;
        }
        return null;
    }

    public boolean started() {
        return frame.state != Frame.CREATED;
    }

    public boolean suspended() {
        return frame.state == Frame.SUSPENDED;
    }

    /** Marks a coroutine as being awaited, for "cannot reuse already awaited coroutine". */
    void markAwaited() {
        if (awaited && finished) {
            throw Errors.runtimeError("cannot reuse already awaited coroutine");
        }
        awaited = true;
    }

    /**
     * Resumes the frame with a value sent in. Returns what it yields; when it returns instead, {@link #finished()}
     * becomes true and the return value is returned. Exceptions from the frame propagate as PyException.
     */
    @Override
    public PyObject send(PyObject value) {
        checkResumable();
        if (frame.state == Frame.CREATED && value != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started " + kindName());
        }
        if (frame.state == Frame.SUSPENDED) {
            frame.stack[frame.sp++] = value;
            if (frame.inYieldFrom) {
                frame.ip--;
                frame.inYieldFrom = false;
            }
        }
        return run();
    }

    /** Raises exc at the suspension point (generator.throw / coroutine.throw), delegating to an awaited object. */
    @Override
    public PyObject throwInto(PyBaseException exc) {
        if (finished || frame.state == Frame.FINISHED) {
            finished = true;
            throw exc.toThrowable();
        }
        checkResumable();
        if (frame.state == Frame.SUSPENDED && frame.inYieldFrom) {
            PyObject delegate = frame.top();
            boolean isExit = exc.isInstance(ExceptionTypes.GENERATOR_EXIT);
            try {
                if (isExit) {
                    Delegation.close(delegate);
                } else {
                    PyObject r = Delegation.throwInto(delegate, exc);
                    if (!Delegation.lastFinished(delegate)) {
                        return r;
                    }
                    frame.sp--;
                    frame.stack[frame.sp++] = r;
                    frame.inYieldFrom = false;
                    return run();
                }
            } catch (PyException e) {
                frame.sp--;
                frame.inYieldFrom = false;
                frame.pendingThrow = e.value;
                return run();
            }
            frame.inYieldFrom = false;
        }
        if (frame.state == Frame.CREATED) {
            frame.state = Frame.FINISHED;
            finished = true;
            throw exc.toThrowable();
        }
        frame.pendingThrow = exc;
        return run();
    }

    /** generator.close(): throws GeneratorExit in and expects the frame to finish. */
    @Override
    public void close() {
        if (frame.state == Frame.CREATED || frame.state == Frame.FINISHED) {
            frame.state = Frame.FINISHED;
            finished = true;
            return;
        }
        try {
            throwInto(new PyBaseException(ExceptionTypes.GENERATOR_EXIT, new PyObject[0]));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GENERATOR_EXIT) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (!finished) {
            throw Errors.runtimeError(kindName() + " ignored GeneratorExit");
        }
    }

    private void checkResumable() {
        if (running) {
            throw Errors.valueError(kindName() + " already executing");
        }
        if (finished) {
            if (isCoroutine()) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
        }
    }

    private String kindName() {
        return isCoroutine() ? "coroutine" : isAsyncGenerator() ? "async generator" : "generator";
    }

    private PyObject run() {
        if (finished) {
            return PyNone.NONE;
        }
        running = true;
        try {
            PyObject result = function.interpreter.execute(frame);
            if (frame.state == Frame.FINISHED) {
                finished = true;
                returnValue = result;
            }
            return result;
        } catch (PyException e) {
            finished = true;
            if (e.matches(ExceptionTypes.STOP_ITERATION) && !isAsyncGenerator()) {
                PyBaseException re = new PyBaseException(ExceptionTypes.RUNTIME_ERROR,
                        new PyObject[] {PyStr.of(kindName() + " raised StopIteration")});
                re.cause = e.value;
                re.context = e.value;
                throw re.toThrowable();
            }
            throw e;
        } finally {
            running = false;
        }
    }

    // ---- the iterator protocol for plain generators --------------------------------------------------------

    @Override
    public PyObject iter() {
        if (type != GENERATOR_TYPE) {
            return super.iter();
        }
        return this;
    }

    @Override
    public PyObject next() {
        if (type != GENERATOR_TYPE) {
            return super.next();
        }
        if (finished) {
            return null;
        }
        PyObject r = send(PyNone.NONE);
        return finished ? null : r;
    }

    @Override
    public String repr() {
        return "<" + type.name() + " object " + function.qualname() + ">";
    }
}
