package looplab.vm.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** {@code round(float)} and {@code round(float, ndigits)} as CPython 3.11's {@code float.__round__}. */
public final class Rounding {
    /** Beyond these, every double rounds to itself or to a signed zero (floatobject.c's NDIGITS_MAX/MIN). */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    private Rounding() {
    }

    /**
     * Rounds half-even at the given decimal place, judged on the double's exact binary value (so
     * {@code round(2.675, 2) == 2.67}), then reads the decimal back as the nearest double, as CPython's
     * double_round does through dtoa. Callers clip a huge Python ndigits into the int range first.
     */
    public static double round(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN);
        double result = rounded.signum() == 0 ? Math.copySign(0.0, x) : rounded.doubleValue();
        if (Double.isInfinite(result)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        return result;
    }

    /** {@code round(x)} with no ndigits: the nearest int, ties to even. */
    public static BigInteger roundToInt(double x) {
        return toInteger(Math.rint(x));
    }

    /** {@code int(x)} for an integral or truncated double, with CPython's errors for inf and nan. */
    public static BigInteger toInteger(double integral) {
        if (Double.isNaN(integral)) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(integral)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(integral) < 0x1p62) {
            return BigInteger.valueOf((long) integral);
        }
        return new BigDecimal(integral).toBigInteger();
    }
}
