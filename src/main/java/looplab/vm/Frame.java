package looplab.vm;

import java.util.LinkedHashMap;
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
    /** The function being run (reassigned when the frame is reused for another call of the same code). */
    public PyFunction function;
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
    /** Keyword names announced by KW_NAMES for the next CALL. */
    String[] pendingKwNames = Args.NO_KEYWORDS;
    /** Suspended inside YIELD_FROM (await / yield from): the delegate is on top of the stack. */
    boolean inYieldFrom;
    /** The exception being thrown out of the dispatch loop is re-raised (RERAISE): no new traceback line. */
    boolean reraising;
    /** An exception to raise at the suspension point when the frame resumes (generator.throw). */
    PyBaseException pendingThrow;
    /** The generator or coroutine object that owns this frame, if any. */
    public PyGenerator generator;
    /**
     * The frame of this frame's last finished inline call, kept so that its next call of the same code reuses it
     * instead of allocating a frame (a loop calling one function, or recursion, then allocates no frames). Only
     * frames the evaluation loop called and finished inline come here, never a generator's or the entry frame;
     * so nothing may keep a reference to a plain call's frame after it returns.
     */
    Frame spare;

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

    /** Whether this spare frame can run a call of fn (same code, same module globals). */
    boolean canRun(PyFunction fn) {
        return code == fn.code && globals == fn.globals;
    }

    /** Forgets a finished call's values so the frame can be reused; the arrays keep their sizes. */
    void reset() {
        java.util.Arrays.fill(locals, null);
        if (cells.length > 0) {
            java.util.Arrays.fill(cells, null);
        }
        for (int i = 0; i < sp; i++) {
            stack[i] = null;
        }
        sp = 0;
        ip = 0;
        blockTop = 0;
        handled = null;
        back = null;
        state = CREATED;
        pendingKwNames = Args.NO_KEYWORDS;
        inYieldFrom = false;
        pendingThrow = null;
        function = null;
    }

    /** The source line this frame is at (of the instruction running or last run). */
    public int line() {
        return code.lineAt(ip - 1);
    }

    public int instructionPointer() {
        return ip;
    }

    /**
     * The frame's bound local variables (as {@code f_locals}: arguments and locals in definition order, then cell
     * and free variables), each as a {@link SafeRepr}: no Python code runs. Empty for class bodies and the module.
     */
    /**
     * The values behind {@link #localReprs()}, slot by slot (locals, then cell and free variables; null where
     * unbound), with {@link #localName(int)} naming each: lets a caller notice that nothing changed before it
     * builds any repr.
     */
    public PyObject[] localValues() {
        if (names != null) {
            return new PyObject[0];
        }
        PyObject[] values = new PyObject[locals.length + cells.length];
        System.arraycopy(locals, 0, values, 0, locals.length);
        for (int i = 0; i < cells.length; i++) {
            values[locals.length + i] = cells[i] == null ? null : cells[i].value;
        }
        return values;
    }

    /** The name of slot i of {@link #localValues()}. */
    public String localName(int slot) {
        if (slot < locals.length) {
            return code.varnames[slot];
        }
        int cell = slot - locals.length;
        return cell < code.cellvars.length ? code.cellvars[cell] : code.freevars[cell - code.cellvars.length];
    }

    public Map<String, String> localReprs() {
        Map<String, String> reprs = new LinkedHashMap<>();
        if (names != null) {
            return reprs;
        }
        for (int i = 0; i < locals.length; i++) {
            if (locals[i] != null) {
                reprs.put(code.varnames[i], SafeRepr.of(locals[i]));
            }
        }
        putCells(reprs, code.cellvars, 0);
        putCells(reprs, code.freevars, code.cellvars.length);
        return reprs;
    }

    private void putCells(Map<String, String> reprs, String[] cellNames, int firstCell) {
        for (int i = 0; i < cellNames.length; i++) {
            PyCell cell = cells[firstCell + i];
            if (cell != null && cell.value != null) {
                reprs.put(cellNames[i], SafeRepr.of(cell.value));
            }
        }
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
