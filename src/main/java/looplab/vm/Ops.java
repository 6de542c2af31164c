package looplab.vm;

/**
 * The abstract object protocol (CPython's Objects/abstract.c): operators with reflected fallbacks, comparisons,
 * repr/str, hashing and iteration, with fast paths for the common builtin types.
 */
public final class Ops {
    private Ops() {
    }

    public static PyObject binary(BinaryOp op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            switch (op) {
                case ADD:
                    return IntMath.add(x, y);
                case SUB:
                    return IntMath.sub(x, y);
                case MUL:
                    return IntMath.mul(x, y);
                default:
                    return IntMath.apply(op, x, y);
            }
        }
        PyType ta = a.type();
        PyType tb = b.type();
        // As in CPython: a right operand whose type is a subclass of the left's gets the first try.
        if (ta != tb && tb.isSubtypeOf(ta) && !tb.isBuiltin()) {
            PyObject r = b.binaryOp(op, a, true);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            r = a.binaryOp(op, b, false);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            throw unsupported(op, a, b);
        }
        PyObject r = a.binaryOp(op, b, false);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (ta != tb || !ta.isBuiltin()) {
            r = b.binaryOp(op, a, true);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw unsupported(op, a, b);
    }

    private static PyException unsupported(BinaryOp op, PyObject a, PyObject b) {
        if (op == BinaryOp.ADD && a instanceof PyStr) {
            return Errors.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
        }
        if (op == BinaryOp.ADD && a instanceof PyList) {
            return Errors.typeError("can only concatenate list (not \"" + b.type().name() + "\") to list");
        }
        if (op == BinaryOp.ADD && a instanceof PyTuple) {
            return Errors.typeError("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
        }
        if (op == BinaryOp.MUL && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + b.type().name() + "'");
        }
        if (op == BinaryOp.MUL && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)) {
            // As CPython: the sequence's repeat is tried last and complains about the other operand.
            return Errors.typeError("can't multiply sequence by non-int of type '" + a.type().name() + "'");
        }
        if (op == BinaryOp.POW) {
            return Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name() + "' and '"
                    + b.type().name() + "'");
        }
        return Errors.unsupported(op.symbol, a, b);
    }

    public static PyObject inplace(BinaryOp op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return binary(op, a, b);
        }
        PyObject r = a.inplaceOp(op, b);
        if (r != null && r != PyNotImplemented.INSTANCE) {
            return r;
        }
        return binary(op, a, b);
    }

    // ---- comparison ---------------------------------------------------------------------------------------

    /**
     * The evaluation loop's fast path for comparing two ints that fit a long (op is a {@link CompareOp} ordinal):
     * True or False, or null when the general path is needed. Exact class tests keep bool out.
     */
    static PyObject compareSmallInts(int op, PyObject a, PyObject b) {
        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class) {
            return null;
        }
        PyInt x = (PyInt) a;
        PyInt y = (PyInt) b;
        if (x.big != null || y.big != null) {
            return null;
        }
        long p = x.value;
        long q = y.value;
        boolean holds = switch (op) {
            case 0 -> p < q;
            case 1 -> p <= q;
            case 2 -> p == q;
            case 3 -> p != q;
            case 4 -> p > q;
            default -> p >= q;
        };
        return holds ? PyBool.TRUE : PyBool.FALSE;
    }

    public static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyInt x && b instanceof PyInt y && !(a instanceof SubclassInstance)
                && !(b instanceof SubclassInstance)) {
            return PyBool.of(op.holds(x.compareTo(y)));
        }
        PyType ta = a.type();
        PyType tb = b.type();
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && !tb.isBuiltin();
        if (reflectedFirst) {
            PyObject r = b.richCompare(a, op.reflected());
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyObject r = a.richCompare(b, op);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!reflectedFirst) {
            r = b.richCompare(a, op.reflected());
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (op == CompareOp.EQ) {
            return PyBool.of(a == b);
        }
        if (op == CompareOp.NE) {
            return PyBool.of(a != b);
        }
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name() + "' and '"
                + tb.name() + "'");
    }

    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return ((PyStr) a).value.equals(((PyStr) b).value);
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return ((PyInt) a).compareTo((PyInt) b) == 0;
        }
        return compare(a, b, CompareOp.EQ).isTrue();
    }

    public static boolean lessThan(PyObject a, PyObject b) {
        return compare(a, b, CompareOp.LT).isTrue();
    }

    // ---- text ---------------------------------------------------------------------------------------------

    public static String repr(PyObject o) {
        return o.repr();
    }

    public static String str(PyObject o) {
        return o.str();
    }

    // ---- hashing, truth -----------------------------------------------------------------------------------

    public static long hash(PyObject o) {
        return o.hash();
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        return o.isTrue();
    }

    // ---- iteration ----------------------------------------------------------------------------------------

    public static PyObject iter(PyObject o) {
        return o.iter();
    }

    /** The next item, or null at the end. */
    public static PyObject next(PyObject iterator) {
        return iterator.next();
    }

    // ---- type checks --------------------------------------------------------------------------------------

    /** isinstance with a class or a tuple of classes. */
    public static boolean isInstance(PyObject obj, PyObject classInfo) {
        if (classInfo instanceof PyType t) {
            if (obj.type().isSubtypeOf(t)) {
                return true;
            }
            // A metaclass's __instancecheck__ (abc.ABCMeta: registered classes, __subclasshook__).
            PyObject hook = t.metaHook("__instancecheck__");
            return hook != null && Calls.callMethod(hook, t, new PyObject[] {obj}, Args.NO_KEYWORDS).isTrue();
        }
        if (classInfo instanceof PyTuple || classInfo instanceof UnionType) {
            PyObject[] classes = classInfo instanceof UnionType u ? u.classes("isinstance") : ((PyTuple) classInfo).items;
            for (PyObject c : classes) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** An int-like index (int, bool, or an object with __index__). */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = o.type().lookup("__index__");
        if (m != null) {
            PyObject r = Calls.callMethod(m, o, new PyObject[0], Args.NO_KEYWORDS);
            if (r instanceof PyInt i) {
                return i;
            }
        }
        throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        PyObject m = o.type().lookup("__float__");
        if (m != null) {
            PyObject r = Calls.callMethod(m, o, new PyObject[0], Args.NO_KEYWORDS);
            if (r instanceof PyFloat f) {
                return f.value;
            }
        }
        throw Errors.typeError("must be real number, not " + o.type().name());
    }
}
