package looplab.vm;

import java.math.BigDecimal;

/** Python float: an IEEE double with Python's printing, floor division, modulo and comparison with ints. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class);

    public final double value;

    PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return Floats.repr(value);
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public long hash() {
        return hash(value);
    }

    /** CPython's _Py_HashDouble: integral floats hash like the equal int. */
    static long hash(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return PyInt.of((long) v).hash();
        }
        int sign = v < 0 ? -1 : 1;
        double m = Math.abs(v);
        int e = Math.getExponent(m) + 1;
        m = m / Math.scalb(1.0, e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & PyInt.HASH_MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= PyInt.HASH_MODULUS) {
                x -= PyInt.HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & PyInt.HASH_MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyFloat f) {
            return PyBool.of(compare(value, f.value, op));
        }
        if (other instanceof PyInt i) {
            return compareIntFloat(i, value, op.reflected());
        }
        return PyNotImplemented.INSTANCE;
    }

    private static boolean compare(double a, double b, CompareOp op) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** Compares an int with a float exactly, as CPython does (no rounding of large ints). */
    static PyObject compareIntFloat(PyInt i, double f, CompareOp op) {
        if (Double.isNaN(f)) {
            return PyBool.of(op == CompareOp.NE);
        }
        if (Double.isInfinite(f)) {
            return PyBool.of(op.holds(f > 0 ? -1 : 1));
        }
        if (!i.isBig() && Math.abs(i.value) < (1L << 53)) {
            return PyBool.of(compare(i.value, f, op));
        }
        int c = new BigDecimal(i.bigValue()).compareTo(new BigDecimal(f));
        return PyBool.of(op.holds(c));
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        double o;
        if (other instanceof PyFloat f) {
            o = f.value;
        } else if (other instanceof PyInt i) {
            o = i.doubleValue();
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return reflected ? apply(op, o, value) : apply(op, value, o);
    }

    static PyObject apply(BinaryOp op, double a, double b) {
        return switch (op) {
            case ADD -> of(a + b);
            case SUB -> of(a - b);
            case MUL -> of(a * b);
            case TRUEDIV -> {
                if (b == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                yield of(a / b);
            }
            case FLOORDIV -> of(floorDiv(a, b));
            case MOD -> of(mod(a, b));
            case POW -> of(pow(a, b));
            default -> PyNotImplemented.INSTANCE;
        };
    }

    static double mod(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivision("float modulo");
        }
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    static double floorDiv(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivision("float floor division by zero");
        }
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1.0;
        }
        return floor;
    }

    static double pow(double a, double b) {
        if (a == 0 && b < 0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b) && !Double.isInfinite(b)) {
            throw Errors.valueError("LoopLab has no complex numbers: a negative number to a fractional power");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    @Override
    public PyObject negative() {
        return of(-value);
    }

    @Override
    public PyObject positive() {
        return this;
    }
}
