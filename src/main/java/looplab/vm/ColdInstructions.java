package looplab.vm;

import java.util.Map;

import static looplab.language.compiler.Opcode.*;

/**
 * The instructions the evaluation loop runs out of line: the rarely hot ones (imports, class and function
 * creation, with-blocks, exception bookkeeping, deletes, builds other than tuples and lists). Keeping them out of
 * {@link Eval#run} keeps that method small enough for the JIT's first tier to compile it at once, and leaves the
 * second tier a tight loop over the instructions that dominate real programs.
 */
final class ColdInstructions {
    private ColdInstructions() {
    }

    /** Runs one instruction of f, its operands on stack below sp; returns the new stack pointer. */
    static int execute(Interpreter interp, Frame f, int word, PyObject[] stack, int sp) {
        final int arg = word >> 8;
        final PyCode code = f.code;
        final String[] names = code.names;
        final Map<String, PyObject> globals = f.globals;
        final PyObject[] locals = f.locals;
        final PyCell[] cells = f.cells;
        switch (word & 0xFF) {
                case DELETE_FAST -> {
                    if (locals[arg] == null) {
                        throw Errors.unboundLocal(code.varnames[arg]);
                    }
                    locals[arg] = null;
                }
                case DELETE_DEREF -> {
                    if (cells[arg].value == null) {
                        throw unboundCell(code, arg);
                    }
                    cells[arg].value = null;
                }
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
                case STORE_GLOBAL -> {
                    globals.put(names[arg], stack[--sp]);
                    stack[sp] = null;
                }
                case DELETE_GLOBAL -> {
                    if (globals.remove(names[arg]) == null) {
                        throw Errors.nameError(names[arg]);
                    }
                }
                case DELETE_NAME -> {
                    if (f.names.remove(names[arg]) == null) {
                        throw Errors.nameError(names[arg]);
                    }
                }
                case DELETE_ATTR -> stack[--sp].delAttr(names[arg]);
                case CALL_FUNCTION_EX -> {
                    PyObject kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                    PyObject posargs = stack[--sp];
                    PyObject callable = stack[--sp];
                    PyObject self = stack[--sp];
                    f.sp = sp;
                    stack[sp++] = CallSupport.callEx(self, callable, posargs, kwargs);
                }
                case UNARY_NEGATIVE -> stack[sp - 1] = stack[sp - 1].negative();
                case UNARY_POSITIVE -> stack[sp - 1] = stack[sp - 1].positive();
                case UNARY_INVERT -> stack[sp - 1] = stack[sp - 1].invert();
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
                    boolean merge = (word & 0xFF) == DICT_MERGE;
                    CallSupport.dictUpdate((PyDict) stack[sp - arg], v, merge, merge ? stack[sp - arg - 2] : null);
                }
                case LIST_TO_TUPLE -> stack[sp - 1] = new PyTuple(((PyList) stack[sp - 1]).toArray());
                case FORMAT_VALUE -> {
                    PyObject spec = (arg & 4) != 0 ? stack[--sp] : null;
                    PyObject value = stack[sp - 1];
                    f.sp = sp;
                    stack[sp - 1] = PyStr.of(Formatting.formatValue(value, arg & 3, spec));
                }
                case UNPACK_EX -> {
                    PyObject seq = stack[--sp];
                    f.sp = sp;
                    sp = CallSupport.unpackEx(seq, arg & 0xFF, arg >> 8, stack, sp);
                }
                case GET_AWAITABLE -> {
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
                    f.sp = sp;
                    PyObject[] exitAndEnter = CallSupport.beforeWith(manager, false);
                    stack[sp - 1] = exitAndEnter[0];
                    stack[sp++] = exitAndEnter[1];
                }
                case BEFORE_ASYNC_WITH -> {
                    PyObject manager = stack[sp - 1];
                    f.sp = sp;
                    PyObject[] exitAndEnter = CallSupport.beforeWith(manager, true);
                    stack[sp - 1] = exitAndEnter[0];
                    stack[sp++] = exitAndEnter[1];
                }
                case WITH_EXIT -> {
                    PyObject exit = stack[--sp];
                    stack[sp] = null;
                    f.sp = sp;
                    exit.call(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                }
                case ASYNC_WITH_EXIT -> {
                    f.sp = sp;
                    stack[sp - 1] = stack[sp - 1].call(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                }
                case WITH_EXCEPT_START -> {
                    PyBaseException exc = (PyBaseException) stack[sp - 1];
                    PyObject exit = stack[sp - 3];
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
                    PyObject metaclass = (arg & BUILD_CLASS_METACLASS) != 0 ? stack[--sp] : null;
                    PyDict keywords = (arg & BUILD_CLASS_KEYWORDS) != 0 ? (PyDict) stack[--sp] : new PyDict();
                    int nbases = arg & 0xFFFF;
                    PyObject[] bases = new PyObject[nbases];
                    sp -= nbases;
                    System.arraycopy(stack, sp, bases, 0, nbases);
                    PyObject name = stack[--sp];
                    PyFunction body = (PyFunction) stack[--sp];
                    clear(stack, sp, nbases + 4);
                    f.sp = sp;
                    stack[sp++] = ClassBuilder.build(interp, body, ((PyStr) name).value, bases, metaclass,
                            keywords);
                }
                case IMPORT_NAME -> {
                    PyObject fromlist = stack[--sp];
                    stack[--sp] = null;
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
                    f.sp = sp;
                    sp = Matching.execute(word & 0xFF, arg, stack, sp);
                }
            default -> throw new IllegalStateException("unknown opcode " + (word & 0xFF));
        }
        return sp;
    }

    private static void clear(PyObject[] stack, int from, int count) {
        for (int i = from; i < from + count && i < stack.length; i++) {
            stack[i] = null;
        }
    }

    private static String cellName(PyCode code, int index) {
        return index < code.cellvars.length ? code.cellvars[index] : code.freevars[index - code.cellvars.length];
    }

    static PyException unboundCell(PyCode code, int index) {
        String name = cellName(code, index);
        if (index < code.cellvars.length) {
            return Errors.unboundLocal(name);
        }
        return Errors.raise(ExceptionTypes.NAME_ERROR,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }
}
