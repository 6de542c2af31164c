package looplab.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * The builtins module: functions such as print and len, the builtin classes and exceptions. Each function is a
 * small method here; the classes' constructors live in {@link Constructors} and their methods in the *Methods
 * classes.
 */
public final class Builtins {
    public static final PyObject ELLIPSIS = new PyObject() {
        private final PyType type = PyType.builtin("ellipsis", PyObject.class);

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return "Ellipsis";
        }
    };

    private Builtins() {
    }

    static void install(Interpreter interp) {
        Constructors.install();
        ExceptionGroups.install();
        BuiltinTypes.install();
        var b = interp.builtins;
        for (PyType t : List.of(PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBytes.TYPE, PyBool.TYPE, PyList.TYPE, PyTuple.TYPE,
                PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyType.OBJECT, PyType.TYPE, PyRange.TYPE, PySlice.TYPE,
                Descriptors.PROPERTY, Descriptors.STATICMETHOD, Descriptors.CLASSMETHOD, Descriptors.SUPER,
                Iterators.ENUMERATE, Iterators.ZIP, Iterators.MAP, Iterators.FILTER, Iterators.REVERSED)) {
            b.put(t.name(), t);
        }
        ExceptionTypes.ALL.forEach(b::put);
        b.put("None", PyNone.NONE);
        b.put("True", PyBool.TRUE);
        b.put("False", PyBool.FALSE);
        b.put("NotImplemented", PyNotImplemented.INSTANCE);
        b.put("Ellipsis", ELLIPSIS);
        b.put("__name__", PyStr.of("builtins"));
        function(b, "print", (a, k) -> print(interp, a, k));
        function(b, "len", (a, k) -> {
            Args.exactly("len", a, k, 1);
            return PyInt.of(a[0].len());
        });
        function(b, "repr", (a, k) -> {
            Args.exactly("repr", a, k, 1);
            return PyStr.of(a[0].repr());
        });
        function(b, "ascii", (a, k) -> {
            Args.exactly("ascii", a, k, 1);
            return PyStr.of(ascii(a[0].repr()));
        });
        function(b, "isinstance", (a, k) -> {
            Args.exactly("isinstance", a, k, 2);
            return PyBool.of(Ops.isInstance(a[0], a[1]));
        });
        function(b, "issubclass", (a, k) -> {
            Args.exactly("issubclass", a, k, 2);
            return PyBool.of(isSubclass(a[0], a[1]));
        });
        function(b, "abs", (a, k) -> {
            Args.exactly("abs", a, k, 1);
            return abs(a[0]);
        });
        function(b, "hash", (a, k) -> {
            Args.exactly("hash", a, k, 1);
            return PyInt.of(a[0].hash());
        });
        function(b, "id", (a, k) -> {
            Args.exactly("id", a, k, 1);
            return PyInt.of(System.identityHashCode(a[0]));
        });
        function(b, "callable", (a, k) -> {
            Args.exactly("callable", a, k, 1);
            return PyBool.of(isCallable(a[0]));
        });
        function(b, "iter", (a, k) -> iter(a, k));
        function(b, "next", (a, k) -> next(a, k));
        function(b, "aiter", (a, k) -> {
            Args.exactly("aiter", a, k, 1);
            return Calls.callMethod(a[0], "__aiter__");
        });
        function(b, "anext", (a, k) -> {
            Args.range("anext", a, k, 1, 2);
            if (a.length == 2) {
                // The awaitable that turns StopAsyncIteration into the default is a coroutine, written in Python.
                return interp.modules.load("_asyncbuiltins").getAttr("anext_default").call(a[0], a[1]);
            }
            return Calls.callMethod(a[0], "__anext__");
        });
        function(b, "getattr", (a, k) -> getattr(a, k));
        function(b, "aiter", (a, k) -> {
            Args.exactly("aiter", a, k, 1);
            return Awaiting.aiter(a[0]);
        });
        function(b, "anext", (a, k) -> {
            Args.range("anext", a, k, 1, 2);
            PyObject step = Awaiting.anext(a[0]);
            return a.length == 2 ? new AnextDefault((Delegate) step, a[1]) : step;
        });
        function(b, "setattr", (a, k) -> {
            Args.exactly("setattr", a, k, 3);
            a[0].setAttr(attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        function(b, "delattr", (a, k) -> {
            Args.exactly("delattr", a, k, 2);
            a[0].delAttr(attrName(a[1]));
            return PyNone.NONE;
        });
        function(b, "hasattr", (a, k) -> {
            Args.exactly("hasattr", a, k, 2);
            return PyBool.of(a[0].lookupAttr(attrName(a[1])) != null);
        });
        function(b, "format", (a, k) -> {
            Args.range("format", a, k, 1, 2);
            return PyStr.of(Formatting.format(a[0], a.length > 1 ? ((PyStr) a[1]).value : ""));
        });
        function(b, "vars", (a, k) -> {
            Args.exactly("vars", a, k, 1);
            PyDict d = a[0].instanceDict();
            if (d == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        function(b, "chr", (a, k) -> {
            Args.exactly("chr", a, k, 1);
            PyInt i = Ops.index(a[0]);
            if (i.isBig() || i.value < 0 || i.value > 0x10FFFF) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.of(new String(Character.toChars((int) i.value)));
        });
        function(b, "ord", (a, k) -> {
            Args.exactly("ord", a, k, 1);
            if (!(a[0] instanceof PyStr s) || s.codePointLength() != 1) {
                int n = a[0] instanceof PyStr s2 ? s2.codePointLength() : -1;
                throw Errors.typeError(n < 0 ? "ord() expected string of length 1, but " + a[0].type().name() + " found"
                        : "ord() expected a character, but string of length " + n + " found");
            }
            return PyInt.of(s.value.codePointAt(0));
        });
        function(b, "dir", (a, k) -> a.length == 0 ? scopeNames(interp) : dir(a));
        function(b, "globals", (a, k) -> globalsOf(interp));
        function(b, "locals", (a, k) -> globalsOf(interp));
        function(b, "input", (a, k) -> {
            throw Errors.raise(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        });
        for (String refused : List.of("open", "eval", "exec", "compile", "__import__", "breakpoint", "help", "exit", "quit")) {
            function(b, refused, (a, k) -> {
                if (refused.equals("exit") || refused.equals("quit")) {
                    throw new PyBaseException(ExceptionTypes.SYSTEM_EXIT, Args.positional(a, k)).toThrowable();
                }
                throw Errors.raise(ExceptionTypes.PERMISSION_ERROR, refused + "() is not available: LoopLab runs programs"
                        + " in a sandbox without files, code evaluation or imports by name");
            });
        }
        NumericBuiltins.install(b);
        IterationBuiltins.install(b);
    }

    static void function(java.util.Map<String, PyObject> b, String name, PyBuiltinFunction.Body body) {
        b.put(name, new PyBuiltinFunction(name, body));
    }

    private static PyObject print(Interpreter interp, PyObject[] args, String[] kwnames) {
        int npos = args.length - kwnames.length;
        String sep = " ";
        String end = "\n";
        PyObject file = null;
        for (int i = 0; i < kwnames.length; i++) {
            PyObject v = args[npos + i];
            switch (kwnames[i]) {
                case "sep" -> sep = v == PyNone.NONE ? " " : strArg("sep", v);
                case "end" -> end = v == PyNone.NONE ? "\n" : strArg("end", v);
                case "file" -> file = v;
                case "flush" -> { }
                default -> throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                out.append(sep);
            }
            out.append(args[i].str());
        }
        out.append(end);
        if (file != null && file != PyNone.NONE) {
            PyObject write = file.lookupAttr("write");
            if (write == null) {
                throw Errors.attributeError("'" + file.type().name() + "' object has no attribute 'write'");
            }
            write.call(PyStr.of(out.toString()));
        } else {
            interp.write(false, out.toString());
        }
        return PyNone.NONE;
    }

    private static String strArg(String name, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(name + " must be None or a string, not " + v.type().name());
        }
        return s.value;
    }

    /** ascii(): repr with non-ASCII characters escaped. */
    static String ascii(String repr) {
        StringBuilder b = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                b.append((char) cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        return b.toString();
    }

    static boolean isSubclass(PyObject cls, PyObject classInfo) {
        if (!(cls instanceof PyType t)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        if (classInfo instanceof PyTuple || classInfo instanceof UnionType) {
            PyObject[] classes = classInfo instanceof UnionType u ? u.classes("issubclass") : ((PyTuple) classInfo).items;
            for (PyObject c : classes) {
                if (isSubclass(t, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(classInfo instanceof PyType other)) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (t.isSubtypeOf(other)) {
            return true;
        }
        // A metaclass's __subclasscheck__ (abc.ABCMeta: registered classes, __subclasshook__).
        PyObject hook = other.metaHook("__subclasscheck__");
        return hook != null && Calls.callMethod(hook, other, new PyObject[] {t}, Args.NO_KEYWORDS).isTrue();
    }

    static PyObject abs(PyObject x) {
        if (x instanceof PyInt i) {
            return i.signum() < 0 ? i.negative() : PyInt.of(i.bigValue()).positive();
        }
        if (x instanceof PyFloat f) {
            return PyFloat.of(Math.abs(f.value));
        }
        PyObject m = x.type().lookup("__abs__");
        if (m != null) {
            return Calls.callMethod(m, x, new PyObject[0], Args.NO_KEYWORDS);
        }
        throw Errors.typeError("bad operand type for abs(): '" + x.type().name() + "'");
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod || o instanceof PyType
                || o.type().lookup("__call__") != null;
    }

    private static PyObject iter(PyObject[] a, String[] k) {
        Args.range("iter", a, k, 1, 2);
        if (a.length == 2) {
            return Iterators.callableIterator(a[0], a[1]);
        }
        return Ops.iter(a[0]);
    }

    private static PyObject next(PyObject[] a, String[] k) {
        Args.range("next", a, k, 1, 2);
        PyObject it = a[0];
        if (!(it instanceof PyIterator) && !(it instanceof PyGenerator) && it.type().lookup("__next__") == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        if (it instanceof PyInstance) {
            PyObject m = it.type().lookup("__next__");
            try {
                return Calls.callMethod(m, it, new PyObject[0], Args.NO_KEYWORDS);
            } catch (PyException e) {
                if (a.length == 2 && e.matches(ExceptionTypes.STOP_ITERATION)) {
                    return a[1];
                }
                throw e;
            }
        }
        PyObject v = it.next();
        if (v == null) {
            if (a.length == 2) {
                return a[1];
            }
            throw Errors.stopIteration(it instanceof PyGenerator g ? g.returnValue() : PyNone.NONE);
        }
        return v;
    }

    private static PyObject getattr(PyObject[] a, String[] k) {
        Args.range("getattr", a, k, 2, 3);
        String name = attrName(a[1]);
        PyObject v;
        try {
            v = a[0].lookupAttr(name);
        } catch (PyException e) {
            if (a.length == 3 && e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return a[2];
            }
            throw e;
        }
        if (v == null) {
            if (a.length == 3) {
                return a[2];
            }
            throw Errors.noAttribute(a[0], name);
        }
        return v;
    }

    private static String attrName(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        return s.value;
    }

    private static PyObject dir(PyObject[] a) {
        List<String> names = new ArrayList<>();
        if (a.length == 1) {
            PyObject o = a[0];
            if (o instanceof PyInstance inst) {
                names.addAll(inst.attributes().keySet());
            }
            if (o instanceof PyModule m) {
                names.addAll(m.dict.keySet());
            }
            PyType t = o instanceof PyType ty ? ty : o.type();
            for (PyType c : t.mro()) {
                names.addAll(c.dict().keySet());
            }
        }
        List<PyObject> out = names.stream().distinct().sorted().map(s -> (PyObject) PyStr.of(s)).toList();
        return new PyList(new ArrayList<>(out));
    }

    /** dir() with no argument: the names of the calling scope, sorted. */
    private static PyObject scopeNames(Interpreter interp) {
        Frame f = interp.currentFrame();
        List<String> names = new ArrayList<>();
        if (f != null && f.names != null) {
            names.addAll(f.names.keySet());
        } else if (f != null) {
            for (int i = 0; i < f.locals.length; i++) {
                if (f.locals[i] != null) {
                    names.add(f.code.varnames[i]);
                }
            }
        }
        List<PyObject> out = names.stream().sorted().map(s -> (PyObject) PyStr.of(s)).toList();
        return new PyList(new ArrayList<>(out));
    }

    private static PyObject globalsOf(Interpreter interp) {
        Frame f = interp.currentFrame();
        PyDict d = new PyDict();
        if (f != null) {
            f.globals.forEach((k, v) -> d.put(PyStr.of(k), v));
        }
        return d;
    }
}
