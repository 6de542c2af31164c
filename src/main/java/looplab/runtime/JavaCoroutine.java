package looplab.runtime;

import looplab.vm.Delegate;
import looplab.vm.Errors;
import looplab.vm.PyBaseException;
import looplab.vm.PyException;
import looplab.vm.PyGenerator;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

import java.util.function.Supplier;

/**
 * A coroutine written in Java: the {@code async def} parts of asyncio (Lock.acquire, Queue.get, wait_for,
 * TaskGroup.__aexit__ …) as a chain of steps. Each step either returns a value or awaits something and names
 * what to do with the outcome, so the coroutine can be suspended at every await just like a Python one, and a
 * Task drives it with the same send/throw protocol.
 */
public final class JavaCoroutine extends PyObject implements Delegate {
    public static final PyType TYPE = PyType.builtin("coroutine", JavaCoroutine.class)
            .method("__await__", (args, kw) -> args[0])
            .method("send", (args, kw) -> ((JavaCoroutine) args[0]).send(args[1]))
            .method("close", (args, kw) -> {
                ((JavaCoroutine) args[0]).close();
                return PyNone.NONE;
            });

    /** What a coroutine does next: return a value, or await something. */
    public sealed interface Step permits Return, Await {
    }

    public record Return(PyObject value) implements Step {
    }

    /** Await {@code awaitable} (a future, a coroutine, anything with __await__), then continue with {@code then}. */
    public record Await(PyObject awaitable, Resume then) implements Step {
    }

    /** The rest of the coroutine after an await: exactly one of value and error is non-null. */
    @FunctionalInterface
    public interface Resume {
        Step resume(PyObject value, PyException error);
    }

    public static Step returning(PyObject value) {
        return new Return(value);
    }

    public static Step await(PyObject awaitable, Resume then) {
        return new Await(awaitable, then);
    }

    /** A bare {@code yield} (what asyncio.sleep(0) does): gives every other ready handle one turn. */
    public static final PyObject YIELD = new YieldOnceMarker();

    final String qualname;
    private final Supplier<Step> body;
    private Delegate current;
    private Resume then;
    private boolean started;
    private boolean finished;

    public JavaCoroutine(String qualname, Supplier<Step> body) {
        this.qualname = qualname;
        this.body = body;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject send(PyObject value) {
        if (finished) {
            throw Errors.runtimeError("cannot reuse already awaited coroutine");
        }
        if (!started) {
            started = true;
            return run(body);
        }
        Delegate d = current;
        return continueAfter(() -> d.send(value));
    }

    @Override
    public PyObject throwInto(PyBaseException exc) {
        if (finished || !started) {
            finished = true;
            throw exc.toThrowable();
        }
        Delegate d = current;
        return continueAfter(() -> d.throwInto(exc));
    }

    private PyObject continueAfter(Supplier<PyObject> resumeDelegate) {
        PyObject yielded;
        Resume next = then;
        try {
            yielded = resumeDelegate.get();
        } catch (PyException e) {
            return run(() -> next.resume(null, e));
        }
        if (!current.finished()) {
            return yielded;
        }
        return run(() -> next.resume(yielded, null));
    }

    /** Runs steps until one suspends (its delegate yields) or the coroutine returns. */
    private PyObject run(Supplier<Step> nextStep) {
        Supplier<Step> next = nextStep;
        while (true) {
            Step step;
            try {
                step = next.get();
            } catch (PyException e) {
                finish();
                throw e;
            }
            if (step instanceof Return r) {
                finish();
                return r.value();
            }
            Await await = (Await) step;
            current = delegateFor(await.awaitable());
            then = await.then();
            PyObject yielded;
            try {
                yielded = current.send(PyNone.NONE);
            } catch (PyException e) {
                next = () -> await.then().resume(null, e);
                continue;
            }
            if (!current.finished()) {
                return yielded;
            }
            PyObject value = yielded;
            next = () -> await.then().resume(value, null);
        }
    }

    private void finish() {
        finished = true;
        current = null;
        then = null;
    }

    /** GET_AWAITABLE for Java: a coroutine is its own delegate; a future awaits through FutureIter. */
    static Delegate delegateFor(PyObject awaitable) {
        if (awaitable == YIELD) {
            return new YieldOnce();
        }
        if (awaitable instanceof Future f) {
            return new FutureIter(f);
        }
        if (awaitable instanceof PyGenerator g && g.isCoroutine()) {
            return g;
        }
        if (awaitable instanceof Delegate d) {
            return d;
        }
        PyObject await = awaitable.type().lookup("__await__");
        if (await != null) {
            PyObject it = await.descrGet(awaitable, awaitable.type()).call();
            if (it instanceof Delegate d) {
                return d;
            }
        }
        throw Errors.typeError("object " + awaitable.type().name() + " can't be used in 'await' expression");
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public void close() {
        if (current != null && !finished) {
            current.close();
        }
        finish();
    }

    @Override
    public String repr() {
        return "<coroutine object " + qualname + ">";
    }

    private static final class YieldOnceMarker extends PyObject {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }

    /** Yields None once (the task reschedules its step), then finishes with None. */
    private static final class YieldOnce extends PyObject implements Delegate {
        private boolean yielded;
        private boolean finished;

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }

        @Override
        public PyObject send(PyObject value) {
            if (!yielded) {
                yielded = true;
                return PyNone.NONE;
            }
            finished = true;
            return PyNone.NONE;
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
}
