package looplab.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The less common instructions' work, kept out of the evaluation loop so the loop stays small. */
final class CallSupport {
    private CallSupport() {
    }

    /** f(*args, **kwargs). */
    static PyObject callEx(PyObject self, PyObject callable, PyObject posargs, PyObject kwargs) {
        PyObject[] positional = Sequences.toArray(posargs);
        if (self != null) {
            positional = Args.prepend(callable, positional);
            callable = self;
        }
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            return callable.call(positional, Args.NO_KEYWORDS);
        }
        PyDict kw = (PyDict) kwargs;
        PyObject[] all = new PyObject[positional.length + kw.size()];
        System.arraycopy(positional, 0, all, 0, positional.length);
        String[] names = new String[kw.size()];
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : kw.map().entrySet()) {
            names[i] = ((PyStr) e.getKey()).value;
            all[positional.length + i] = e.getValue();
            i++;
        }
        return callable.call(all, names);
    }

    static PyObject subscript(PyObject container, PyObject key) {
        // A metaclass's __getitem__ (Color['RED'] on an enum) comes before __class_getitem__, as in CPython.
        if (container instanceof PyType t && t.type().lookup("__getitem__") == null) {
            PyObject classGetItem = t.lookup("__class_getitem__");
            if (classGetItem instanceof PyFunction fn) {
                return fn.call(t, key); // an implicit classmethod
            }
            if (classGetItem != null) {
                return classGetItem.descrGet(null, t).call(key);
            }
            if (t.type() != PyType.TYPE) {
                return t.getItem(key);
            }
            // list[int], dict[str, int], deque[str] … (types.GenericAlias), mostly seen in annotations. CPython
            // refuses this for classes without __class_getitem__; LoopLab's library classes do not all define it.
            return new GenericAlias(t, key);
        }
        return container.getItem(key);
    }

    static void listExtend(PyList list, PyObject iterable) {
        if (!(iterable instanceof PyList) && !(iterable instanceof PyTuple) && iterable.type().lookup("__iter__") == null
                && !(iterable instanceof PyIterator) && !(iterable instanceof PyGenerator) && !(iterable instanceof PyStr)
                && !(iterable instanceof PyBytes)
                && !(iterable instanceof PyDict) && !(iterable instanceof PySet) && !(iterable instanceof PyRange)) {
            throw Errors.typeError("Value after * must be an iterable, not " + iterable.type().name());
        }
        list.extend(iterable);
    }

    static void dictUpdate(PyDict dict, PyObject other, boolean merge, PyObject function) {
        if (other instanceof PyDict d) {
            for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
                if (merge) {
                    checkKeyword(e.getKey(), function);
                    if (dict.get(e.getKey()) != null) {
                        throw Errors.typeError(functionName(function) + " got multiple values for keyword argument '"
                                + e.getKey().str() + "'");
                    }
                }
                dict.put(e.getKey(), e.getValue());
            }
            return;
        }
        PyObject keys = other.lookupAttr("keys");
        if (keys == null) {
            throw Errors.typeError(merge ? functionName(function) + " argument after ** must be a mapping, not "
                    + other.type().name() : "'" + other.type().name() + "' object is not a mapping");
        }
        PyObject it = Ops.iter(keys.call());
        for (PyObject k = it.next(); k != null; k = it.next()) {
            dict.put(k, other.getItem(k));
        }
    }

    private static void checkKeyword(PyObject key, PyObject function) {
        if (!(key instanceof PyStr)) {
            throw Errors.typeError("keywords must be strings");
        }
    }

    private static String functionName(PyObject function) {
        if (function instanceof PyFunction fn) {
            return fn.qualname() + "()";
        }
        if (function instanceof PyBuiltinFunction b) {
            return b.name() + "()";
        }
        if (function instanceof PyType t) {
            return t.name() + "()";
        }
        return "function";
    }

    static PyObject[] unpack(PyObject seq, int n) {
        PyObject[] items;
        // As CPython's UNPACK_SEQUENCE: exact tuples and lists directly, anything else (subclasses too) iterates.
        if (seq.getClass() == PyTuple.class) {
            items = ((PyTuple) seq).items;
        } else if (seq.getClass() == PyList.class && ((PyList) seq).size() == n) {
            return ((PyList) seq).toArray();
        } else {
            PyObject it;
            try {
                it = Ops.iter(seq);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
                }
                throw e;
            }
            List<PyObject> got = new ArrayList<>(n);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                got.add(x);
                if (got.size() > n) {
                    throw Errors.valueError("too many values to unpack (expected " + n + ")");
                }
            }
            items = got.toArray(new PyObject[0]);
        }
        if (items.length < n) {
            throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        if (items.length > n) {
            throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        return items;
    }

    static int unpackEx(PyObject seq, int before, int after, PyObject[] stack, int sp) {
        List<PyObject> items;
        try {
            items = Sequences.toList(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
        if (items.size() < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + items.size() + ")");
        }
        int middleEnd = items.size() - after;
        for (int i = items.size() - 1; i >= middleEnd; i--) {
            stack[sp++] = items.get(i);
        }
        stack[sp++] = new PyList(items.subList(before, middleEnd));
        for (int i = before - 1; i >= 0; i--) {
            stack[sp++] = items.get(i);
        }
        return sp;
    }

    /** RAISE_VARARGS: builds the exception to raise (instantiating classes, attaching the cause). */
    static PyBaseException prepareRaise(Frame f, PyObject[] stack, int sp, int argc) {
        if (argc == 0) {
            PyBaseException handled = f.currentlyHandled();
            if (handled == null) {
                throw Errors.runtimeError("No active exception to reraise");
            }
            return handled;
        }
        PyObject causeObj = argc == 2 ? stack[sp - 1] : null;
        PyBaseException exc = instantiate(stack[sp - argc]);
        if (argc == 2) {
            if (causeObj == PyNone.NONE) {
                exc.cause = null;
            } else {
                PyBaseException cause = instantiate(causeObj);
                exc.cause = cause;
            }
            exc.suppressContext = true;
        }
        PyBaseException handled = f.currentlyHandled();
        if (handled != exc && exc.context == null) {
            exc.context = handled;
        }
        return exc;
    }

    static PyBaseException instantiate(PyObject o) {
        if (o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            o = t.call();
        }
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    static boolean exceptionMatches(PyBaseException exc, PyObject type) {
        if (type instanceof PyType t) {
            if (!t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return exc.type().isSubtypeOf(t);
        }
        if (type instanceof PyTuple tuple) {
            for (PyObject t : tuple.items) {
                if (exceptionMatches(exc, t)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** BEFORE_WITH: returns {bound __exit__, result of __enter__} (for async: __aexit__ and __aenter__()). */
    static PyObject[] beforeWith(PyObject manager, boolean async) {
        PyType type = manager.type();
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        PyObject enter = type.lookup(enterName);
        PyObject exit = type.lookup(exitName);
        if (enter == null || exit == null) {
            String what = async ? "asynchronous context manager" : "context manager";
            if (enter == null && type.lookup(async ? "__enter__" : "__aenter__") != null) {
                throw Errors.typeError("'" + type.name() + "' object does not support the " + what
                        + " protocol (missed " + exitName + " method)");
            }
            throw Errors.typeError("'" + type.name() + "' object does not support the " + what + " protocol");
        }
        PyObject boundExit = exit.descrGet(manager, type);
        PyObject entered = Calls.callMethod(enter, manager, new PyObject[0], Args.NO_KEYWORDS);
        return new PyObject[] {boundExit, entered};
    }
}
