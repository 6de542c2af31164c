package looplab.runtime;

import looplab.trace.TraceEmitter;
import looplab.vm.Frame;
import looplab.vm.Interpreter;
import looplab.vm.PyBaseException;

/** Emits ExceptionRaised and ExceptionCaught for the trace, attributed to the task whose step is running. */
final class ExceptionEvents implements Interpreter.ExceptionHook {
    private final AsyncioRuntime runtime;
    private final TraceEmitter trace;

    private ExceptionEvents(AsyncioRuntime runtime) {
        this.runtime = runtime;
        this.trace = runtime.trace();
    }

    static void install(Interpreter interp, AsyncioRuntime runtime) {
        if (runtime.trace().enabled()) {
            interp.exceptionHook = new ExceptionEvents(runtime);
        }
    }

    @Override
    public void raised(Frame frame, PyBaseException exception, int line) {
        String message;
        try {
            message = exception.str();
        } catch (RuntimeException e) {
            message = "";
        }
        trace.exceptionRaised(runtime.currentTaskNumber(), exception.type().name(), message, line);
    }

    @Override
    public void caught(Frame frame, PyBaseException exception, int line) {
        trace.exceptionCaught(runtime.currentTaskNumber(), exception.type().name(), line);
    }
}
