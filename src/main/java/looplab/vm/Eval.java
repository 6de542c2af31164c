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

    static PyObject run(Interpreter interp, final Frame entry) {
        Frame f = entry;
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
        final ThreadState ts = interp.threadState;
        int ip = f.ip;
        int sp = f.sp;
        int ticks = 0;
        boolean reraising = false;
        PyBaseException pending = f.pendingThrow;
        f.pendingThrow = null;

        while (true) {
            try {
                if (pending != null) {
                    PyBaseException p = pending;
                    pending = null;
                    throw p.toThrowable();
                }
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
                                throw Errors.unboundLocal(code.varnames[arg]);
                            }
                            stack[sp++] = v;
                        }
                        case STORE_FAST -> {
                            locals[arg] = stack[--sp];
                            stack[sp] = null;
                        }
                        case DELETE_FAST -> {
                            if (locals[arg] == null) {
                                throw Errors.unboundLocal(code.varnames[arg]);
                            }
                            locals[arg] = null;
                        }
                        case LOAD_DEREF -> {
                            PyObject v = cells[arg].value;
                            if (v == null) {
                                throw unboundCell(code, arg);
                            }
                            stack[sp++] = v;
                        }
                        case STORE_DEREF -> {
                            cells[arg].value = stack[--sp];
                            stack[sp] = null;
                        }
                        case DELETE_DEREF -> {
                            if (cells[arg].value == null) {
                                throw unboundCell(code, arg);
                            }
                            cells[arg].value = null;
                        }
                        case LOAD_CLOSURE -> stack[sp++] = cells[arg];
                        case LOAD_CLASSDEREF -> {
                            PyObject v = f.names.get(cellName(code, arg));
                            if (v == null) {
                                v = cells[arg].value;
                                if (v == null) {
                                    throw unboundCell(code, arg);
                                }
                            }
                            stack[sp++] = v;
                        }
                        case LOAD_GLOBAL -> {
                            String name = names[arg];
                            PyObject v = globals.get(name);
                            if (v == null) {
                                v = builtins.get(name);
                                if (v == null) {
                                    throw Errors.nameError(name);
                                }
                            }
                            stack[sp++] = v;
                        }
                        case STORE_GLOBAL -> {
                            globals.put(names[arg], stack[--sp]);
                            stack[sp] = null;
                        }
                        case DELETE_GLOBAL -> {
                            if (globals.remove(names[arg]) == null) {
                                throw Errors.nameError(names[arg]);
                            }
                        }
                        case LOAD_NAME -> {
                            String name = names[arg];
                            PyObject v = f.names.get(name);
                            if (v == null) {
                                v = globals.get(name);
                                if (v == null) {
                                    v = builtins.get(name);
                                    if (v == null) {
                                        throw Errors.nameError(name);
                                    }
                                }
                            }
                            stack[sp++] = v;
                        }
                        case STORE_NAME -> {
                            f.names.put(names[arg], stack[--sp]);
                            stack[sp] = null;
                        }
                        case DELETE_NAME -> {
                            if (f.names.remove(names[arg]) == null) {
                                throw Errors.nameError(names[arg]);
                            }
                        }
                        case LOAD_ATTR -> stack[sp - 1] = stack[sp - 1].getAttr(names[arg]);
                        case STORE_ATTR -> {
                            PyObject owner = stack[--sp];
                            PyObject value = stack[--sp];
                            owner.setAttr(names[arg], value);
                            stack[sp] = null;
                            stack[sp + 1] = null;
                        }
                        case DELETE_ATTR -> stack[--sp].delAttr(names[arg]);
                        case LOAD_METHOD -> {
                            PyObject owner = stack[sp - 1];
                            String name = names[arg];
                            PyObject method = hasPlainMethods(owner) ? owner.type().lookup(name) : null;
                            if (method instanceof PyBuiltinFunction || method instanceof PyFunction) {
                                stack[sp - 1] = method;
                                stack[sp++] = owner;
                            } else if (owner instanceof PyInstance inst && inst.ownAttribute(name) == null
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
                                Frame callee = interp.newFrameFromStack(fn, stack, argStart, argc, kwnames);
                                for (int i = sp - arg - 2; i < sp; i++) {
                                    stack[i] = null;
                                }
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
                            for (int i = sp - arg - 2; i < sp; i++) {
                                stack[i] = null;
                            }
                            sp -= arg + 2;
                            f.sp = sp;
                            stack[sp++] = callable.call(args, kwnames);
                        }
                        case CALL_FUNCTION_EX -> {
                            PyObject kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                            PyObject posargs = stack[--sp];
                            PyObject callable = stack[--sp];
                            PyObject self = stack[--sp];
                            f.ip = ip;
                            f.sp = sp;
                            stack[sp++] = CallSupport.callEx(self, callable, posargs, kwargs);
                        }
                        case BINARY_OP -> {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject a = stack[sp - 1];
                            f.ip = ip;
                            f.sp = sp;
                            if ((arg & INPLACE) != 0) {
                                stack[sp - 1] = Ops.inplace(BinaryOp.of(arg & 0x7F), a, b);
                            } else {
                                stack[sp - 1] = Ops.binary(BinaryOp.of(arg), a, b);
                            }
                        }
                        case UNARY_NEGATIVE -> stack[sp - 1] = stack[sp - 1].negative();
                        case UNARY_POSITIVE -> stack[sp - 1] = stack[sp - 1].positive();
                        case UNARY_INVERT -> stack[sp - 1] = stack[sp - 1].invert();
                        case UNARY_NOT -> stack[sp - 1] = PyBool.of(!Ops.isTrue(stack[sp - 1]));
                        case COMPARE_OP -> {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            f.ip = ip;
                            f.sp = sp;
                            stack[sp - 1] = Ops.compare(stack[sp - 1], b, CompareOp.of(arg));
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
                        case DELETE_SUBSCR -> {
                            PyObject key = stack[--sp];
                            PyObject container = stack[--sp];
                            container.delItem(key);
                        }
                        case BUILD_SLICE -> {
                            PyObject step = arg == 3 ? stack[--sp] : PyNone.NONE;
                            PyObject stop = stack[--sp];
                            PyObject start = stack[--sp];
                            stack[sp++] = new PySlice(start, stop, step);
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
                        case BUILD_SET -> {
                            PySet set = new PySet(false);
                            sp -= arg;
                            for (int i = 0; i < arg; i++) {
                                set.add(stack[sp + i]);
                            }
                            clear(stack, sp, arg);
                            stack[sp++] = set;
                        }
                        case BUILD_MAP -> {
                            PyDict dict = new PyDict();
                            sp -= 2 * arg;
                            for (int i = 0; i < arg; i++) {
                                dict.put(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
                            }
                            clear(stack, sp, 2 * arg);
                            stack[sp++] = dict;
                        }
                        case BUILD_STRING -> {
                            StringBuilder b = new StringBuilder();
                            sp -= arg;
                            for (int i = 0; i < arg; i++) {
                                b.append(((PyStr) stack[sp + i]).value);
                            }
                            clear(stack, sp, arg);
                            stack[sp++] = PyStr.of(b.toString());
                        }
                        case LIST_APPEND -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).append(v);
                        }
                        case SET_ADD -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            ((PySet) stack[sp - arg]).add(v);
                        }
                        case MAP_ADD -> {
                            PyObject v = stack[--sp];
                            PyObject k = stack[--sp];
                            ((PyDict) stack[sp - arg]).put(k, v);
                        }
                        case LIST_EXTEND -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            CallSupport.listExtend((PyList) stack[sp - arg], v);
                        }
                        case SET_UPDATE -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            PySet set = (PySet) stack[sp - arg];
                            PyObject it = Ops.iter(v);
                            for (PyObject x = it.next(); x != null; x = it.next()) {
                                set.add(x);
                            }
                        }
                        case DICT_UPDATE, DICT_MERGE -> {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            CallSupport.dictUpdate((PyDict) stack[sp - arg], v, (word & 0xFF) == DICT_MERGE, stack[sp - arg - 2]);
                        }
                        case LIST_TO_TUPLE -> stack[sp - 1] = new PyTuple(((PyList) stack[sp - 1]).toArray());
                        case FORMAT_VALUE -> {
                            PyObject spec = (arg & 4) != 0 ? stack[--sp] : null;
                            PyObject value = stack[sp - 1];
                            f.ip = ip;
                            f.sp = sp;
                            stack[sp - 1] = PyStr.of(Formatting.formatValue(value, arg & 3, spec));
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
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.FALSE || v != PyBool.TRUE && !Ops.isTrue(v)) {
                                ip = arg;
                            }
                        }
                        case POP_JUMP_IF_TRUE -> {
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
                            if (!Ops.isTrue(stack[sp - 1])) {
                                ip = arg;
                            } else {
                                stack[--sp] = null;
                            }
                        }
                        case JUMP_IF_TRUE_OR_POP -> {
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
                            for (int i = arg - 1; i >= 0; i--) {
                                stack[sp++] = items[i];
                            }
                        }
                        case UNPACK_EX -> {
                            PyObject seq = stack[--sp];
                            f.ip = ip;
                            f.sp = sp;
                            sp = CallSupport.unpackEx(seq, arg & 0xFF, arg >> 8, stack, sp);
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
                            f.back = null;
                            ts.current = caller;
                            ts.depth--;
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
                            interp.addExecuted(ticks, f);
                            ticks = 0;
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            f.ip = ip;
                            f.sp = sp;
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
                        case GET_AWAITABLE -> {
                            f.ip = ip;
                            f.sp = sp;
                            stack[sp - 1] = Awaiting.awaitable(stack[sp - 1], arg);
                        }
                        case GET_YIELD_FROM_ITER -> {
                            PyObject v = stack[sp - 1];
                            if (v instanceof PyGenerator g && g.isCoroutine() && !code.isCoroutine()) {
                                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                            }
                            stack[sp - 1] = v instanceof Delegate ? v : (PyObject) Delegation.of(Ops.iter(v));
                        }
                        case GET_AITER -> stack[sp - 1] = Awaiting.aiter(stack[sp - 1]);
                        case GET_ANEXT -> {
                            stack[sp] = Awaiting.anext(stack[sp - 1]);
                            sp++;
                        }
                        case END_ASYNC_FOR -> {
                            PyBaseException exc = (PyBaseException) stack[--sp];
                            if (!exc.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                                reraising = true;
                                throw exc.toThrowable();
                            }
                            stack[--sp] = null;
                        }
                        case RAISE_VARARGS -> {
                            f.ip = ip;
                            f.sp = sp;
                            PyBaseException exc = CallSupport.prepareRaise(f, stack, sp, arg);
                            sp -= arg;
                            if (arg == 0) {
                                reraising = true;
                            }
                            throw exc.toThrowable();
                        }
                        case RERAISE -> {
                            PyBaseException exc = (PyBaseException) stack[--sp];
                            reraising = true;
                            throw exc.toThrowable();
                        }
                        case RERAISE_RESTORE -> {
                            PyBaseException exc = (PyBaseException) stack[--sp];
                            sp -= arg - 1;
                            PyObject prev = stack[--sp];
                            clear(stack, sp, arg + 1);
                            f.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                            reraising = true;
                            throw exc.toThrowable();
                        }
                        case PUSH_EXC_INFO -> {
                            PyObject exc = stack[sp - 1];
                            stack[sp - 1] = f.handled == null ? PyNone.NONE : f.handled;
                            stack[sp++] = exc;
                            f.handled = (PyBaseException) exc;
                        }
                        case POP_EXCEPT -> {
                            PyObject prev = stack[--sp];
                            stack[sp] = null;
                            f.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                        }
                        case CHECK_EXC_MATCH -> {
                            PyObject type = stack[--sp];
                            stack[sp] = null;
                            stack[sp++] = PyBool.of(CallSupport.exceptionMatches((PyBaseException) stack[sp - 2], type));
                        }
                        case CHECK_EG_MATCH -> {
                            PyObject type = stack[--sp];
                            sp = ExceptStar.checkMatch(stack, sp, type);
                        }
                        case PREP_RERAISE_STAR -> sp = ExceptStar.prepReraise(stack, sp);
                        case SETUP_FINALLY -> {
                            f.blockHandler[f.blockTop] = arg;
                            f.blockDepth[f.blockTop] = sp;
                            f.blockTop++;
                        }
                        case POP_BLOCK -> f.blockTop--;
                        case BEFORE_WITH -> {
                            PyObject manager = stack[sp - 1];
                            f.ip = ip;
                            f.sp = sp;
                            PyObject[] exitAndEnter = CallSupport.beforeWith(manager, false);
                            stack[sp - 1] = exitAndEnter[0];
                            stack[sp++] = exitAndEnter[1];
                        }
                        case BEFORE_ASYNC_WITH -> {
                            PyObject manager = stack[sp - 1];
                            f.ip = ip;
                            f.sp = sp;
                            PyObject[] exitAndEnter = CallSupport.beforeWith(manager, true);
                            stack[sp - 1] = exitAndEnter[0];
                            stack[sp++] = exitAndEnter[1];
                        }
                        case WITH_EXIT -> {
                            PyObject exit = stack[--sp];
                            stack[sp] = null;
                            f.ip = ip;
                            f.sp = sp;
                            exit.call(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                        }
                        case ASYNC_WITH_EXIT -> {
                            f.ip = ip;
                            f.sp = sp;
                            stack[sp - 1] = stack[sp - 1].call(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                        }
                        case WITH_EXCEPT_START -> {
                            PyBaseException exc = (PyBaseException) stack[sp - 1];
                            PyObject exit = stack[sp - 3];
                            f.ip = ip;
                            f.sp = sp;
                            stack[sp++] = exit.call(exc.type(), exc, PyNone.NONE);
                        }
                        case MAKE_FUNCTION -> {
                            PyCode fnCode = ((PyCode.Const) stack[--sp]).code;
                            PyCell[] closure = null;
                            if ((arg & 8) != 0) {
                                PyTuple cellsTuple = (PyTuple) stack[--sp];
                                closure = new PyCell[cellsTuple.size()];
                                for (int i = 0; i < closure.length; i++) {
                                    closure[i] = (PyCell) cellsTuple.get(i);
                                }
                            }
                            PyDict annotations = (arg & 4) != 0 ? (PyDict) stack[--sp] : null;
                            PyDict kwDefaults = (arg & 2) != 0 ? (PyDict) stack[--sp] : null;
                            PyObject[] defaults = (arg & 1) != 0 ? ((PyTuple) stack[--sp]).items : new PyObject[0];
                            clear(stack, sp, 5);
                            PyFunction fn = new PyFunction(interp, fnCode, globals, defaults, kwDefaults, closure);
                            fn.annotations = annotations;
                            stack[sp++] = fn;
                        }
                        case BUILD_CLASS -> {
                            PyObject[] bases = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(stack, sp, bases, 0, arg);
                            PyObject name = stack[--sp];
                            PyFunction body = (PyFunction) stack[--sp];
                            clear(stack, sp, arg + 2);
                            f.ip = ip;
                            f.sp = sp;
                            stack[sp++] = ClassBuilder.build(interp, body, ((PyStr) name).value, bases);
                        }
                        case IMPORT_NAME -> {
                            PyObject fromlist = stack[--sp];
                            stack[--sp] = null;
                            f.ip = ip;
                            f.sp = sp;
                            stack[sp++] = interp.modules.importModule(names[arg], fromlist != PyNone.NONE);
                        }
                        case IMPORT_FROM -> {
                            PyObject module = stack[sp - 1];
                            stack[sp++] = interp.modules.importFrom(module, names[arg]);
                        }
                        case IMPORT_STAR -> {
                            PyModule module = (PyModule) stack[--sp];
                            stack[sp] = null;
                            Map<String, PyObject> target = f.names;
                            module.dict.forEach((k, v) -> {
                                if (!k.startsWith("_")) {
                                    target.put(k, v);
                                }
                            });
                        }
                        case SETUP_ANNOTATIONS -> f.names.putIfAbsent("__annotations__", new PyDict());
                        case LOAD_ASSERTION_ERROR -> stack[sp++] = ExceptionTypes.ASSERTION_ERROR;
                        case GET_LEN -> stack[sp] = PyInt.of(stack[sp++ - 1].len());
                        case MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_REST -> {
                            f.ip = ip;
                            f.sp = sp;
                            sp = Matching.execute(word & 0xFF, arg, stack, sp);
                        }
                        default -> throw new IllegalStateException("unknown opcode " + (word & 0xFF));
                    }
                }
            } catch (PyException e) {
                PyBaseException exc = e.value;
                interp.addExecutedQuietly(ticks);
                ticks = 0;
                if (!reraising) {
                    boolean fresh = exc.traceback.isEmpty();
                    exc.addTraceback(code.fileName, code.lineAt(ip - 1), code.name);
                    if (fresh && exc.context == null) {
                        PyBaseException handled = f.currentlyHandled();
                        if (handled != exc) {
                            exc.context = handled;
                        }
                    }
                    if (fresh && interp.exceptionHook != null) {
                        interp.exceptionHook.raised(f, exc, code.lineAt(ip - 1));
                    }
                }
                reraising = false;
                if (f.blockTop == 0) {
                    f.state = Frame.FINISHED;
                    f.ip = ip;
                    clear(stack, 0, sp);
                    f.sp = 0;
                    if (f == entry) {
                        throw e;
                    }
                    // The exception leaves a frame this loop called inline: continue unwinding in its caller.
                    Frame caller = f.back;
                    f.back = null;
                    ts.current = caller;
                    ts.depth--;
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
                    pending = exc;
                    continue;
                }
                f.blockTop--;
                if (interp.exceptionHook != null) {
                    interp.exceptionHook.caught(f, exc, code.lineAt(ip - 1));
                }
                int depth = f.blockDepth[f.blockTop];
                clear(stack, depth, sp - depth);
                sp = depth;
                stack[sp++] = exc;
                ip = f.blockHandler[f.blockTop];
            } catch (ExecutionStopped | StackOverflowError e) {
                f.state = Frame.FINISHED;
                f.ip = ip;
                throw e;
            } catch (RuntimeException e) {
                pending = InternalErrors.asPython(e).value;
                sp = Math.max(0, Math.min(sp, stack.length));
            }
        }
    }

    /** Builtin values whose methods all live on their class, so LOAD_METHOD may skip the bound method. */
    private static boolean hasPlainMethods(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyDict || o instanceof PyInt
                || o instanceof PyFloat || o instanceof PyTuple || o instanceof PySet;
    }

    private static void clear(PyObject[] stack, int from, int count) {
        for (int i = from; i < from + count && i < stack.length; i++) {
            stack[i] = null;
        }
    }

    private static String cellName(PyCode code, int index) {
        return index < code.cellvars.length ? code.cellvars[index] : code.freevars[index - code.cellvars.length];
    }

    private static PyException unboundCell(PyCode code, int index) {
        String name = cellName(code, index);
        if (index < code.cellvars.length) {
            return Errors.unboundLocal(name);
        }
        return Errors.raise(ExceptionTypes.NAME_ERROR,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }
}
