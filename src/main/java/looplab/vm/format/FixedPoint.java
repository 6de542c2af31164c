package looplab.vm.format;

/**
 * The fast path of {@code format(x, '.Nf')}: x·10^N rounded half-even to an integer with 128-bit integer
 * arithmetic, exact like the BigDecimal path but several times faster. It declines (returns null) outside the
 * range where the result fits a long, and the caller falls back to BigDecimal.
 */
final class FixedPoint {
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private FixedPoint() {
    }

    /** Digits of |value| rounded to {@code places} decimals, or null when this path does not apply. */
    static DecimalDigits digits(double value, int places) {
        long bits = Double.doubleToRawLongBits(value);
        int biasedExponent = (int) (bits >>> 52) & 0x7ff;
        if (places >= POWERS_OF_TEN.length || biasedExponent == 0 || biasedExponent == 0x7ff) {
            return null;
        }
        boolean negative = bits < 0;
        long mantissa = (bits & ((1L << 52) - 1)) | (1L << 52);
        int shift = 1075 - biasedExponent; // value = mantissa / 2^shift
        long scale = POWERS_OF_TEN[places];
        if (shift <= 0) {
            return shift < -10 ? null : integral(mantissa << -shift, scale, places, negative);
        }
        // mantissa · 10^places < 2^53 · 10^18 < 2^113: its high and low words are exact.
        long high = Math.multiplyHigh(mantissa, scale);
        long low = mantissa * scale;
        if (shift >= 64 || (high >>> shift) != 0) {
            return shift >= 64 && shift < 127 ? roundedAboveWord(high, low, shift, places, negative) : null;
        }
        long quotient = (high << 1 << (63 - shift)) | (low >>> shift);
        if (quotient < 0) {
            return null;
        }
        long remainder = low & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        return DecimalDigits.of(roundHalfEven(quotient, Long.compareUnsigned(remainder, half)), -places, negative);
    }

    /** For shift ≥ 64 the quotient comes from the high word alone and the low word joins the remainder. */
    private static DecimalDigits roundedAboveWord(long high, long low, int shift, int places, boolean negative) {
        int highShift = shift - 64;
        long quotient = high >>> highShift;
        long remainderHigh = highShift == 0 ? 0 : high & ((1L << highShift) - 1);
        int comparison;
        if (highShift == 0) {
            comparison = Long.compareUnsigned(low, 1L << 63);
        } else {
            long halfHigh = 1L << (highShift - 1);
            comparison = remainderHigh != halfHigh ? Long.compare(remainderHigh, halfHigh) : (low != 0 ? 1 : 0);
        }
        return DecimalDigits.of(roundHalfEven(quotient, comparison), -places, negative);
    }

    private static long roundHalfEven(long quotient, int remainderVersusHalf) {
        if (remainderVersusHalf > 0 || (remainderVersusHalf == 0 && (quotient & 1) != 0)) {
            return quotient + 1;
        }
        return quotient;
    }

    private static DecimalDigits integral(long integer, long scale, int places, boolean negative) {
        long high = Math.multiplyHigh(integer, scale);
        long product = integer * scale;
        if (high != 0 || product < 0) {
            return null;
        }
        return DecimalDigits.of(product, -places, negative);
    }
}
