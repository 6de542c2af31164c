package looplab.vm.random;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded log, exp, sin, cos and pow, computed with 50 significant digits and rounded once.
 *
 * <p>CPython's math functions are the C library's; glibc's are accurate to about half an ulp, so they agree
 * with the correctly rounded result except on rare inputs. Java's {@link StrictMath} (fdlibm) is off by one
 * ulp far more often, which made seeded {@code random.gauss} sequences drift from CPython's. This trades
 * speed (tens of microseconds a call) for agreement; random.py's distributions are its only users.
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

    private CorrectlyRoundedMath() {
    }

    public static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return StrictMath.log(x);
        }
        return logExact(x).doubleValue();
    }

    public static double exp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x > 710 || x < -746) {
            return StrictMath.exp(x);
        }
        return exp(new BigDecimal(x)).doubleValue();
    }

    /** pow for a positive finite base and finite exponent; other cases as StrictMath.pow (like C's pow). */
    public static double pow(double base, double exponent) {
        if (!(base > 0) || Double.isInfinite(base) || Double.isNaN(exponent) || Double.isInfinite(exponent)
                || base == 1.0 || exponent == 0.0) {
            return StrictMath.pow(base, exponent);
        }
        BigDecimal power = logExact(base).multiply(new BigDecimal(exponent), MC);
        if (power.compareTo(BigDecimal.valueOf(710)) > 0 || power.compareTo(BigDecimal.valueOf(-746)) < 0) {
            return StrictMath.pow(base, exponent);
        }
        return exp(power).doubleValue();
    }

    public static double sin(double x) {
        return trig(x, false);
    }

    public static double cos(double x) {
        return trig(x, true);
    }

    private static double trig(double x, boolean cosine) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) > TRIG_LIMIT) {
            return cosine ? StrictMath.cos(x) : StrictMath.sin(x);
        }
        if (x == 0) {
            return cosine ? 1.0 : x;
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal quadrants = exact.divide(HALF_PI, MC).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = exact.subtract(quadrants.multiply(HALF_PI, MC), MC);
        int quadrant = (quadrants.intValue() % 4 + 4 + (cosine ? 1 : 0)) % 4;
        // sin(r + qπ/2) cycles through sin r, cos r, -sin r, -cos r; cos x = sin(x + π/2).
        BigDecimal value = quadrant % 2 == 0 ? sinSeries(r) : cosSeries(r);
        return (quadrant >= 2 ? value.negate() : value).doubleValue();
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
