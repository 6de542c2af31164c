package looplab.vm;

import java.util.HashMap;
import java.util.Map;

/**
 * One program's interpreter: its builtins, modules, budget and hooks, and the bytecode evaluation loop
 * ({@link #execute}), the counterpart of CPython's ceval.c.
 */
public final class Interpreter {
    /** Receives what print() and sys.stdout/sys.stderr write. */
    public interface Output {
        void write(boolean stderr, String text);
    }

    /** Told when a frame starts a new source line (only while line tracing is on). */
    public interface LineHook {
        void onLine(Frame frame, int line);
    }

    /** Told when an exception is raised in a frame and when a frame's handler catches it (for the trace). */
    public interface ExceptionHook {
        void raised(Frame frame, PyBaseException exception, int line);

        void caught(Frame frame, PyBaseException exception, int line);
    }

    /** Called every so many instructions: the runtime's chance to advance the clock or stop the run. */
    public interface CheckpointHook {
        void onCheckpoint(Interpreter interpreter, Frame frame);
    }

    public static final int DEFAULT_RECURSION_LIMIT = 1000;
    /** Stops `while True: pass` within a few seconds while letting fib(34) (about 1.5e8 instructions) finish. */
    public static final long DEFAULT_INSTRUCTION_BUDGET = 1_000_000_000L;
    private static final long CHECKPOINT_INTERVAL = 1 << 16;

    public final Map<String, PyObject> builtins = new HashMap<>();
    public final Modules modules;
    public final SourceRegistry sources = new SourceRegistry();
    private Output output = (stderr, text) -> { };
    public LineHook lineHook;
    public CheckpointHook checkpointHook;
    public ExceptionHook exceptionHook;
    public ThreadState threadState = new ThreadState("MainThread");
    private long executed;
    private long checkpoint = CHECKPOINT_INTERVAL;
    private long budget = DEFAULT_INSTRUCTION_BUDGET;
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;
    private volatile boolean stopRequested;
    private VirtualClock clock = new VirtualClock();

    public Interpreter() {
        this.modules = new Modules(this);
        Builtins.install(this);
    }

    // ---- configuration ---------------------------------------------------------------------------------

    public void setOutput(Output output) {
        this.output = output;
    }

    public Output output() {
        return output;
    }

    public void setInstructionBudget(long budget) {
        this.budget = budget <= 0 ? DEFAULT_INSTRUCTION_BUDGET : budget;
    }

    public long executedInstructions() {
        return executed;
    }

    public VirtualClock clock() {
        return clock;
    }

    public void setClock(VirtualClock clock) {
        this.clock = clock;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    /** Asks the running program to stop at its next checkpoint (from any thread). */
    public void requestStop() {
        stopRequested = true;
        checkpoint = executed;
    }

    public void write(boolean stderr, String text) {
        output.write(stderr, text);
    }

    // ---- running code ----------------------------------------------------------------------------------

    /** Runs a module's code object as __main__ (or the named module). */
    public PyObject runModule(PyCode code, PyModule module) {
        Frame frame = new Frame(code, null, module.dict, module.dict);
        return execute(frame);
    }

    /** A frame for calling fn with these arguments (parameters bound, cells set up). */
    Frame newFrame(PyFunction fn, PyObject[] args, String[] kwnames) {
        PyCode code = fn.code;
        Frame f = new Frame(code, fn, fn.globals, null);
        ArgumentBinder.bind(fn, f.locals, args, kwnames);
        setUpCells(f, fn);
        return f;
    }

    private static void setUpCells(Frame f, PyFunction fn) {
        PyCode code = f.code;
        int ncells = code.cellvars.length;
        for (int i = 0; i < ncells; i++) {
            PyCell cell = new PyCell();
            int arg = code.cellFromArg[i];
            if (arg >= 0) {
                cell.value = f.locals[arg];
            }
            f.cells[i] = cell;
        }
        if (fn != null && fn.closure != null) {
            System.arraycopy(fn.closure, 0, f.cells, ncells, fn.closure.length);
        }
    }

    /** Runs a class body with its namespace as the frame's names; returns the frame (for its __class__ cell). */
    Frame runClassBody(PyFunction body, Map<String, PyObject> namespace) {
        Frame f = new Frame(body.code, body, body.globals, namespace);
        setUpCells(f, body);
        execute(f);
        return f;
    }

    /** Runs (or resumes) a frame until it returns or yields. */
    public PyObject execute(Frame f) {
        ThreadState ts = threadState;
        if (ts.depth >= recursionLimit) {
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        int savedDepth = ts.depth;
        Frame caller = ts.current;
        ts.depth++;
        f.back = caller;
        ts.current = f;
        f.state = Frame.RUNNING;
        try {
            return Eval.run(this, f);
        } catch (StackOverflowError e) {
            f.state = Frame.FINISHED;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        } finally {
            ts.current = caller;
            f.back = null;
            ts.depth = savedDepth;
        }
    }

    /**
     * A frame for a call made by the evaluation loop from caller, its arguments taken straight from the caller's
     * stack. The caller's spare frame is reused when it ran the same code.
     */
    Frame newFrameFromStack(Frame caller, PyFunction fn, PyObject[] stack, int from, int argc, String[] kwnames) {
        PyCode code = fn.code;
        Frame f = caller.spare;
        if (f != null && f.canRun(fn)) {
            caller.spare = null;
            f.function = fn;
        } else {
            f = new Frame(code, fn, fn.globals, null);
        }
        if (kwnames.length == 0 && argc == code.argcount && code.kwonlyargcount == 0
                && (code.flags & (PyCode.VARARGS | PyCode.VARKEYWORDS)) == 0) {
            PyObject[] locals = f.locals;
            for (int i = 0; i < argc; i++) {
                locals[i] = stack[from + i];
            }
        } else {
            PyObject[] args = new PyObject[argc];
            System.arraycopy(stack, from, args, 0, argc);
            ArgumentBinder.bind(fn, f.locals, args, kwnames);
        }
        if (f.cells.length > 0) {
            setUpCells(f, fn);
        }
        return f;
    }

    /** Keeps a finished inline call's frame on its caller for the caller's next call of the same code. */
    static void keepSpare(Frame caller, Frame finished) {
        finished.reset();
        caller.spare = finished;
    }

    /** Adds instructions run by an exception path, where no checkpoint may interrupt. */
    void addExecutedQuietly(long n) {
        executed += n;
    }

    /** Counts one instruction; every so often lets the runtime and the budget have their say. */
    void tick(Frame f) {
        if (++executed >= checkpoint) {
            checkpoint(f);
        }
    }

    long executedAndTick() {
        return executed;
    }

    void addExecuted(long n, Frame f) {
        executed += n;
        if (executed >= checkpoint) {
            checkpoint(f);
        }
    }

    private void checkpoint(Frame f) {
        checkpoint = executed + CHECKPOINT_INTERVAL;
        if (stopRequested) {
            stopRequested = false;
            throw new ExecutionStopped(ExecutionStopped.Reason.CANCELLED_BY_USER, "stopped by the user",
                    f.code.fileName, f.line());
        }
        if (executed >= budget) {
            throw new ExecutionStopped(ExecutionStopped.Reason.INSTRUCTION_BUDGET,
                    "instruction budget of " + budget + " instructions spent", f.code.fileName, f.line());
        }
        if (checkpointHook != null) {
            checkpointHook.onCheckpoint(this, f);
        }
    }

    public long checkpointDue() {
        return checkpoint;
    }

    public void setCheckpointSoon() {
        checkpoint = executed + 1;
    }

    public Frame currentFrame() {
        return threadState.current;
    }
}
