package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBool;
import looplab.vm.PyFunction;
import looplab.vm.PyMethod;
import looplab.vm.PyModule;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PySet;
import looplab.vm.PyStr;

import java.util.Arrays;

/** The {@code asyncio} module: the names of asyncio's {@code __all__} that LoopLab provides. */
final class AsyncioModule {
    private AsyncioModule() {
    }

    static PyModule create(AsyncioRuntime runtime) {
        PyModule m = new PyModule("asyncio");
        addClasses(m, runtime);
        addTaskFunctions(m);
        addLoopFunctions(m, runtime);
        return m;
    }

    private static void addClasses(PyModule m, AsyncioRuntime runtime) {
        m.add("Future", Future.TYPE).add("Task", Task.TYPE)
                .add("Handle", Handle.TYPE).add("TimerHandle", TimerHandle.TYPE)
                .add("AbstractEventLoop", EventLoop.TYPE)
                .add("Lock", Lock.TYPE).add("Event", Event.TYPE).add("Condition", Condition.TYPE)
                .add("Semaphore", Semaphore.TYPE).add("BoundedSemaphore", Semaphore.BOUNDED_TYPE)
                .add("Queue", Queue.TYPE).add("PriorityQueue", Queue.PRIORITY_TYPE).add("LifoQueue", Queue.LIFO_TYPE)
                .add("QueueEmpty", Queue.QUEUE_EMPTY).add("QueueFull", Queue.QUEUE_FULL)
                .add("TaskGroup", TaskGroup.TYPE).add("Timeout", Timeout.TYPE)
                .add("Runner", AsyncioRunner.type(runtime))
                .add("CancelledError", ExceptionTypes.CANCELLED_ERROR)
                .add("InvalidStateError", ExceptionTypes.INVALID_STATE_ERROR)
                .add("TimeoutError", ExceptionTypes.TIMEOUT_ERROR)
                .add("FIRST_COMPLETED", PyStr.of(Tasks.FIRST_COMPLETED))
                .add("FIRST_EXCEPTION", PyStr.of(Tasks.FIRST_EXCEPTION))
                .add("ALL_COMPLETED", PyStr.of(Tasks.ALL_COMPLETED));
    }

    private static void addTaskFunctions(PyModule m) {
        m.function("sleep", (args, kw) -> {
            PyObject[] a = Args.bind("sleep", args, kw, 1, "delay", "result");
            return Tasks.sleep(EventLoop.seconds(a[0]), a[1] == null ? PyNone.NONE : a[1]);
        });
        m.function("gather", (args, kw) -> {
            PyObject returnExceptions = Args.keyword(args, kw, "return_exceptions");
            return Tasks.gather(Args.positional(args, kw), returnExceptions != null && returnExceptions.isTrue());
        });
        m.function("shield", (args, kw) -> {
            Args.exactly("shield", args, kw, 1);
            return Tasks.shield(args[0]);
        });
        m.function("wait_for", (args, kw) -> {
            PyObject[] a = Args.bind("wait_for", args, kw, 2, "fut", "timeout");
            return Tasks.waitFor(a[0], a[1]);
        });
        m.function("wait", (args, kw) -> {
            PyObject[] a = Args.bind("wait", args, kw, 1, "fs", "timeout", "return_when");
            return Tasks.wait(a[0], a[1] == null ? PyNone.NONE : a[1], a[2] == null ? Tasks.ALL_COMPLETED : a[2].str());
        });
        m.function("as_completed", (args, kw) -> {
            PyObject[] a = Args.bind("as_completed", args, kw, 1, "fs", "timeout");
            return Tasks.asCompleted(a[0], a[1] == null ? PyNone.NONE : a[1]);
        });
        m.function("timeout", (args, kw) -> {
            Args.exactly("timeout", args, kw, 1);
            EventLoop loop = EventLoop.getRunningLoop();
            return new Timeout(args[0] == PyNone.NONE ? null : loop.time() + EventLoop.seconds(args[0]));
        });
        m.function("timeout_at", (args, kw) -> {
            Args.exactly("timeout_at", args, kw, 1);
            return new Timeout(Timeout.deadline(args[0]));
        });
        m.function("ensure_future", (args, kw) -> {
            PyObject[] a = Args.bind("ensure_future", args, kw, 1, "coro_or_future", "loop");
            return a[1] instanceof EventLoop loop ? loop.ensureFuture(a[0]) : Tasks.ensureFuture(a[0]);
        });
        m.function("to_thread", (args, kw) -> {
            PyObject[] positional = Args.positional(args, kw);
            if (positional.length == 0) {
                throw looplab.vm.Errors.typeError("to_thread() missing 1 required positional argument: 'func'");
            }
            return Executors.toThread(args[0], Arrays.copyOfRange(args, 1, args.length), kw);
        });
        m.function("wrap_future", (args, kw) -> {
            PyObject[] a = Args.bind("wrap_future", args, kw, 1, "future", "loop");
            if (a[0] instanceof Future f) {
                return f;
            }
            EventLoop loop = a[1] instanceof EventLoop l ? l : EventLoop.getEventLoop();
            Future future = loop.createFuture();
            Executors.chain(ConcurrentFuture.checked(a[0]), future, loop);
            return future;
        });
        m.function("iscoroutine", (args, kw) -> PyBool.of(Task.isCoroutine(args[0])));
        m.function("iscoroutinefunction", (args, kw) -> PyBool.of(isCoroutineFunction(args[0])));
        m.function("isfuture", (args, kw) -> PyBool.of(args[0] instanceof Future));
    }

    private static boolean isCoroutineFunction(PyObject f) {
        if (f instanceof PyMethod m) {
            return isCoroutineFunction(m.function);
        }
        return f instanceof PyFunction fn && fn.code.isCoroutine();
    }

    private static void addLoopFunctions(PyModule m, AsyncioRuntime runtime) {
        m.function("run", (args, kw) -> {
            PyObject[] a = Args.bind("run", args, kw, 1, "main", "debug");
            return AsyncioRunner.run(runtime, a[0], a[1] == null ? PyNone.NONE : a[1]);
        });
        m.function("create_task", (args, kw) -> {
            PyObject[] a = Args.bind("create_task", args, kw, 1, "coro", "name", "context");
            return EventLoop.getRunningLoop().createTask(a[0], a[1]);
        });
        m.function("get_running_loop", (args, kw) -> {
            Args.exactly("get_running_loop", args, kw, 0);
            return EventLoop.getRunningLoop();
        });
        m.function("get_event_loop", (args, kw) -> EventLoop.getEventLoop());
        m.function("new_event_loop", (args, kw) -> new EventLoop(runtime));
        m.function("set_event_loop", (args, kw) -> PyNone.NONE);
        m.function("current_task", (args, kw) -> {
            PyObject[] a = Args.bind("current_task", args, kw, 0, "loop");
            EventLoop loop = a[0] instanceof EventLoop l ? l : EventLoop.getRunningLoop();
            Task task = loop.currentTask();
            return task == null ? PyNone.NONE : task;
        });
        m.function("all_tasks", (args, kw) -> {
            PyObject[] a = Args.bind("all_tasks", args, kw, 0, "loop");
            EventLoop loop = a[0] instanceof EventLoop l ? l : EventLoop.getRunningLoop();
            return new PySet(false, Arrays.asList(loop.allTasks().toArray(new PyObject[0])));
        });
    }


}
