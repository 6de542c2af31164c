package looplab.vm;

import java.math.BigInteger;

/**
 * Python int: arbitrary precision. Values that fit a long are kept as a long (the fast path of every operator);
 * only results that overflow move to {@link BigInteger}. Small values are cached, as CPython does.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyInt.class);
    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** CPython's modulus for numeric hashes (2**61 - 1): hash(n) == n % P, so equal numbers hash equal. */
    static final long HASH_MODULUS = (1L << 61) - 1;

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
    }

    public final long value;
    /** Non-null exactly when the value does not fit in a long. */
    public final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    /** The same number, for an instance of a subclass of int. */
    PyInt(PyInt number) {
        this.value = number.value;
        this.big = number.big;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a Java int, or an OverflowError/IndexError-style failure for huge values. */
    public int intValue() {
        if (big != null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) value;
    }

    public double doubleValue() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    @Override
    public String repr() {
        return big != null ? big.toString() : Long.toString(value);
    }

    @Override
    public boolean isTrue() {
        return big != null || value != 0;
    }

    @Override
    public long hash() {
        if (big == null) {
            if (value > -HASH_MODULUS && value < HASH_MODULUS) {
                return value == -1 ? -2 : value;
            }
        }
        BigInteger m = bigValue().abs().mod(BigInteger.valueOf(HASH_MODULUS));
        long h = bigValue().signum() < 0 ? -m.longValue() : m.longValue();
        return h == -1 ? -2 : h;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyInt o) {
            return PyBool.of(op.holds(compareTo(o)));
        }
        if (other instanceof PyFloat f) {
            return PyFloat.compareIntFloat(this, f.value, op);
        }
        return PyNotImplemented.INSTANCE;
    }

    public int compareTo(PyInt o) {
        if (big == null && o.big == null) {
            return Long.compare(value, o.value);
        }
        return bigValue().compareTo(o.bigValue());
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (other instanceof PyInt o) {
            return reflected ? IntMath.apply(op, o, this) : IntMath.apply(op, this, o);
        }
        if (other instanceof PyFloat f) {
            double self = doubleValue();
            return reflected ? PyFloat.apply(op, f.value, self) : PyFloat.apply(op, self, f.value);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject negative() {
        if (big == null && value != Long.MIN_VALUE) {
            return of(-value);
        }
        return of(bigValue().negate());
    }

    @Override
    public PyObject positive() {
        return big == null ? of(value) : this;
    }

    @Override
    public PyObject invert() {
        return big == null ? of(~value) : of(big.not());
    }

    static PyInt ofChecked(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0 ? of(v.longValue()) : new PyInt(v);
    }
}
