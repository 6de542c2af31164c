package looplab.runtime;

import looplab.vm.modules.ContextVars;

import looplab.vm.Errors;
import looplab.vm.PyBool;
import looplab.vm.PyBuiltinFunction;
import looplab.vm.PyException;
import looplab.vm.PyFunction;
import looplab.vm.PyMethod;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

/** A callback scheduled on the loop, as {@code asyncio.events.Handle}: what {@code call_soon} returns. */
public class Handle extends PyObject {
    static final PyType TYPE = PyType.builtin("Handle", Handle.class)
            .method("cancel", (args, kw) -> {
                ((Handle) args[0]).cancel();
                return PyNone.NONE;
            })
            .method("cancelled", (args, kw) -> PyBool.of(((Handle) args[0]).cancelled));

    final long id;
    final PyObject callback;
    final PyObject[] args;
    final EventLoop loop;
    boolean cancelled;
    /** contextvars: a task's callbacks run in the task's context, any other in a copy of the scheduler's. */
    final PyObject context;

    Handle(long id, PyObject callback, PyObject[] args, EventLoop loop) {
        this.id = id;
        this.callback = callback;
        this.args = args;
        this.loop = loop;
        Task task = task();
        this.context = task != null ? task.context : ContextVars.copyCurrent(loop.runtime.interpreter);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long id() {
        return id;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The task whose {@code __step} or {@code __wakeup} this handle runs, or null for any other callback. */
    Task task() {
        return callback instanceof LoopCallback lc ? lc.task : null;
    }

    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            loop.handleCancelled(this);
        }
    }

    /**
     * Handle._run: an exception from a plain callback does not stop the loop; it goes to the loop's exception
     * handler, as in CPython (events.py).
     */
    void run() {
        try {
            ContextVars.runIn(loop.runtime.interpreter, context, () -> callback.call(args));
        } catch (PyException e) {
            if (e.matches(looplab.vm.ExceptionTypes.SYSTEM_EXIT) || e.matches(looplab.vm.ExceptionTypes.KEYBOARD_INTERRUPT)) {
                throw e;
            }
            loop.callExceptionHandler("Exception in callback " + describe(), e.value, this, null);
        }
    }

    /** The callback as CPython's format_helpers shows it: {@code risky(1)}, {@code Task.__step()}. */
    String describe() {
        if (callback instanceof LoopCallback lc) {
            return lc.description;
        }
        StringBuilder sb = new StringBuilder(callableName(callback)).append('(');
        for (int i = 0; i < args.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(args[i].repr());
        }
        return sb.append(')').toString();
    }

    static String callableName(PyObject callable) {
        if (callable instanceof PyFunction f) {
            return f.qualname();
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.name();
        }
        if (callable instanceof PyMethod m) {
            PyObject fn = m.function;
            String name = fn instanceof PyFunction f ? f.qualname() : fn instanceof PyBuiltinFunction b
                    ? m.self.type().name() + "." + b.name() : "method";
            return name;
        }
        if (callable instanceof LoopCallback lc) {
            return lc.description;
        }
        return callable.type().name();
    }

    @Override
    public String repr() {
        return "<" + type().name() + (cancelled ? " cancelled " : " ") + describe() + source() + ">";
    }

    /** format_helpers._format_callback_source: where a Python function callback is defined. */
    private String source() {
        PyObject fn = callback instanceof PyMethod m ? m.function : callback;
        return fn instanceof PyFunction f ? " at " + f.code.fileName + ":" + f.code.firstLine : "";
    }

    static Handle checked(PyObject o) {
        if (o instanceof Handle h) {
            return h;
        }
        throw Errors.typeError("expected a Handle");
    }
}
