package looplab.vm;

import java.math.BigInteger;

import looplab.vm.format.FormatError;
import looplab.vm.format.NumberParsing;
import looplab.vm.format.Rounding;

/** What calling a builtin class does: int('7'), str(x), list(iterable), dict(a=1) … */
final class Constructors {
    private Constructors() {
    }

    static void install() {
        PyInt.TYPE.factory((t, a, k) -> {
            PyInt n = (PyInt) toInt(Args.bind("int", a, k, 0, "x", "base"));
            return t == PyInt.TYPE ? n : new SubclassInstances.OfInt(t, n);
        });
        PyBool.TYPE.factory((t, a, k) -> {
            Args.range("bool", a, k, 0, 1);
            return PyBool.of(a.length == 1 && Ops.isTrue(a[0]));
        });
        PyFloat.TYPE.factory((t, a, k) -> {
            Args.range("float", a, k, 0, 1);
            PyFloat x = a.length == 0 ? PyFloat.of(0.0) : (PyFloat) toFloat(a[0]);
            return t == PyFloat.TYPE ? x : new SubclassInstances.OfFloat(t, x.value);
        });
        PyStr.TYPE.factory((t, a, k) -> {
            PyObject[] b = Args.bind("str", a, k, 0, "object", "encoding", "errors");
            if (b[1] != null || b[2] != null) {
                PyStr decoded = decodedStr(b);
                return t == PyStr.TYPE ? decoded : new SubclassInstances.OfStr(t, decoded.str());
            }
            String s = b[0] == null ? "" : b[0].str();
            return t == PyStr.TYPE ? PyStr.of(s) : new SubclassInstances.OfStr(t, s);
        });
        PyBytes.TYPE.factory((t, a, k) -> BytesMethods.construct(Args.bind("bytes", a, k, 0, "source", "encoding",
                "errors")));
        PyTuple.TYPE.factory((t, a, k) -> {
            Args.range("tuple", a, k, 0, 1);
            PyObject[] items = a.length == 0 ? new PyObject[0] : Sequences.toArray(a[0]).clone();
            return t != PyTuple.TYPE ? new SubclassInstances.OfTuple(t, items)
                    : items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
        });
        PySet.FROZEN_TYPE.factory((t, a, k) -> {
            Args.range("frozenset", a, k, 0, 1);
            PySet s = t == PySet.FROZEN_TYPE ? new PySet(true) : new SubclassInstances.OfSet(t, true);
            return a.length == 0 ? s : s.addAll(Sequences.toList(a[0]));
        });
        // As list.__new__, dict.__new__ and set.__new__: a subclass's instance starts empty and its __init__
        // (the class's, or the builtin's below) fills it.
        PyList.TYPE.factory((t, a, k) -> {
            if (t != PyList.TYPE) {
                return new SubclassInstances.OfList(t);
            }
            Args.range("list", a, k, 0, 1);
            return a.length == 0 ? new PyList() : new PyList(Sequences.toList(a[0]));
        });
        PySet.TYPE.factory((t, a, k) -> {
            if (t != PySet.TYPE) {
                return new SubclassInstances.OfSet(t, false);
            }
            Args.range("set", a, k, 0, 1);
            return a.length == 0 ? new PySet(false) : new PySet(false, Sequences.toList(a[0]));
        });
        PyDict.TYPE.factory((t, a, k) -> t == PyDict.TYPE ? dict(a, k) : new SubclassInstances.OfDict(t));
        PyRange.TYPE.factory((t, a, k) -> range(a, k));
        PySlice.TYPE.factory((t, a, k) -> {
            Args.range("slice", a, k, 1, 3);
            return a.length == 1 ? new PySlice(PyNone.NONE, a[0], PyNone.NONE)
                    : new PySlice(a[0], a[1], a.length == 3 ? a[2] : PyNone.NONE);
        });
    }

    /** str(b, encoding, errors) decodes; a str with an encoding is refused as CPython refuses it. */
    private static PyStr decodedStr(PyObject[] b) {
        if (b[0] instanceof PyBytes bytes) {
            return Codecs.decode(bytes, BytesMethods.text(b[1], "utf-8", "str", 2),
                    BytesMethods.text(b[2], "strict", "str", 3));
        }
        if (b[0] instanceof PyStr) {
            throw Errors.typeError("decoding str is not supported");
        }
        throw Errors.typeError("decoding to str: need a bytes-like object, " + (b[0] == null ? "NoneType"
                : b[0].type().name()) + " found");
    }

    /**
     * The builtins class statements may derive from, with the __new__ and __init__ a subclass reaches through
     * super() or by name (tuple.__new__(cls, items), list.__init__(self, items)).
     */
    static void installSubclassing() {
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyTuple.TYPE, PyList.TYPE, PyDict.TYPE,
                PySet.TYPE, PySet.FROZEN_TYPE}) {
            t.acceptValueSubclasses().attribute("__new__", new PyBuiltinFunction("__new__", t.name() + ".__new__",
                    (a, k) -> newInstance(t, a, k)));
        }
        PyList.TYPE.method("__init__", (a, k) -> {
            Args.range("list", Args.rest(a), k, 0, 1);
            PyList self = (PyList) a[0];
            self.clear();
            if (a.length > 1) {
                self.extend(a[1]);
            }
            return PyNone.NONE;
        });
        PySet.TYPE.method("__init__", (a, k) -> {
            Args.range("set", Args.rest(a), k, 0, 1);
            PySet self = (PySet) a[0];
            self.table().clear();
            if (a.length > 1) {
                self.addAll(Sequences.toList(a[1]));
            }
            return PyNone.NONE;
        });
        PyDict.TYPE.method("__init__", (a, k) -> {
            PyDict self = (PyDict) a[0];
            PyDict items = (PyDict) dict(Args.rest(a), k);
            self.map().putAll(items.map());
            return PyNone.NONE;
        });
    }

    /** int.__new__(cls, ...), list.__new__(cls) …: an instance of cls, a subclass of the builtin t. */
    private static PyObject newInstance(PyType t, PyObject[] a, String[] k) {
        if (a.length - k.length < 1) {
            throw Errors.typeError(t.name() + ".__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType cls)) {
            throw Errors.typeError(t.name() + ".__new__(X): X is not a type object (" + a[0].type().name() + ")");
        }
        if (!cls.isSubtypeOf(t)) {
            throw Errors.typeError(t.name() + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of "
                    + t.name());
        }
        return t.factory().create(cls, Args.rest(a), k);
    }

    static PyObject toInt(PyObject[] b) {
        PyObject x = b[0];
        if (x == null) {
            return PyInt.of(0);
        }
        if (b[1] != null) {
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            return parseInt(s.value, Ops.index(b[1]).intValue());
        }
        if (x instanceof PyBool bool) {
            return PyInt.of(bool.value);
        }
        if (x instanceof PyInt i) {
            return x.getClass() == PyInt.class ? i : PyInt.of(i.bigValue()); // an int, not the subclass's instance
        }
        if (x instanceof PyFloat f) {
            return floatToInt(f.value);
        }
        if (x instanceof PyStr s) {
            return parseInt(s.value, 10);
        }
        if (x instanceof PyBytes bytes) {
            return parseInt(bytes.latin1(), 10);
        }
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject method = x.type().lookup(m);
            if (method != null) {
                return Calls.callMethod(method, x, new PyObject[0], Args.NO_KEYWORDS);
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    static PyInt floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(Rounding.toInteger(d < 0 ? Math.ceil(d) : Math.floor(d)));
    }

    private static PyObject parseInt(String text, int base) {
        try {
            BigInteger v = NumberParsing.parseInt(text, base);
            return PyInt.of(v);
        } catch (FormatError e) {
            throw Errors.raise(ExceptionTypes.ALL.getOrDefault(e.pythonType(), ExceptionTypes.VALUE_ERROR), e.getMessage());
        }
    }

    static PyObject toFloat(PyObject x) {
        if (x instanceof PyFloat f) {
            return x.getClass() == PyFloat.class ? x : PyFloat.of(f.value);
        }
        if (x instanceof PyInt i) {
            return PyFloat.of(i.doubleValue());
        }
        if (x instanceof PyStr s) {
            try {
                return PyFloat.of(NumberParsing.parseFloat(s.value));
            } catch (FormatError e) {
                throw Errors.raise(ExceptionTypes.ALL.getOrDefault(e.pythonType(), ExceptionTypes.VALUE_ERROR), e.getMessage());
            }
        }
        PyObject m = x.type().lookup("__float__");
        if (m != null) {
            return Calls.callMethod(m, x, new PyObject[0], Args.NO_KEYWORDS);
        }
        m = x.type().lookup("__index__");
        if (m != null) {
            return PyFloat.of(Ops.index(x).doubleValue());
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    private static PyObject dict(PyObject[] a, String[] k) {
        PyObject[] positional = Args.positional(a, k);
        if (positional.length > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got " + positional.length);
        }
        PyDict d = new PyDict();
        if (positional.length == 1) {
            DictMethods.update(d, positional[0]);
        }
        for (int i = 0; i < k.length; i++) {
            d.put(PyStr.of(k[i]), a[positional.length + i]);
        }
        return d;
    }

    private static PyObject range(PyObject[] a, String[] k) {
        Args.range("range", a, k, 1, 3);
        long[] v = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            PyInt n = Ops.index(a[i]);
            if (n.isBig()) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            v[i] = n.value;
        }
        return switch (a.length) {
            case 1 -> new PyRange(0, v[0], 1);
            case 2 -> new PyRange(v[0], v[1], 1);
            default -> new PyRange(v[0], v[1], v[2]);
        };
    }
}
