package looplab.runtime;

import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

/**
 * A callback written in Java that the loop schedules like any Python callable: a task's {@code __step} and
 * {@code __wakeup}, gather's {@code _done_callback}, {@code futures._set_result_unless_cancelled}. It carries the
 * description and task the trace shows for the handle that runs it.
 */
final class LoopCallback extends PyObject {
    static final PyType TYPE = PyType.builtin("builtin_function_or_method", LoopCallback.class);

    /** The Java body; args are what the handle (or a future's done callbacks) passes. */
    @FunctionalInterface
    interface Body {
        void run(PyObject[] args);
    }

    final String description;
    /** The task whose step this callback runs ({@code __step}, {@code __wakeup}), or null. */
    final Task task;
    private final Body body;

    LoopCallback(String description, Task task, Body body) {
        this.description = description;
        this.task = task;
        this.body = body;
    }

    static LoopCallback plain(String description, Body body) {
        return new LoopCallback(description, null, body);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        body.run(args);
        return PyNone.NONE;
    }

    @Override
    public String repr() {
        return "<built-in method " + description + ">";
    }
}
