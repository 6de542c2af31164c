package looplab.vm.modules;

import static looplab.vm.modules.ModuleFunctions.function;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import looplab.vm.Args;
import looplab.vm.BinaryOp;
import looplab.vm.Calls;
import looplab.vm.Errors;
import looplab.vm.Interpreter;
import looplab.vm.Ops;
import looplab.vm.PyBool;
import looplab.vm.PyFloat;
import looplab.vm.PyInt;
import looplab.vm.PyModule;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyTuple;
import looplab.vm.random.CorrectlyRoundedMath;

/**
 * Python's math module. Results must equal CPython's to the last bit (programs print them), so log, exp, sin,
 * cos and pow are the correctly rounded ones C's libm gives, and sums and norms are computed exactly and
 * rounded once.
 */
public final class MathModule {
    private static final MathContext EXACT = new MathContext(60);

    private MathModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        m.add("pi", PyFloat.of(Math.PI));
        m.add("e", PyFloat.of(Math.E));
        m.add("tau", PyFloat.of(2 * Math.PI));
        m.add("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.add("nan", PyFloat.of(Double.NaN));
        installRounding(m);
        installIntegers(m);
        installExponents(m);
        installTrigonometry(m);
        installSums(m);
        installPredicates(m);
        return m;
    }

    static double real(PyObject o) {
        return Ops.toDouble(o);
    }

    private static PyObject one(String name, PyObject[] a, String[] k) {
        Args.exactly(name, a, k, 1);
        return a[0];
    }

    /** A one-argument float function; a NaN or infinite result from a finite argument is a domain/range error. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        function(m, name, (a, k) -> PyFloat.of(checked(real(one(name, a, k)), f)));
    }

    private static double checked(double x, DoubleUnaryOperator f) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    // ---- floor, ceil, trunc, fabs, copysign, fmod, modf --------------------------------------------------

    private static void installRounding(PyModule m) {
        function(m, "floor", (a, k) -> toInt(one("floor", a, k), "__floor__", Math::floor));
        function(m, "ceil", (a, k) -> toInt(one("ceil", a, k), "__ceil__", Math::ceil));
        function(m, "trunc", (a, k) -> toInt(one("trunc", a, k), "__trunc__", d -> d < 0 ? Math.ceil(d) : Math.floor(d)));
        unary(m, "fabs", Math::abs);
        function(m, "copysign", (a, k) -> {
            Args.exactly("copysign", a, k, 2);
            return PyFloat.of(Math.copySign(real(a[0]), real(a[1])));
        });
        function(m, "fmod", (a, k) -> {
            Args.exactly("fmod", a, k, 2);
            double x = real(a[0]);
            double y = real(a[1]);
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x) && !Double.isNaN(y)) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(x % y);
        });
        function(m, "modf", (a, k) -> {
            double x = real(one("modf", a, k));
            if (Double.isInfinite(x)) {
                return new PyTuple(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(PyFloat.of(Math.copySign(x - whole, x)), PyFloat.of(whole));
        });
    }

    /** floor/ceil/trunc: ints are returned as they are, floats become exact ints, others use their dunder. */
    private static PyObject toInt(PyObject x, String dunder, DoubleUnaryOperator round) {
        if (x instanceof PyInt i) {
            return PyInt.of(i.bigValue());
        }
        if (!(x instanceof PyFloat)) {
            PyObject method = x.type().lookup(dunder);
            if (method != null) {
                return Calls.callMethod(method, x, new PyObject[0], Args.NO_KEYWORDS);
            }
        }
        double d = round.applyAsDouble(real(x));
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    // ---- gcd, lcm, factorial, comb, perm, isqrt, prod ----------------------------------------------------

    private static BigInteger integer(PyObject o) {
        return Ops.index(o).bigValue();
    }

    private static void installIntegers(PyModule m) {
        function(m, "gcd", (a, k) -> {
            Args.noKeywords("gcd", k);
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) {
                g = g.gcd(integer(x));
            }
            return PyInt.of(g);
        });
        function(m, "lcm", (a, k) -> {
            Args.noKeywords("lcm", k);
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = integer(x).abs();
                l = v.signum() == 0 || l.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        function(m, "factorial", (a, k) -> {
            PyObject x = one("factorial", a, k);
            if (x instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            BigInteger n = integer(x);
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            return PyInt.of(fallingFactorial(n, n));
        });
        function(m, "comb", (a, k) -> {
            Args.exactly("comb", a, k, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger r = nonNegative(a[1], "k");
            if (r.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger small = r.min(n.subtract(r));
            return PyInt.of(fallingFactorial(n, small).divide(fallingFactorial(small, small)));
        });
        function(m, "perm", (a, k) -> {
            Args.range("perm", a, k, 1, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger r = a.length > 1 && a[1] != PyNone.NONE ? nonNegative(a[1], "k") : n;
            return PyInt.of(r.compareTo(n) > 0 ? BigInteger.ZERO : fallingFactorial(n, r));
        });
        function(m, "isqrt", (a, k) -> {
            BigInteger n = integer(one("isqrt", a, k));
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        });
        function(m, "prod", (a, k) -> {
            PyObject[] p = Args.bind("prod", a, k, 1, "iterable", "start");
            PyObject product = p[1] == null ? PyInt.of(1) : p[1];
            PyObject it = Ops.iter(p[0]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                product = Ops.binary(BinaryOp.MUL, product, x);
            }
            return product;
        });
    }

    private static BigInteger nonNegative(PyObject o, String name) {
        BigInteger v = integer(o);
        if (v.signum() < 0) {
            throw Errors.valueError(name + " must be a non-negative integer");
        }
        return v;
    }

    /** n * (n-1) * ... * (n-count+1). */
    private static BigInteger fallingFactorial(BigInteger n, BigInteger count) {
        BigInteger r = BigInteger.ONE;
        for (BigInteger i = BigInteger.ZERO; i.compareTo(count) < 0; i = i.add(BigInteger.ONE)) {
            r = r.multiply(n.subtract(i));
        }
        return r;
    }

    // ---- sqrt, exp, log, pow -----------------------------------------------------------------------------

    private static void installExponents(PyModule m) {
        unary(m, "sqrt", Math::sqrt);
        unary(m, "exp", CorrectlyRoundedMath::exp);
        unary(m, "expm1", StrictMath::expm1);
        unary(m, "log2", x -> logDomain(x, CorrectlyRoundedMath::log2));
        unary(m, "log10", x -> logDomain(x, CorrectlyRoundedMath::log10));
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : StrictMath.log1p(x));
        function(m, "log", (a, k) -> {
            Args.range("log", a, k, 1, 2);
            double num = log(a[0]);
            if (a.length == 1) {
                return PyFloat.of(num);
            }
            double den = log(a[1]);
            if (den == 0) {
                throw Errors.zeroDivision("float division by zero");
            }
            return PyFloat.of(num / den);
        });
        function(m, "pow", (a, k) -> {
            Args.exactly("pow", a, k, 2);
            double x = real(a[0]);
            double y = real(a[1]);
            double r = CorrectlyRoundedMath.pow(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y) || x == 0 && y < 0) {
                throw Errors.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw Errors.overflow("math range error");
            }
            return PyFloat.of(r);
        });
    }

    private static double logDomain(double x, DoubleUnaryOperator log) {
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return log.applyAsDouble(x);
    }

    /** Natural log of an int or float; ints too large for a float are scaled by a power of two first. */
    private static double log(PyObject x) {
        if (x instanceof PyInt i && i.bigValue().bitLength() > 1000) {
            BigInteger v = i.bigValue();
            if (v.signum() <= 0) {
                throw Errors.valueError("math domain error");
            }
            int shift = v.bitLength() - 60;
            return CorrectlyRoundedMath.log(v.shiftRight(shift).doubleValue()) + shift * CorrectlyRoundedMath.log(2.0);
        }
        return logDomain(real(x), CorrectlyRoundedMath::log);
    }

    // ---- trigonometry and angles ------------------------------------------------------------------------

    private static void installTrigonometry(PyModule m) {
        unary(m, "sin", CorrectlyRoundedMath::sin);
        unary(m, "cos", CorrectlyRoundedMath::cos);
        unary(m, "tan", CorrectlyRoundedMath::tan);
        unary(m, "asin", StrictMath::asin);
        unary(m, "acos", StrictMath::acos);
        unary(m, "atan", StrictMath::atan);
        unary(m, "sinh", StrictMath::sinh);
        unary(m, "cosh", StrictMath::cosh);
        unary(m, "tanh", StrictMath::tanh);
        unary(m, "degrees", x -> x * (180.0 / Math.PI));
        unary(m, "radians", x -> x * (Math.PI / 180.0));
        function(m, "atan2", (a, k) -> {
            Args.exactly("atan2", a, k, 2);
            return PyFloat.of(StrictMath.atan2(real(a[0]), real(a[1])));
        });
        function(m, "hypot", (a, k) -> {
            Args.noKeywords("hypot", k);
            double[] coordinates = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                coordinates[i] = real(a[i]);
            }
            return PyFloat.of(norm(coordinates));
        });
        function(m, "dist", (a, k) -> {
            Args.exactly("dist", a, k, 2);
            List<PyObject> p = items(a[0]);
            List<PyObject> q = items(a[1]);
            if (p.size() != q.size()) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] d = new double[p.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = real(p.get(i)) - real(q.get(i));
            }
            return PyFloat.of(norm(d));
        });
    }

    /** The Euclidean norm, from the exact sum of squares, rounded once (CPython's vector_norm is as accurate). */
    private static double norm(double[] coordinates) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double c : coordinates) {
            if (Double.isInfinite(c)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(c)) {
                return Double.NaN;
            }
            BigDecimal v = new BigDecimal(c);
            sum = sum.add(v.multiply(v));
        }
        return Double.parseDouble(sum.sqrt(EXACT).toString());
    }

    private static List<PyObject> items(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = Ops.iter(iterable);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out;
    }

    // ---- fsum, isclose, isfinite, isinf, isnan ----------------------------------------------------------

    private static void installSums(PyModule m) {
        function(m, "fsum", (a, k) -> PyFloat.of(fsum(items(one("fsum", a, k)))));
    }

    /** The correctly rounded sum: exact in decimal, then rounded once, as CPython's fsum promises. */
    private static double fsum(List<PyObject> values) {
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0;
        boolean nan = false;
        for (PyObject value : values) {
            double d = real(value);
            if (Double.isNaN(d)) {
                nan = true;
            } else if (Double.isInfinite(d)) {
                if (special != 0 && special != d) {
                    throw Errors.valueError("-inf + inf in fsum");
                }
                special = d;
            } else {
                sum = sum.add(new BigDecimal(d));
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (special != 0) {
            return special;
        }
        double r = Double.parseDouble(sum.toString());
        if (Double.isInfinite(r)) {
            throw Errors.overflow("intermediate overflow in fsum");
        }
        return r;
    }

    private static void installPredicates(PyModule m) {
        function(m, "isfinite", (a, k) -> PyBool.of(Double.isFinite(real(one("isfinite", a, k)))));
        function(m, "isinf", (a, k) -> PyBool.of(Double.isInfinite(real(one("isinf", a, k)))));
        function(m, "isnan", (a, k) -> PyBool.of(Double.isNaN(real(one("isnan", a, k)))));
        function(m, "isclose", (a, k) -> {
            PyObject[] p = Args.bind("isclose", a, k, 2, "a", "b", "rel_tol", "abs_tol");
            double relTol = p[2] == null ? 1e-09 : real(p[2]);
            double absTol = p[3] == null ? 0.0 : real(p[3]);
            return PyBool.of(isClose(real(p[0]), real(p[1]), relTol, absTol));
        });
    }

    private static boolean isClose(double a, double b, double relTol, double absTol) {
        if (relTol < 0 || absTol < 0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }
}
