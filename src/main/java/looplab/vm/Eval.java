package looplab.vm;

import java.util.Map;

import static looplab.language.compiler.Opcode.*;

/**
 * The evaluation loop. The frame's instruction pointer and stack pointer live in Java locals while the loop runs
 * and are written back to the frame when it suspends, returns or calls out, so the JIT can keep them in registers.
 */
final class Eval {
    private Eval() {
    }

    /**
     * Runs entry (and the calls it makes inline) until entry returns or yields. An exception unwinds here, outside
     * the dispatch loop, so that loop has no exception handler of its own: every instruction that can raise stores
     * the instruction pointer in its frame first, and {@link #unwind} takes the frame and line from there.
     */
    static PyObject run(Interpreter interp, final Frame entry) {
        final ThreadState ts = interp.threadState;
        PyBaseException exc = entry.pendingThrow;
        entry.pendingThrow = null;
        boolean reraising = false;
        while (true) {
            if (exc != null && !unwind(interp, entry, exc, reraising)) {
                throw exc.toThrowable();
            }
            try {
                return dispatch(interp, entry);
            } catch (PyException e) {
                exc = e.value;
                reraising = ts.current.reraising;
                ts.current.reraising = false;
            } catch (ExecutionStopped | StackOverflowError e) {
                ts.current.state = Frame.FINISHED;
                throw e;
            } catch (RuntimeException e) {
                exc = InternalErrors.asPython(e).value;
                reraising = false;
            }
        }
    }

    /**
     * Finds the handler for exc, starting in the running frame and leaving inline-called frames that have none;
     * the frame with the handler is left ready to run it. False when the exception leaves entry.
     */
    private static boolean unwind(Interpreter interp, Frame entry, PyBaseException exc, boolean reraising) {
        ThreadState ts = interp.threadState;
        Frame f = ts.current;
        while (true) {
            PyCode code = f.code;
            int line = code.lineAt(f.ip - 1);
            if (!reraising) {
                recordRaise(interp, f, exc, line);
            }
            reraising = false;
            PyObject[] stack = f.stack;
            if (f.blockTop > 0) {
                f.blockTop--;
                if (interp.exceptionHook != null) {
                    interp.exceptionHook.caught(f, exc, line);
                }
                int depth = f.blockDepth[f.blockTop];
                clear(stack, depth, stack.length - depth);
                stack[depth] = exc;
                f.sp = depth + 1;
                f.ip = f.blockHandler[f.blockTop];
                return true;
            }
            f.state = Frame.FINISHED;
            clear(stack, 0, stack.length);
            f.sp = 0;
            if (f == entry) {
                return false;
            }
            // The exception leaves a frame this loop called inline: continue unwinding in its caller.
            Frame caller = f.back;
            f.back = null;
            ts.current = caller;
            ts.depth--;
            f = caller;
        }
    }

    /** Adds f's line to the traceback; a fresh exception also gets its context and is reported to the hook. */
    private static void recordRaise(Interpreter interp, Frame f, PyBaseException exc, int line) {
        boolean fresh = exc.traceback.isEmpty();
        exc.addTraceback(f.code.fileName, line, f.code.name);
        if (fresh && exc.context == null) {
            PyBaseException handled = f.currentlyHandled();
            if (handled != exc) {
                exc.context = handled;
            }
        }
        if (fresh && interp.exceptionHook != null) {
            interp.exceptionHook.raised(f, exc, line);
        }
    }

    private static PyObject dispatch(Interpreter interp, final Frame entry) {
        final ThreadState ts = interp.threadState;
        Frame f = ts.current;
        PyCode code = f.code;
        int[] instructions = code.code;
        PyObject[] consts = code.consts;
        String[] names = code.names;
        PyObject[] stack = f.stack;
        PyObject[] locals = f.locals;
        PyCell[] cells = f.cells;
        Map<String, PyObject> globals = f.globals;
        boolean[] lineStarts = code.lineStarts;
        final Map<String, PyObject> builtins = interp.builtins;
        final Interpreter.LineHook lineHook = interp.lineHook;
        int ip = f.ip;
        int sp = f.sp;
        int ticks = 0;

        while (true) {
            ticks++;
            if (lineHook != null && lineStarts[ip]) {
                f.ip = ip;
                lineHook.onLine(f, code.lines[ip]);
            }
            final int word = instructions[ip++];
            final int arg = word >> 8;
            switch (word & 0xFF) {
                case NOP -> { }
                case POP_TOP -> stack[--sp] = null;
                case COPY -> {
                    stack[sp] = stack[sp - arg];
                    sp++;
                }
                case SWAP -> {
                    PyObject t = stack[sp - 1];
                    stack[sp - 1] = stack[sp - arg];
                    stack[sp - arg] = t;
                }
                case LOAD_CONST -> stack[sp++] = consts[arg];
                case LOAD_FAST -> {
                    PyObject v = locals[arg];
                    if (v == null) {
                        f.ip = ip;
                        throw Errors.unboundLocal(code.varnames[arg]);
                    }
                    stack[sp++] = v;
                }
                case STORE_FAST -> {
                    locals[arg] = stack[--sp];
                    stack[sp] = null;
                }
                case LOAD_DEREF -> {
                    PyObject v = cells[arg].value;
                    if (v == null) {
                        f.ip = ip;
                        throw ColdInstructions.unboundCell(code, arg);
                    }
                    stack[sp++] = v;
                }
                case STORE_DEREF -> {
                    cells[arg].value = stack[--sp];
                    stack[sp] = null;
                }
                case LOAD_CLOSURE -> stack[sp++] = cells[arg];
                case LOAD_GLOBAL -> {
                    String name = names[arg];
                    PyObject v = globals.get(name);
                    if (v == null) {
                        v = builtins.get(name);
                        if (v == null) {
                            throw nameError(f, ip, name);
                        }
                    }
                    stack[sp++] = v;
                }
                case LOAD_NAME -> {
                    String name = names[arg];
                    PyObject v = f.names.get(name);
                    if (v == null) {
                        v = globals.get(name);
                        if (v == null) {
                            v = builtins.get(name);
                            if (v == null) {
                                throw nameError(f, ip, name);
                            }
                        }
                    }
                    stack[sp++] = v;
                }
                case STORE_NAME -> {
                    f.names.put(names[arg], stack[--sp]);
                    stack[sp] = null;
                }
                case LOAD_ATTR -> {
                    f.ip = ip;
                    f.sp = sp;
                    stack[sp - 1] = stack[sp - 1].getAttr(names[arg]);
                }
                case STORE_ATTR -> {
                    f.ip = ip;
                    f.sp = sp;
                    PyObject owner = stack[--sp];
                    PyObject value = stack[--sp];
                    owner.setAttr(names[arg], value);
                    stack[sp] = null;
                    stack[sp + 1] = null;
                }
                case LOAD_METHOD -> {
                    f.ip = ip;
                    f.sp = sp;
                    PyObject owner = stack[sp - 1];
                    String name = names[arg];
                    PyObject method = hasPlainMethods(owner) ? owner.type().lookup(name) : null;
                    if (method instanceof PyBuiltinFunction || method instanceof PyFunction) {
                        stack[sp - 1] = method;
                        stack[sp++] = owner;
                    } else if ((owner instanceof PyInstance || owner instanceof SubclassInstance)
                            && owner.ownAttribute(name) == null
                            && (method = owner.type().lookup(name)) instanceof PyFunction) {
                        stack[sp - 1] = method;
                        stack[sp++] = owner;
                    } else {
                        stack[sp - 1] = null;
                        stack[sp++] = owner.getAttr(name);
                    }
                }
                case PUSH_NULL -> stack[sp++] = null;
                case KW_NAMES -> f.pendingKwNames = ((KwNames) consts[arg]).names;
                case CALL -> {
                    String[] kwnames = f.pendingKwNames;
                    f.pendingKwNames = Args.NO_KEYWORDS;
                    PyObject first = stack[sp - arg - 2];
                    PyObject callable = first != null ? first : stack[sp - arg - 1];
                    int argStart = first != null ? sp - arg - 1 : sp - arg;
                    int argc = sp - argStart;
                    f.ip = ip;
                    interp.addExecuted(ticks, f);
                    ticks = 0;
                    if (callable instanceof PyFunction fn && !fn.code.isResumable()) {
                        // A Python-to-Python call runs in this same loop: no Java recursion per call.
                        Frame callee = interp.newFrameFromStack(f, fn, stack, argStart, argc, kwnames);
                        clear(stack, sp - arg - 2, arg + 2);
                        sp -= arg + 2;
                        f.sp = sp;
                        if (ts.depth >= interp.recursionLimit()) {
                            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
                        }
                        ts.depth++;
                        callee.back = f;
                        ts.current = callee;
                        callee.state = Frame.RUNNING;
                        f = callee;
                        code = f.code;
                        instructions = code.code;
                        consts = code.consts;
                        names = code.names;
                        stack = f.stack;
                        locals = f.locals;
                        cells = f.cells;
                        globals = f.globals;
                        lineStarts = code.lineStarts;
                        ip = f.ip;
                        sp = f.sp;
                        continue;
                    }
                    PyObject[] args = new PyObject[argc];
                    System.arraycopy(stack, argStart, args, 0, argc);
                    clear(stack, sp - arg - 2, arg + 2);
                    sp -= arg + 2;
                    f.sp = sp;
                    stack[sp++] = callable.call(args, kwnames);
                }
                case BINARY_OP -> {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    PyObject a = stack[sp - 1];
                    PyObject r = IntMath.smallBinary(arg & 0x7F, a, b);
                    if (r == null) {
                        f.ip = ip;
                        f.sp = sp;
                        r = (arg & INPLACE) != 0 ? Ops.inplace(BinaryOp.of(arg & 0x7F), a, b)
                                : Ops.binary(BinaryOp.of(arg), a, b);
                    }
                    stack[sp - 1] = r;
                }
                case UNARY_NOT -> {
                    f.ip = ip;
                    f.sp = sp;
                    stack[sp - 1] = PyBool.of(!Ops.isTrue(stack[sp - 1]));
                }
                case COMPARE_OP -> {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    PyObject r = Ops.compareSmallInts(arg, stack[sp - 1], b);
                    if (r == null) {
                        f.ip = ip;
                        f.sp = sp;
                        r = Ops.compare(stack[sp - 1], b, CompareOp.of(arg));
                    }
                    stack[sp - 1] = r;
                }
                case IS_OP -> {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = PyBool.of((stack[sp - 1] == b) != (arg == 1));
                }
                case CONTAINS_OP -> {
                    PyObject container = stack[--sp];
                    stack[sp] = null;
                    f.ip = ip;
                    f.sp = sp;
                    stack[sp - 1] = PyBool.of(container.contains(stack[sp - 1]) != (arg == 1));
                }
                case BINARY_SUBSCR -> {
                    PyObject key = stack[--sp];
                    stack[sp] = null;
                    f.ip = ip;
                    f.sp = sp;
                    stack[sp - 1] = CallSupport.subscript(stack[sp - 1], key);
                }
                case STORE_SUBSCR -> {
                    PyObject key = stack[--sp];
                    PyObject container = stack[--sp];
                    PyObject value = stack[--sp];
                    f.ip = ip;
                    f.sp = sp;
                    container.setItem(key, value);
                }
                case BUILD_TUPLE -> {
                    PyObject[] items = new PyObject[arg];
                    sp -= arg;
                    System.arraycopy(stack, sp, items, 0, arg);
                    clear(stack, sp, arg);
                    stack[sp++] = arg == 0 ? PyTuple.EMPTY : new PyTuple(items);
                }
                case BUILD_LIST -> {
                    PyObject[] items = new PyObject[arg];
                    sp -= arg;
                    System.arraycopy(stack, sp, items, 0, arg);
                    clear(stack, sp, arg);
                    stack[sp++] = arg == 0 ? new PyList() : new PyList(items);
                }
                case LIST_APPEND -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    ((PyList) stack[sp - arg]).append(v);
                }
                case JUMP -> {
                    if (arg < ip) {
                        f.ip = arg + 1;
                        interp.addExecuted(ticks, f);
                        ticks = 0;
                    }
                    ip = arg;
                }
                case POP_JUMP_IF_FALSE -> {
                    f.ip = ip;
                    f.sp = sp;
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (v == PyBool.FALSE || v != PyBool.TRUE && !Ops.isTrue(v)) {
                        ip = arg;
                    }
                }
                case POP_JUMP_IF_TRUE -> {
                    f.ip = ip;
                    f.sp = sp;
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (v == PyBool.TRUE || v != PyBool.FALSE && Ops.isTrue(v)) {
                        ip = arg;
                    }
                }
                case POP_JUMP_IF_NONE -> {
                    if (stack[--sp] == PyNone.NONE) {
                        ip = arg;
                    }
                    stack[sp] = null;
                }
                case POP_JUMP_IF_NOT_NONE -> {
                    if (stack[--sp] != PyNone.NONE) {
                        ip = arg;
                    }
                    stack[sp] = null;
                }
                case JUMP_IF_FALSE_OR_POP -> {
                    f.ip = ip;
                    f.sp = sp;
                    if (!Ops.isTrue(stack[sp - 1])) {
                        ip = arg;
                    } else {
                        stack[--sp] = null;
                    }
                }
                case JUMP_IF_TRUE_OR_POP -> {
                    f.ip = ip;
                    f.sp = sp;
                    if (Ops.isTrue(stack[sp - 1])) {
                        ip = arg;
                    } else {
                        stack[--sp] = null;
                    }
                }
                case GET_ITER -> {
                    f.ip = ip;
                    f.sp = sp;
                    stack[sp - 1] = Ops.iter(stack[sp - 1]);
                }
                case FOR_ITER -> {
                    f.ip = ip;
                    f.sp = sp;
                    PyObject v = stack[sp - 1].next();
                    if (v == null) {
                        stack[--sp] = null;
                        ip = arg;
                    } else {
                        stack[sp++] = v;
                    }
                }
                case UNPACK_SEQUENCE -> {
                    PyObject seq = stack[--sp];
                    f.ip = ip;
                    f.sp = sp;
                    PyObject[] items = CallSupport.unpack(seq, arg);
                    sp = pushReversed(items, stack, sp);
                }
                case RETURN_VALUE -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    f.ip = ip;
                    f.sp = sp;
                    f.state = Frame.FINISHED;
                    interp.addExecuted(ticks, f);
                    ticks = 0;
                    if (f == entry) {
                        return v;
                    }
                    Frame caller = f.back;
                    ts.current = caller;
                    ts.depth--;
                    Interpreter.keepSpare(caller, f);
                    f = caller;
                    code = f.code;
                    instructions = code.code;
                    consts = code.consts;
                    names = code.names;
                    stack = f.stack;
                    locals = f.locals;
                    cells = f.cells;
                    globals = f.globals;
                    lineStarts = code.lineStarts;
                    ip = f.ip;
                    sp = f.sp;
                    stack[sp++] = v;
                }
                case YIELD_VALUE -> {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    f.ip = ip;
                    f.sp = sp;
                    interp.addExecuted(ticks, f);
                    ticks = 0;
                    f.state = Frame.SUSPENDED;
                    return code.isAsyncGenerator() ? new PyGenerator.AsyncGenValue(v) : v;
                }
                case YIELD_FROM -> {
                    PyObject value = stack[--sp];
                    stack[sp] = null;
                    Delegate delegate = (Delegate) stack[sp - 1];
                    f.ip = ip;
                    f.sp = sp;
                    interp.addExecuted(ticks, f);
                    ticks = 0;
                    PyObject r = delegate.send(value);
                    if (delegate.finished()) {
                        stack[sp - 1] = r;
                    } else {
                        f.inYieldFrom = true;
                        f.state = Frame.SUSPENDED;
                        return r;
                    }
                }
                case END_ASYNC_FOR -> {
                    PyBaseException exc = (PyBaseException) stack[--sp];
                    if (!exc.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                        throw reraise(f, ip, sp, exc);
                    }
                    stack[--sp] = null;
                }
                case RAISE_VARARGS -> {
                    f.ip = ip;
                    f.sp = sp;
                    PyBaseException exc = CallSupport.prepareRaise(f, stack, sp, arg);
                    sp -= arg;
                    f.reraising = arg == 0;
                    throw exc.toThrowable();
                }
                case RERAISE -> {
                    PyBaseException exc = (PyBaseException) stack[--sp];
                    throw reraise(f, ip, sp, exc);
                }
                case RERAISE_RESTORE -> {
                    PyBaseException exc = (PyBaseException) stack[--sp];
                    sp -= arg - 1;
                    PyObject prev = stack[--sp];
                    clear(stack, sp, arg + 1);
                    f.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                    throw reraise(f, ip, sp, exc);
                }
                default -> {
                    f.ip = ip;
                    f.sp = sp;
                    sp = ColdInstructions.execute(interp, f, word, stack, sp);
                }
            }
        }
    }

    private static PyException nameError(Frame f, int ip, String name) {
        f.ip = ip;
        return Errors.nameError(name);
    }

    /** Re-raises exc from f without adding a traceback line for it (the exception already has this frame's). */
    private static PyException reraise(Frame f, int ip, int sp, PyBaseException exc) {
        f.ip = ip;
        f.sp = sp;
        f.reraising = true;
        return exc.toThrowable();
    }

    /**
     * Builtin values whose methods all live on their class, so LOAD_METHOD may skip the bound method (not the
     * instances of subclasses, whose __dict__ may hold a callable of the method's name).
     */
    private static boolean hasPlainMethods(PyObject o) {
        return (o instanceof PyStr || o instanceof PyList || o instanceof PyDict || o instanceof PyInt
                || o instanceof PyFloat || o instanceof PyTuple || o instanceof PySet) && !(o instanceof SubclassInstance);
    }

    /** Pushes items last first, so the first item ends on top (UNPACK_SEQUENCE's order); returns the new sp. */
    private static int pushReversed(PyObject[] items, PyObject[] stack, int sp) {
        for (int i = items.length - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    /** Clears stack slots (a helper, not an inline loop: the evaluation loop's only loop is its dispatch loop, so
     * the JIT compiles it once on-stack rather than once per inner loop). */
    private static void clear(PyObject[] stack, int from, int count) {
        for (int i = from; i < from + count && i < stack.length; i++) {
            stack[i] = null;
        }
    }
}
