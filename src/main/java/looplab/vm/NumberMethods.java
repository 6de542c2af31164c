package looplab.vm;

import static looplab.vm.BuiltinMethods.attribute;
import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.noArguments;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The methods and attributes of int and float (bool inherits int's). */
final class NumberMethods {
    private NumberMethods() {
    }

    static void install() {
        installInt();
        installFloat();
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
        define(t, "__int__", (a, k) -> plain(a[0]));
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
