package looplab.vm.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal digits that read back as a given double, choosing the one nearest to the double when
 * several have that length: dtoa's mode 0, which {@code repr(float)} uses.
 *
 * <p>Normal doubles go through Raffaello Giulietti's Schubfach algorithm (the one in JDK 19's
 * {@code DoubleToDecimal}), which needs only 64-bit arithmetic. Java 17's {@code Double.toString} cannot be used:
 * it sometimes prints a digit too many or not the nearest digits ({@code 2.0E-3} style bugs, JDK-4511638).
 * Subnormals take an exact {@link BigDecimal} search: the JDK's Schubfach keeps two digits where one would do
 * ({@code 4.9E-324}) while CPython prints {@code 5e-324}.
 */
final class ShortestDigits {
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final long[] G = tableOfScaledPowersOfTen();

    private ShortestDigits() {
    }

    /** Digits of a finite, non-zero or zero double (sign reported separately). */
    static DecimalDigits of(double v) {
        long bits = Double.doubleToRawLongBits(v);
        boolean negative = bits < 0;
        long fraction = bits & (C_MIN - 1);
        int biasedExponent = (int) (bits >>> 52) & 0x7ff;
        if (biasedExponent == 0) {
            return fraction == 0 ? new DecimalDigits("0", 1, negative) : bySearch(Math.abs(v), negative);
        }
        long c = C_MIN | fraction;
        int q = biasedExponent - 1075;
        if (q < 0 && q > -53) {
            long integer = c >> -q;
            if (integer << -q == c) {
                return DecimalDigits.of(integer, 0, negative);
            }
        }
        return schubfach(q, c, negative);
    }

    /** Schubfach's {@code toDecimal}: v = c·2^q lies within the rounding interval of the returned decimal. */
    private static DecimalDigits schubfach(int q, long c, boolean negative) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = G[(k - K_MIN) << 1];
        long g0 = G[((k - K_MIN) << 1) + 1];
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2;
        // At most one multiple of ten fits the interval; if one does, it is the unique shortest decimal.
        long sp10 = s / 10 * 10;
        long tp10 = sp10 + 10;
        boolean upin = vbl + out <= sp10 << 2;
        boolean wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            return DecimalDigits.of(upin ? sp10 : tp10, k, negative);
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return DecimalDigits.of(uin ? s : t, k, negative);
        }
        long cmp = vb - (s + t << 1);
        return DecimalDigits.of(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k, negative);
    }

    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    private static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    private static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    private static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** For each k, g = floor(10^-k · 2^-r) + 1 with 2^125 ≤ g < 2^126, split into its high and low 63 bits. */
    private static long[] tableOfScaledPowersOfTen() {
        long[] table = new long[(K_MAX - K_MIN + 1) * 2];
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = flog2pow10(e) - 125;
            BigInteger beta;
            if (e >= 0) {
                BigInteger power = BigInteger.TEN.pow(e);
                beta = r >= 0 ? power.shiftRight(r) : power.shiftLeft(-r);
            } else {
                beta = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(-e));
            }
            BigInteger g = beta.add(BigInteger.ONE);
            table[(k - K_MIN) << 1] = g.shiftRight(63).longValueExact();
            table[((k - K_MIN) << 1) + 1] = g.longValue() & MASK_63;
        }
        return table;
    }

    /** Exact search: for growing lengths, try the two decimals of that length around v; keep the nearest that reads back as v. */
    static DecimalDigits bySearch(double magnitude, boolean negative) {
        BigDecimal exact = new BigDecimal(magnitude);
        for (int length = 1; length <= 17; length++) {
            BigDecimal down = exact.round(new MathContext(length, RoundingMode.DOWN));
            BigDecimal up = exact.round(new MathContext(length, RoundingMode.UP));
            BigDecimal best = nearestReadingBack(exact, magnitude, down, up);
            if (best != null) {
                return DecimalDigits.of(best.unscaledValue().toString(), -best.scale(), negative);
            }
        }
        throw new AssertionError("17 digits always read back: " + magnitude);
    }

    private static BigDecimal nearestReadingBack(BigDecimal exact, double magnitude, BigDecimal down, BigDecimal up) {
        boolean downOk = Double.parseDouble(down.toString()) == magnitude;
        boolean upOk = Double.parseDouble(up.toString()) == magnitude;
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }
}
