package looplab.vm;

import java.util.Map;

import looplab.vm.format.FormatError;
import looplab.vm.format.Rounding;

/** round, divmod, pow, sum, bin, oct and hex. */
final class NumericBuiltins {
    private NumericBuiltins() {
    }

    static void install(Map<String, PyObject> b) {
        Builtins.function(b, "round", (a, k) -> round(Args.bind("round", a, k, 1, "number", "ndigits")));
        Builtins.function(b, "divmod", (a, k) -> {
            Args.exactly("divmod", a, k, 2);
            return divmod(a[0], a[1]);
        });
        Builtins.function(b, "pow", (a, k) -> {
            PyObject[] p = Args.bind("pow", a, k, 2, "base", "exp", "mod");
            if (p[2] != null && p[2] != PyNone.NONE) {
                if (!(p[0] instanceof PyInt x && p[1] instanceof PyInt y && p[2] instanceof PyInt m)) {
                    throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                return IntMath.modPow(x, y, m);
            }
            return Ops.binary(BinaryOp.POW, p[0], p[1]);
        });
        Builtins.function(b, "bin", (a, k) -> {
            Args.exactly("bin", a, k, 1);
            return PyStr.of(withPrefix(Ops.index(a[0]), 2, "0b"));
        });
        Builtins.function(b, "oct", (a, k) -> {
            Args.exactly("oct", a, k, 1);
            return PyStr.of(withPrefix(Ops.index(a[0]), 8, "0o"));
        });
        Builtins.function(b, "hex", (a, k) -> {
            Args.exactly("hex", a, k, 1);
            return PyStr.of(withPrefix(Ops.index(a[0]), 16, "0x"));
        });
        Builtins.function(b, "sum", (a, k) -> {
            PyObject[] p = Args.bind("sum", a, k, 1, "iterable", "start");
            return sum(p[0], p[1] == null ? PyInt.of(0) : p[1]);
        });
    }

    /** bin, oct and hex: the sign goes before the prefix (-0b1100). */
    static String withPrefix(PyInt i, int radix, String prefix) {
        java.math.BigInteger v = i.bigValue();
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }

    static PyObject round(PyObject[] p) {
        PyObject x = p[0];
        PyObject nd = p[1] == null ? PyNone.NONE : p[1];
        try {
            if (x instanceof PyFloat f) {
                if (nd == PyNone.NONE) {
                    return PyInt.of(Rounding.roundToInt(f.value));
                }
                return PyFloat.of(Rounding.round(f.value, Ops.index(nd).intValue()));
            }
        } catch (FormatError e) {
            throw Errors.raise(ExceptionTypes.ALL.getOrDefault(e.pythonType(), ExceptionTypes.VALUE_ERROR), e.getMessage());
        }
        if (x instanceof PyInt i) {
            if (nd == PyNone.NONE) {
                return PyInt.of(i.bigValue());
            }
            return roundInt(i, Ops.index(nd));
        }
        PyObject m = x.type().lookup("__round__");
        if (m != null) {
            return nd == PyNone.NONE ? Calls.callMethod(m, x, new PyObject[0], Args.NO_KEYWORDS)
                    : Calls.callMethod(m, x, new PyObject[] {nd}, Args.NO_KEYWORDS);
        }
        throw Errors.typeError("type " + x.type().name() + " doesn't define __round__ method");
    }

    /** round(int, -n): to a multiple of 10**n, ties to even. */
    private static PyObject roundInt(PyInt i, PyInt ndigits) {
        if (ndigits.signum() >= 0) {
            return PyInt.of(i.bigValue());
        }
        java.math.BigInteger pow = java.math.BigInteger.TEN.pow((int) Math.min(-ndigits.value, 10000));
        java.math.BigDecimal d = new java.math.BigDecimal(i.bigValue()).divide(new java.math.BigDecimal(pow));
        java.math.BigInteger q = d.setScale(0, java.math.RoundingMode.HALF_EVEN).toBigInteger();
        return PyInt.of(q.multiply(pow));
    }

    static PyObject divmod(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return new PyTuple(IntMath.floorDiv(x, y), IntMath.mod(x, y));
        }
        if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            double x = Ops.toDouble(a);
            double y = Ops.toDouble(b);
            if (y == 0) {
                throw Errors.zeroDivision("float divmod()");
            }
            return new PyTuple(PyFloat.of(PyFloat.floorDiv(x, y)), PyFloat.of(PyFloat.mod(x, y)));
        }
        PyObject m = a.type().lookup("__divmod__");
        if (m != null) {
            return Calls.callMethod(m, a, new PyObject[] {b}, Args.NO_KEYWORDS);
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject total = start;
        PyObject it = Ops.iter(iterable);
        double fsum = 0;
        boolean floatMode = false;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (total instanceof PyFloat f && (x instanceof PyFloat || x instanceof PyInt) && !floatMode) {
                floatMode = true;
                fsum = f.value;
            }
            if (floatMode && (x instanceof PyFloat || x instanceof PyInt && !(x instanceof PyBool))) {
                fsum += Ops.toDouble(x);
                total = null;
                continue;
            }
            if (floatMode) {
                total = PyFloat.of(fsum);
                floatMode = false;
            }
            total = Ops.binary(BinaryOp.ADD, total, x);
        }
        return floatMode ? PyFloat.of(fsum) : total;
    }
}
