package looplab.vm;

import static looplab.vm.BuiltinMethods.attribute;
import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.noArguments;
import static looplab.vm.BuiltinMethods.oneArgument;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The methods and attributes of int and float (bool inherits int's). */
final class NumberMethods {
    private NumberMethods() {
    }

    static void install() {
        installInt();
        installFloat();
        installOperators(PyInt.TYPE);
        installOperators(PyFloat.TYPE);
    }

    /** The dunder methods behind the operators, so (-7).__abs__() and int.__add__ work as in CPython. */
    private static void installOperators(PyType t) {
        String name = t.name();
        for (BinaryOp op : BinaryOp.values()) {
            if (op == BinaryOp.MATMUL) {
                continue;
            }
            define(t, op.dunder, (a, k) -> a[0].binaryOp(op, oneArgument(name + "." + op.dunder, a, k), false));
            define(t, op.reflectedDunder, (a, k) -> a[0].binaryOp(op,
                    oneArgument(name + "." + op.reflectedDunder, a, k), true));
        }
        for (CompareOp op : CompareOp.values()) {
            String dunder = "__" + op.name().toLowerCase(java.util.Locale.ROOT) + "__";
            define(t, dunder, (a, k) -> a[0].richCompare(oneArgument(name + "." + dunder, a, k), op));
        }
        define(t, "__abs__", (a, k) -> Builtins.abs(a[0]));
        define(t, "__neg__", (a, k) -> a[0].negative());
        define(t, "__pos__", (a, k) -> a[0].positive());
        define(t, "__bool__", (a, k) -> PyBool.of(a[0].isTrue()));
        define(t, "__hash__", (a, k) -> PyInt.of(a[0].hash()));
        define(t, "__repr__", (a, k) -> PyStr.of(a[0].repr()));
        define(t, "__str__", (a, k) -> PyStr.of(a[0].str()));
        define(t, "__format__", (a, k) -> PyStr.of(Formatting.format(a[0],
                ((PyStr) oneArgument(name + ".__format__", a, k)).value)));
        define(t, "__round__", (a, k) -> NumericBuiltins.round(new PyObject[] {a[0],
                a.length > 1 ? a[1] : null}));
        define(t, "__trunc__", (a, k) -> truncate(a[0]));
        define(t, "__int__", (a, k) -> truncate(a[0]));
    }

    /** int(x) for an int or a float: toward zero. */
    static PyInt truncate(PyObject x) {
        if (x instanceof PyInt i) {
            return plain(i);
        }
        double d = ((PyFloat) x).value;
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    private static PyInt intSelf(PyObject[] a) {
        return (PyInt) a[0];
    }

    private static double floatSelf(PyObject[] a) {
        return ((PyFloat) a[0]).value;
    }

    /** int(self): bool's attributes and methods answer plain ints, as CPython. */
    private static PyInt plain(PyObject o) {
        return PyInt.of(((PyInt) o).bigValue());
    }

    private static void installInt() {
        PyType t = PyInt.TYPE;
        define(t, "bit_length", (a, k) -> {
            noArguments("int.bit_length", a, k);
            return PyInt.of(intSelf(a).bigValue().abs().bitLength());
        });
        define(t, "bit_count", (a, k) -> {
            noArguments("int.bit_count", a, k);
            return PyInt.of(intSelf(a).bigValue().abs().bitCount());
        });
        define(t, "as_integer_ratio", (a, k) -> {
            noArguments("int.as_integer_ratio", a, k);
            return new PyTuple(plain(a[0]), PyInt.of(1));
        });
        define(t, "conjugate", (a, k) -> {
            noArguments("int.conjugate", a, k);
            return plain(a[0]);
        });
        define(t, "__index__", (a, k) -> plain(a[0]));
        define(t, "__float__", (a, k) -> PyFloat.of(intSelf(a).doubleValue()));
        attribute(t, "real", NumberMethods::plain);
        attribute(t, "imag", o -> PyInt.of(0));
        attribute(t, "numerator", NumberMethods::plain);
        attribute(t, "denominator", o -> PyInt.of(1));
    }

    private static void installFloat() {
        PyType t = PyFloat.TYPE;
        define(t, "is_integer", (a, k) -> {
            noArguments("float.is_integer", a, k);
            double d = floatSelf(a);
            return PyBool.of(!Double.isInfinite(d) && d == Math.rint(d));
        });
        define(t, "as_integer_ratio", (a, k) -> {
            noArguments("float.as_integer_ratio", a, k);
            return integerRatio(floatSelf(a));
        });
        define(t, "conjugate", (a, k) -> {
            noArguments("float.conjugate", a, k);
            return a[0];
        });
        define(t, "hex", (a, k) -> {
            noArguments("float.hex", a, k);
            return PyStr.of(hex(floatSelf(a)));
        });
        define(t, "__float__", (a, k) -> a[0]);
        attribute(t, "real", o -> o);
        attribute(t, "imag", o -> PyFloat.of(0.0));
    }

    /** The exact value of a double as a reduced fraction. */
    static PyTuple integerRatio(double d) {
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal exact = new BigDecimal(d);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.ONE;
        if (exact.scale() > 0) {
            denominator = BigInteger.TEN.pow(exact.scale());
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger g = numerator.gcd(denominator);
        return new PyTuple(PyInt.of(numerator.divide(g)), PyInt.of(denominator.divide(g)));
    }

    /** float.hex: 0x1.<13 hex digits>p<exponent>, subnormals as 0x0.<digits>p-1022. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        double m = Math.abs(d);
        if (m == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(m);
        long mantissa = bits & 0xfffffffffffffL;
        int exponent = (int) (bits >>> 52);
        String digits = String.format("%013x", mantissa);
        if (exponent == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exponent - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }
}
