package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBaseException;
import looplab.vm.PyList;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * asyncio.TaskGroup (taskgroups.py): the first child that fails cancels its siblings and the parent task;
 * __aexit__ waits for every child and raises their errors together in an ExceptionGroup.
 */
final class TaskGroup extends PyObject {
    static final PyType TYPE = PyType.builtin("TaskGroup", TaskGroup.class);

    private boolean entered;
    private boolean exiting;
    private boolean aborting;
    private EventLoop loop;
    private Task parentTask;
    private boolean parentCancelRequested;
    private final Set<Task> tasks = new LinkedHashSet<>();
    private List<PyBaseException> errors = new ArrayList<>();
    private PyBaseException baseError;
    private Future onCompletedFut;
    private final LoopCallback onTaskDone = LoopCallback.plain("TaskGroup._on_task_done",
            args -> onTaskDone((Task) args[0]));

    @Override
    public PyType type() {
        return TYPE;
    }

    JavaCoroutine enter() {
        return new JavaCoroutine("TaskGroup.__aenter__", () -> {
            if (entered) {
                throw Errors.runtimeError("TaskGroup " + repr() + " has already been entered");
            }
            if (loop == null) {
                loop = EventLoop.getRunningLoop();
            }
            parentTask = loop.currentTask();
            if (parentTask == null) {
                throw Errors.runtimeError("TaskGroup " + repr() + " cannot determine the parent task");
            }
            entered = true;
            return JavaCoroutine.returning(this);
        });
    }

    JavaCoroutine exit(PyObject et, PyObject exc) {
        return new JavaCoroutine("TaskGroup.__aexit__", () -> {
            exiting = true;
            if (exc instanceof PyBaseException be && isBaseError(be) && baseError == null) {
                baseError = be;
            }
            PyBaseException[] propagateCancellation = {
                et == ExceptionTypes.CANCELLED_ERROR ? (PyBaseException) exc : null};
            if (parentCancelRequested && parentTask.uncancel() == 0) {
                propagateCancellation[0] = null;
            }
            if (et != PyNone.NONE && !aborting) {
                abort();
            }
            return waitForTasks(et, exc, propagateCancellation);
        });
    }

    /** The {@code while self._tasks} loop of __aexit__, then the decision what to raise. */
    private JavaCoroutine.Step waitForTasks(PyObject et, PyObject exc, PyBaseException[] propagateCancellation) {
        if (!tasks.isEmpty()) {
            if (onCompletedFut == null) {
                onCompletedFut = loop.createFuture();
            }
            return JavaCoroutine.await(onCompletedFut, (v, e) -> {
                if (e != null) {
                    if (!e.matches(ExceptionTypes.CANCELLED_ERROR)) {
                        throw e;
                    }
                    if (!aborting) {
                        propagateCancellation[0] = e.value;
                        abort();
                    }
                }
                onCompletedFut = null;
                return waitForTasks(et, exc, propagateCancellation);
            });
        }
        if (baseError != null) {
            throw baseError.toThrowable();
        }
        if (propagateCancellation[0] != null && errors.isEmpty()) {
            throw propagateCancellation[0].toThrowable();
        }
        if (et != PyNone.NONE && et != ExceptionTypes.CANCELLED_ERROR) {
            errors.add((PyBaseException) exc);
        }
        if (!errors.isEmpty()) {
            PyBaseException group = (PyBaseException) ExceptionTypes.BASE_EXCEPTION_GROUP.call(
                    PyStr.of("unhandled errors in a TaskGroup"), new PyList(new ArrayList<>(errors)));
            group.suppressContext = true;
            errors = null;
            throw group.toThrowable();
        }
        return JavaCoroutine.returning(PyNone.NONE);
    }

    Task createTask(PyObject coro, PyObject name) {
        if (!entered) {
            throw Errors.runtimeError("TaskGroup " + repr() + " has not been entered");
        }
        if (exiting && tasks.isEmpty()) {
            throw Errors.runtimeError("TaskGroup " + repr() + " is finished");
        }
        if (aborting) {
            throw Errors.runtimeError("TaskGroup " + repr() + " is shutting down");
        }
        Task task = loop.createTask(coro, name);
        task.addDoneCallback(onTaskDone);
        tasks.add(task);
        return task;
    }

    private static boolean isBaseError(PyBaseException exc) {
        return exc.isInstance(ExceptionTypes.SYSTEM_EXIT) || exc.isInstance(ExceptionTypes.KEYBOARD_INTERRUPT);
    }

    private void abort() {
        aborting = true;
        for (Task t : new ArrayList<>(tasks)) {
            if (!t.done()) {
                t.cancel(PyNone.NONE);
            }
        }
    }

    private void onTaskDone(Task task) {
        tasks.remove(task);
        if (onCompletedFut != null && tasks.isEmpty() && !onCompletedFut.done()) {
            onCompletedFut.setResult(looplab.vm.PyBool.TRUE);
        }
        if (task.cancelled() || task.retrieveException() == null) {
            return;
        }
        PyBaseException exc = task.exception;
        errors.add(exc);
        if (isBaseError(exc) && baseError == null) {
            baseError = exc;
        }
        if (parentTask.done()) {
            loop.callExceptionHandler("Task " + task.repr() + " has errored out but its parent task "
                    + parentTask.repr() + " is already completed", exc, null, task);
            return;
        }
        if (!aborting && !parentCancelRequested) {
            abort();
            parentCancelRequested = true;
            parentTask.cancel(PyNone.NONE);
        }
    }

    static {
        TYPE.factory((type, args, kw) -> new TaskGroup());
        TYPE.method("create_task", (args, kw) -> {
                    PyObject[] a = Args.bind("create_task", args, kw, 2, "self", "coro", "name", "context");
                    return ((TaskGroup) args[0]).createTask(a[1], a[2]);
                })
                .method("__aenter__", (args, kw) -> ((TaskGroup) args[0]).enter())
                .method("__aexit__", (args, kw) -> ((TaskGroup) args[0]).exit(args[1], args[2]));
    }

    @Override
    public String repr() {
        StringBuilder info = new StringBuilder();
        if (!tasks.isEmpty()) {
            info.append(" tasks=").append(tasks.size());
        }
        if (errors != null && !errors.isEmpty()) {
            info.append(" errors=").append(errors.size());
        }
        if (aborting) {
            info.append(" cancelling");
        } else if (entered) {
            info.append(" entered");
        }
        return "<TaskGroup" + info + ">";
    }

}
