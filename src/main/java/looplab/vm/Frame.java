package looplab.vm;

import java.util.Map;

/**
 * One activation of a code object: its own value stack, locals, block stack and instruction pointer, all on
 * the heap, so a generator or coroutine frame can stop at a yield and be resumed later by whoever holds it
 * (a for loop, another coroutine, the event loop) without a Java thread or Java stack of its own.
 */
public final class Frame {
    public static final int CREATED = 0;
    public static final int RUNNING = 1;
    public static final int SUSPENDED = 2;
    public static final int FINISHED = 3;

    private static final PyCell[] NO_CELLS = new PyCell[0];
    private static final int[] NO_BLOCKS = new int[0];

    public final PyCode code;
    public final PyFunction function;
    public final Map<String, PyObject> globals;
    /** Class bodies and the module store names here (LOAD_NAME / STORE_NAME); null in functions. */
    public final Map<String, PyObject> names;
    public final PyObject[] locals;
    public final PyCell[] cells;
    public final PyObject[] stack;
    int sp;
    int ip;
    final int[] blockHandler;
    final int[] blockDepth;
    int blockTop;
    /** The exception being handled by an except/finally block of this frame (sys.exc_info()), or null. */
    PyBaseException handled;
    /** The frame that called or resumed this one, while it runs. */
    public Frame back;
    public int state = CREATED;
    int depth;
    /** Keyword names announced by KW_NAMES for the next CALL. */
    String[] pendingKwNames = Args.NO_KEYWORDS;
    /** Suspended inside YIELD_FROM (await / yield from): the delegate is on top of the stack. */
    boolean inYieldFrom;
    /** An exception to raise at the suspension point when the frame resumes (generator.throw). */
    PyBaseException pendingThrow;
    /** The generator or coroutine object that owns this frame, if any. */
    public PyGenerator generator;

    Frame(PyCode code, PyFunction function, Map<String, PyObject> globals, Map<String, PyObject> names) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.names = names;
        this.locals = new PyObject[code.varnames.length];
        int ncells = code.totalCells();
        this.cells = ncells == 0 ? NO_CELLS : new PyCell[ncells];
        this.stack = new PyObject[code.maxStack];
        this.blockHandler = code.maxBlocks == 0 ? NO_BLOCKS : new int[code.maxBlocks];
        this.blockDepth = code.maxBlocks == 0 ? NO_BLOCKS : new int[code.maxBlocks];
    }

    /** The source line this frame is at (of the instruction running or last run). */
    public int line() {
        return code.lineAt(ip - 1);
    }

    public int instructionPointer() {
        return ip;
    }

    /** The innermost exception being handled in this frame or a frame that called it. */
    PyBaseException currentlyHandled() {
        for (Frame f = this; f != null; f = f.back) {
            if (f.handled != null) {
                return f.handled;
            }
        }
        return null;
    }

    /** The value on top of the stack (for a suspended frame: the object it delegates to in `yield from`). */
    PyObject top() {
        return stack[sp - 1];
    }
}
