package looplab.vm.random;

/**
 * An unevaluated sum hi + lo of two doubles with |lo| ≤ ulp(hi)/2: about 106 bits of precision using only
 * double arithmetic (Dekker, Knuth; fused multiply-add for exact products). Enough to round log, exp, sin
 * and cos correctly in all but the rare cases {@link CorrectlyRoundedMath} sends to BigDecimal.
 */
record DoubleDouble(double hi, double lo) {

    static DoubleDouble of(double x) {
        return new DoubleDouble(x, 0.0);
    }

    /** Exact a + b. */
    static DoubleDouble sum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DoubleDouble(s, (a - (s - bb)) + (b - bb));
    }

    /** Exact a · b. */
    static DoubleDouble product(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    private static DoubleDouble normalized(double hi, double lo) {
        double s = hi + lo;
        return new DoubleDouble(s, lo - (s - hi));
    }

    DoubleDouble add(DoubleDouble other) {
        DoubleDouble s = sum(hi, other.hi);
        DoubleDouble t = sum(lo, other.lo);
        double low = s.lo + t.hi;
        DoubleDouble v = normalized(s.hi, low);
        return normalized(v.hi, v.lo + t.lo);
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble subtract(DoubleDouble other) {
        return add(other.negate());
    }

    DoubleDouble multiply(DoubleDouble other) {
        DoubleDouble p = product(hi, other.hi);
        return normalized(p.hi, p.lo + (hi * other.lo + lo * other.hi));
    }

    DoubleDouble multiply(double factor) {
        DoubleDouble p = product(hi, factor);
        return normalized(p.hi, p.lo + lo * factor);
    }

    DoubleDouble divide(DoubleDouble divisor) {
        double q1 = hi / divisor.hi;
        DoubleDouble r = subtract(divisor.multiply(q1));
        double q2 = r.hi / divisor.hi;
        r = r.subtract(divisor.multiply(q2));
        double q3 = r.hi / divisor.hi;
        DoubleDouble q = normalized(q1, q2);
        return q.add(of(q3));
    }

    DoubleDouble divide(double divisor) {
        return divide(of(divisor));
    }

    /** Multiplication by a power of two, exact barring underflow. */
    DoubleDouble scalb(int exponent) {
        return new DoubleDouble(Math.scalb(hi, exponent), Math.scalb(lo, exponent));
    }

    /**
     * hi when the value rounds to it for every value within {@code error} of this one, else NaN: near a
     * midpoint between two doubles the caller must compute more precisely.
     */
    double roundedOrNaN(double error) {
        double halfUlp = Math.ulp(hi) / 2;
        if (hi == 0 || Double.isNaN(hi) || Double.isInfinite(hi) || isPowerOfTwo(hi) || Math.abs(hi) < 0x1p-1000) {
            return Double.NaN;
        }
        return Math.abs(Math.abs(lo) - halfUlp) > error ? hi : Double.NaN;
    }

    private static boolean isPowerOfTwo(double x) {
        return (Double.doubleToRawLongBits(x) & ((1L << 52) - 1)) == 0;
    }
}
