package looplab.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** Python's int arithmetic: exact, floor division and modulo, true division to float, long fast paths. */
final class IntMath {
    private IntMath() {
    }

    static PyObject apply(BinaryOp op, PyInt a, PyInt b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case TRUEDIV -> PyFloat.of(trueDivide(a, b));
            case FLOORDIV -> floorDiv(a, b);
            case MOD -> mod(a, b);
            case POW -> pow(a, b);
            case LSHIFT -> lshift(a, b);
            case RSHIFT -> rshift(a, b);
            case AND -> a.big == null && b.big == null ? PyInt.of(a.value & b.value) : PyInt.of(a.bigValue().and(b.bigValue()));
            case OR -> a.big == null && b.big == null ? PyInt.of(a.value | b.value) : PyInt.of(a.bigValue().or(b.bigValue()));
            case XOR -> a.big == null && b.big == null ? PyInt.of(a.value ^ b.value) : PyInt.of(a.bigValue().xor(b.bigValue()));
            case MATMUL -> PyNotImplemented.INSTANCE;
        };
    }

    static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().add(b.bigValue()));
    }

    static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().subtract(b.bigValue()));
    }

    static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return PyInt.of(a.bigValue().multiply(b.bigValue()));
    }

    static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return (double) a.value / (double) b.value;
        }
        BigDecimal q = new BigDecimal(a.bigValue()).divide(new BigDecimal(b.bigValue()), MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return d;
    }

    static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return PyInt.of(b.value == -1 ? 0 : Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return PyInt.of(r);
    }

    static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.doubleValue();
            if (base == 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(Math.pow(base, b.doubleValue()));
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            throw Errors.overflow("exponent too large");
        }
        if (a.big == null) {
            long result = 1;
            long base = a.value;
            long e = b.value;
            boolean overflow = false;
            while (e > 0 && !overflow) {
                if ((e & 1) == 1) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    overflow = !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
                    result = lo;
                }
                e >>= 1;
                if (e > 0 && !overflow) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    overflow = !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
                    base = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        if (b.value > Integer.MAX_VALUE) {
            throw Errors.overflow("exponent too large");
        }
        return PyInt.of(a.bigValue().pow((int) b.value));
    }

    static PyInt modPow(PyInt base, PyInt exp, PyInt modulus) {
        if (modulus.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = modulus.bigValue();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                r = base.bigValue().modInverse(m.abs()).modPow(exp.bigValue().negate(), m.abs());
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = base.bigValue().modPow(exp.bigValue(), m.abs());
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyInt.of(r);
    }

    static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw Errors.overflow("too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63 && Math.abs(a.value) < (1L << (62 - n))) {
            return PyInt.of(a.value << n);
        }
        return PyInt.of(a.bigValue().shiftLeft(n));
    }

    static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null || b.value >= 1L << 31) {
            return PyInt.of(a.signum() < 0 ? -1 : 0);
        }
        if (a.big == null) {
            return PyInt.of(b.value >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> b.value);
        }
        return PyInt.of(a.big.shiftRight((int) b.value));
    }
}
