package looplab.vm.modules;

import looplab.vm.Calls;
import looplab.vm.Interpreter;
import looplab.vm.PyObject;
import looplab.vm.ThreadState;

/**
 * The event loop's side of contextvars: as CPython's Task and Handle do, a callback runs inside a Context — a
 * task in the copy made when it was created, any other callback in a copy of the context current when it was
 * scheduled. Before the program imports contextvars there is no context and nothing is copied.
 */
public final class ContextVars {
    private ContextVars() {
    }

    /** contextvars.copy_context(), or null while the program has no contexts. */
    public static PyObject copyCurrent(Interpreter interp) {
        PyObject current = interp.threadState.context;
        return current == null ? null : Calls.callMethod(current, "copy");
    }

    /** Runs body with context as the current one (Context.run without the re-entry check). */
    public static void runIn(Interpreter interp, PyObject context, Runnable body) {
        ThreadState state = interp.threadState;
        if (context == null) {
            body.run();
            return;
        }
        PyObject saved = state.context;
        state.context = context;
        try {
            body.run();
        } finally {
            state.context = saved;
        }
    }
}
