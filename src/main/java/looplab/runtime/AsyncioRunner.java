package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExecutionStopped;
import looplab.vm.PyBool;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

import java.util.List;

/**
 * asyncio.Runner (runners.py, 3.11), and through it asyncio.run: a loop made on first use, a new main task per
 * run(), and on close the leftover tasks cancelled and awaited before the loop closes.
 */
final class AsyncioRunner extends PyObject {
    private enum State { CREATED, INITIALIZED, CLOSED }

    private final AsyncioRuntime runtime;
    private final PyType type;
    private State state = State.CREATED;
    private EventLoop loop;
    /** Runner(debug=...): null (None) leaves the loop's debug mode as it is. */
    private final PyObject debug;

    AsyncioRunner(AsyncioRuntime runtime, PyType type, PyObject debug) {
        this.runtime = runtime;
        this.type = type;
        this.debug = debug == PyNone.NONE ? null : debug;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** asyncio.run(main). */
    static PyObject run(AsyncioRuntime runtime, PyObject main, PyObject debug) {
        if (EventLoop.running() != null) {
            throw Errors.runtimeError("asyncio.run() cannot be called from a running event loop");
        }
        AsyncioRunner runner = new AsyncioRunner(runtime, PyType.OBJECT, debug);
        runner.lazyInit();
        PyObject result;
        try {
            result = runner.run(main);
        } catch (ExecutionStopped stopped) {
            // The run is over: no Python code may run any more, not even the cleanup of leftover tasks.
            throw stopped;
        } catch (RuntimeException e) {
            runner.close();
            throw e;
        }
        runner.close();
        return result;
    }

    PyObject run(PyObject coro) {
        if (!Task.isCoroutine(coro)) {
            throw Errors.valueError("a coroutine was expected, got " + coro.repr());
        }
        if (EventLoop.running() != null) {
            throw Errors.runtimeError("Runner.run() cannot be called from a running event loop");
        }
        lazyInit();
        Task task = loop.createTask(coro, null);
        return loop.runUntilComplete(task);
    }

    EventLoop getLoop() {
        lazyInit();
        return loop;
    }

    private void lazyInit() {
        if (state == State.CLOSED) {
            throw Errors.runtimeError("Runner is closed");
        }
        if (state == State.INITIALIZED) {
            return;
        }
        loop = new EventLoop(runtime);
        if (debug != null) {
            loop.debug = debug.isTrue();
        }
        state = State.INITIALIZED;
    }

    void close() {
        if (state != State.INITIALIZED) {
            return;
        }
        try {
            cancelAllTasks(loop);
            loop.runUntilComplete(new JavaCoroutine("BaseEventLoop.shutdown_asyncgens",
                    () -> JavaCoroutine.returning(PyNone.NONE)));
            loop.runUntilComplete(Executors.shutdownDefaultExecutor(loop));
        } finally {
            loop.close();
            loop = null;
            state = State.CLOSED;
        }
    }

    /** runners._cancel_all_tasks: cancel what is still running and let it finish its cleanup. */
    private static void cancelAllTasks(EventLoop loop) {
        List<Task> toCancel = loop.allTasks();
        if (toCancel.isEmpty()) {
            return;
        }
        for (Task task : toCancel) {
            task.cancel(PyNone.NONE);
        }
        loop.runUntilComplete(Tasks.gather(toCancel.toArray(new PyObject[0]), true));
        for (Task task : toCancel) {
            if (!task.cancelled() && task.retrieveException() != null) {
                loop.callExceptionHandler("unhandled exception during asyncio.run() shutdown", task.exception, null, task);
            }
        }
    }

    /** The asyncio.Runner class of one runtime (its instances make loops for that interpreter). */
    static PyType type(AsyncioRuntime runtime) {
        PyType type = PyType.builtin("Runner", AsyncioRunner.class);
        type.factory((t, args, kw) -> {
            PyObject[] a = Args.bind("Runner", args, kw, 0, "debug", "loop_factory");
            return new AsyncioRunner(runtime, t, a[0]);
        });
        return type.method("run", (args, kw) -> ((AsyncioRunner) args[0]).run(args[1]))
                .method("get_loop", (args, kw) -> ((AsyncioRunner) args[0]).getLoop())
                .method("close", (args, kw) -> {
                    ((AsyncioRunner) args[0]).close();
                    return PyNone.NONE;
                })
                .method("__enter__", (args, kw) -> {
                    ((AsyncioRunner) args[0]).lazyInit();
                    return args[0];
                })
                .method("__exit__", (args, kw) -> {
                    ((AsyncioRunner) args[0]).close();
                    return PyBool.FALSE;
                });
    }
}
