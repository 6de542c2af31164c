package looplab.vm.random;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded log, exp, sin, cos and pow: the double nearest to the true value.
 *
 * <p>CPython's math functions are the C library's; glibc's are accurate to about half an ulp, so they agree
 * with the correctly rounded result except on rare inputs. Java's {@link StrictMath} (fdlibm) is off by one
 * ulp far more often, which made seeded {@code random.gauss} sequences drift from CPython's.
 *
 * <p>Each function first evaluates in {@link DoubleDouble} arithmetic (about a microsecond); only when that
 * result lies too near a midpoint between two doubles to round safely does it recompute with 50-digit
 * BigDecimal series (tens of microseconds).
 */
public final class CorrectlyRoundedMath {
    private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal EPSILON = new BigDecimal("1e-55");
    private static final BigDecimal LN2 = atanhOfReciprocal(3).multiply(TWO, MC);
    private static final BigDecimal HALF_PI = atanOfReciprocal(5).multiply(BigDecimal.valueOf(16))
            .subtract(atanOfReciprocal(239).multiply(BigDecimal.valueOf(4)), MC).divide(TWO, MC);
    /** Beyond this, reducing by π/2 with 50 digits of π would lose too much; fall back to fdlibm. */
    private static final double TRIG_LIMIT = 1e9;
    private static final DoubleDouble LN2_DD = split(LN2);
    private static final DoubleDouble HALF_PI_DD = split(HALF_PI);
    /** Relative error bound of the double-double evaluations, with a wide margin. */
    private static final double DD_ERROR = 0x1p-96;

    private CorrectlyRoundedMath() {
    }

    private static DoubleDouble split(BigDecimal value) {
        double hi = value.doubleValue();
        return new DoubleDouble(hi, value.subtract(new BigDecimal(hi)).doubleValue());
    }

    public static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return StrictMath.log(x);
        }
        if (x == 1.0) {
            return 0.0;
        }
        DoubleDouble approx = logDD(x);
        double rounded = approx.roundedOrNaN(Math.abs(approx.hi()) * DD_ERROR);
        return Double.isNaN(rounded) ? logExact(x).doubleValue() : rounded;
    }

    /** log2, exact for powers of two as C's log2 is, otherwise ln x / ln 2 rounded once. */
    public static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return StrictMath.log(x);
        }
        int e = Math.getExponent(x);
        if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
            return e;
        }
        return logExact(x).divide(LN2, MC).doubleValue();
    }

    /** log10, exact for powers of ten, otherwise ln x / ln 10 rounded once. */
    public static double log10(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return StrictMath.log(x);
        }
        double exact = StrictMath.log10(x);
        if (exact == Math.rint(exact) && Math.abs(exact) <= 22 && Math.pow(10, exact) == x) {
            return exact;
        }
        return logExact(x).divide(logExact(10.0), MC).doubleValue();
    }

    public static double exp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x > 710 || x < -746) {
            return StrictMath.exp(x);
        }
        if (x == 0) {
            return 1.0;
        }
        if (Math.abs(x) < 700) {
            DoubleDouble approx = expDD(DoubleDouble.of(x));
            double rounded = approx.roundedOrNaN(Math.abs(approx.hi()) * DD_ERROR);
            if (!Double.isNaN(rounded)) {
                return rounded;
            }
        }
        return exp(new BigDecimal(x)).doubleValue();
    }

    /** ln x = 2·atanh((m-1)/(m+1)) + e·ln 2 for x = m·2^e with m in [0.75, 1.5), in double-double. */
    private static DoubleDouble logDD(double x) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        double m = Math.scalb(x, -e);
        if (m >= 1.5) {
            m /= 2;
            e++;
        }
        DoubleDouble s = DoubleDouble.of(m - 1).divide(DoubleDouble.sum(m, 1));
        DoubleDouble s2 = s.multiply(s);
        DoubleDouble power = s;
        DoubleDouble total = s;
        for (int n = 3; Math.abs(power.hi()) > 0x1p-112 * Math.abs(total.hi()); n += 2) {
            power = power.multiply(s2);
            total = total.add(power.divide(n));
        }
        return total.multiply(2).add(LN2_DD.multiply(e));
    }

    /** e^x = 2^k · (e^(r/256))^256 with r = x - k·ln 2, in double-double. */
    private static DoubleDouble expDD(DoubleDouble x) {
        int k = (int) Math.rint(x.hi() / LN2_DD.hi());
        DoubleDouble r = x.subtract(LN2_DD.multiply(k)).scalb(-8);
        DoubleDouble term = DoubleDouble.of(1);
        DoubleDouble total = DoubleDouble.of(1);
        for (int n = 1; Math.abs(term.hi()) > 0x1p-112; n++) {
            term = term.multiply(r).divide(n);
            total = total.add(term);
        }
        for (int i = 0; i < 8; i++) {
            total = total.multiply(total);
        }
        return total.scalb(k);
    }

    /** pow for a positive finite base and finite exponent; other cases as StrictMath.pow (like C's pow). */
    public static double pow(double base, double exponent) {
        if (!(base > 0) || Double.isInfinite(base) || Double.isNaN(exponent) || Double.isInfinite(exponent)
                || base == 1.0 || exponent == 0.0) {
            return StrictMath.pow(base, exponent);
        }
        DoubleDouble powerDD = logDD(base).multiply(exponent);
        if (Math.abs(powerDD.hi()) < 700) {
            DoubleDouble approx = expDD(powerDD);
            double rounded = approx.roundedOrNaN(Math.abs(approx.hi()) * 0x1p-86);
            if (!Double.isNaN(rounded)) {
                return rounded;
            }
        }
        BigDecimal power = logExact(base).multiply(new BigDecimal(exponent), MC);
        if (power.compareTo(BigDecimal.valueOf(710)) > 0 || power.compareTo(BigDecimal.valueOf(-746)) < 0) {
            return StrictMath.pow(base, exponent);
        }
        return exp(power).doubleValue();
    }

    /** base^exponent with 50 digits, for a positive base. */
    static BigDecimal powExact(double base, double exponent) {
        return exp(logExact(base).multiply(new BigDecimal(exponent), MC));
    }

    public static double sin(double x) {
        return trig(x, false);
    }

    public static double cos(double x) {
        return trig(x, true);
    }

    /** tan x = sin r / cos r, or -cos r / sin r in odd quadrants, from 50-digit series, rounded once. */
    public static double tan(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) > TRIG_LIMIT || x == 0) {
            return StrictMath.tan(x);
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal quadrants = exact.divide(HALF_PI, MC).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = exact.subtract(quadrants.multiply(HALF_PI, MC), MC);
        BigDecimal sin = sinSeries(r);
        BigDecimal cos = cosSeries(r);
        boolean even = quadrants.remainder(TWO).signum() == 0;
        return Double.parseDouble((even ? sin.divide(cos, MC) : cos.divide(sin, MC).negate()).toString());
    }

    private static double trig(double x, boolean cosine) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) > TRIG_LIMIT) {
            return cosine ? StrictMath.cos(x) : StrictMath.sin(x);
        }
        if (x == 0) {
            return cosine ? 1.0 : x;
        }
        if (Math.abs(x) <= 8) {
            double rounded = trigDD(x, cosine);
            if (!Double.isNaN(rounded)) {
                return rounded;
            }
        }
        return trigExact(x, cosine);
    }

    /** sin or cos of a finite double with 50-digit BigDecimal series, rounded once. */
    static double trigExact(double x, boolean cosine) {
        BigDecimal exact = new BigDecimal(x);
        BigDecimal quadrants = exact.divide(HALF_PI, MC).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = exact.subtract(quadrants.multiply(HALF_PI, MC), MC);
        int quadrant = (quadrants.intValue() % 4 + 4 + (cosine ? 1 : 0)) % 4;
        // sin(r + qπ/2) cycles through sin r, cos r, -sin r, -cos r; cos x = sin(x + π/2).
        BigDecimal value = quadrant % 2 == 0 ? sinSeries(r) : cosSeries(r);
        return (quadrant >= 2 ? value.negate() : value).doubleValue();
    }

    /** The double-double evaluation for |x| ≤ 8, or NaN when it cannot round safely. */
    private static double trigDD(double x, boolean cosine) {
        int quadrants = (int) Math.rint(x / HALF_PI_DD.hi());
        DoubleDouble r = DoubleDouble.of(x).subtract(HALF_PI_DD.multiply(quadrants));
        int quadrant = (quadrants % 4 + 4 + (cosine ? 1 : 0)) % 4;
        DoubleDouble r2 = r.multiply(r);
        boolean sine = quadrant % 2 == 0;
        DoubleDouble term = sine ? r : DoubleDouble.of(1);
        DoubleDouble total = term;
        for (int n = sine ? 3 : 2; Math.abs(term.hi()) > 0x1p-112 * Math.abs(total.hi()); n += 2) {
            term = term.multiply(r2).divide((double) n * (n - 1)).negate();
            total = total.add(term);
        }
        if (quadrant >= 2) {
            total = total.negate();
        }
        // Reducing by a multiple of π/2 leaves an absolute error; relative error alone covers n = 0.
        double error = Math.abs(total.hi()) * DD_ERROR + (quadrants == 0 ? 0 : 0x1p-100);
        return total.roundedOrNaN(error);
    }

    private static BigDecimal sinSeries(BigDecimal r) {
        return series(r, r, 1);
    }

    private static BigDecimal cosSeries(BigDecimal r) {
        return series(BigDecimal.ONE, r, 0);
    }

    /** Σ (-1)^k r^(2k+offset)/(2k+offset)!, starting from the first term. */
    private static BigDecimal series(BigDecimal first, BigDecimal r, int offset) {
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal term = first;
        BigDecimal sum = first;
        for (int n = offset + 2; term.abs().compareTo(EPSILON) > 0; n += 2) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((long) n * (n - 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    /** e^t: Taylor series on t/2^k, then squared k times. */
    private static BigDecimal exp(BigDecimal t) {
        int k = 0;
        BigDecimal reduced = t;
        while (reduced.abs().compareTo(new BigDecimal("0.25")) > 0) {
            reduced = reduced.divide(TWO, MC);
            k++;
        }
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(EPSILON) > 0; n++) {
            term = term.multiply(reduced, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }

    /** ln x = 2·atanh((m-1)/(m+1)) + e·ln 2 for x = m·2^e with m in [0.75, 1.5). */
    private static BigDecimal logExact(double x) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        double m = Math.scalb(x, -e);
        if (m >= 1.5) {
            m /= 2;
            e++;
        }
        BigDecimal mantissa = new BigDecimal(m);
        BigDecimal s = mantissa.subtract(BigDecimal.ONE).divide(mantissa.add(BigDecimal.ONE), MC);
        BigDecimal s2 = s.multiply(s, MC);
        BigDecimal power = s;
        BigDecimal sum = s;
        for (int n = 3; power.abs().compareTo(EPSILON) > 0; n += 2) {
            power = power.multiply(s2, MC);
            sum = sum.add(power.divide(BigDecimal.valueOf(n), MC), MC);
        }
        return sum.multiply(TWO, MC).add(LN2.multiply(BigDecimal.valueOf(e), MC), MC);
    }

    /** atanh(1/n) = Σ 1/((2k+1)·n^(2k+1)). */
    private static BigDecimal atanhOfReciprocal(int n) {
        return arcSeries(n, false);
    }

    /** atan(1/n) = Σ (-1)^k/((2k+1)·n^(2k+1)). */
    private static BigDecimal atanOfReciprocal(int n) {
        return arcSeries(n, true);
    }

    private static BigDecimal arcSeries(int n, boolean alternating) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC);
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal power = x;
        BigDecimal sum = x;
        for (int k = 3; power.compareTo(EPSILON) > 0; k += 2) {
            power = power.multiply(x2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(k), MC);
            sum = alternating && (k / 2) % 2 == 1 ? sum.subtract(term, MC) : sum.add(term, MC);
        }
        return sum;
    }
}
