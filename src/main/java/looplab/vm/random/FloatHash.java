package looplab.vm.random;

import java.math.BigInteger;

/**
 * {@code hash(float)} as CPython 3.11 computes it (Python/pyhash.c _Py_HashDouble): the value reduced modulo
 * the Mersenne prime 2^61 - 1, so that equal ints and floats hash alike. Needed because {@code seed(x)} for a
 * float seeds with its hash.
 */
public final class FloatHash {
    private static final int HASH_BITS = 61;
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(HASH_BITS).subtract(BigInteger.ONE);
    private static final long HASH_INF = 314159;

    private FloatHash() {
    }

    /** The hash of a non-NaN double (a NaN's hash is its object's identity in CPython). */
    public static long hash(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? HASH_INF : -HASH_INF;
        }
        long bits = Double.doubleToRawLongBits(v);
        int biasedExponent = (int) (bits >>> 52) & 0x7ff;
        long mantissa = bits & ((1L << 52) - 1);
        if (biasedExponent != 0) {
            mantissa |= 1L << 52;
        } else {
            biasedExponent = 1;
        }
        int exponent = biasedExponent - 1075;
        // 2^61 ≡ 1 (mod 2^61 - 1), so multiplying by 2^exponent is a rotation by exponent mod 61.
        int rotation = Math.floorMod(exponent, HASH_BITS);
        long x = BigInteger.valueOf(mantissa).shiftLeft(rotation).mod(MODULUS).longValue();
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }
}
