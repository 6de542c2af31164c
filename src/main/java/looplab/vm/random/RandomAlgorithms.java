package looplab.vm.random;

import java.math.BigInteger;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import looplab.vm.format.FormatError;

/**
 * The Python-level algorithms of CPython 3.11's Lib/random.py ({@code class Random}), step for step, so that
 * a seeded LoopLab program draws the same numbers, picks and shuffles as CPython. Sequences are described by
 * their length and results are indices; the VM maps them back to elements. Errors carry CPython's messages.
 *
 * <p>log, exp, sin, cos and pow come from {@link CorrectlyRoundedMath}: CPython calls the C library, whose
 * results are almost always the correctly rounded ones, where Java's fdlibm differs in the last bit too often.
 */
public final class RandomAlgorithms {
    private static final double TWOPI = 2.0 * Math.PI;
    static final double NV_MAGICCONST = 4 * CorrectlyRoundedMath.exp(-0.5) / StrictMath.sqrt(2.0);
    static final double LOG4 = CorrectlyRoundedMath.log(4.0);
    static final double SG_MAGICCONST = 1.0 + CorrectlyRoundedMath.log(4.5);

    private final MersenneTwister generator;
    private Double gaussNext;

    public RandomAlgorithms(MersenneTwister generator) {
        this.generator = generator;
    }

    public MersenneTwister generator() {
        return generator;
    }

    public void seed(BigInteger seed) {
        generator.seed(seed);
        gaussNext = null;
    }

    public void seed(String seed) {
        generator.seed(seed);
        gaussNext = null;
    }

    public void seed(byte[] seed) {
        generator.seed(seed);
        gaussNext = null;
    }

    public void seed(double seed) {
        generator.seed(seed);
        gaussNext = null;
    }

    public void seedFromEntropy() {
        generator.seedFromEntropy();
        gaussNext = null;
    }

    public double random() {
        return generator.random();
    }

    public BigInteger getrandbits(int k) {
        return generator.getrandbits(k);
    }

    /** {@code randrange(stop)}. */
    public BigInteger randrange(BigInteger stop) {
        if (stop.signum() > 0) {
            return generator.randbelow(stop);
        }
        throw valueError("empty range for randrange()");
    }

    /** {@code randrange(start, stop)}. */
    public BigInteger randrange(BigInteger start, BigInteger stop) {
        BigInteger width = stop.subtract(start);
        if (width.signum() > 0) {
            return start.add(generator.randbelow(width));
        }
        throw valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
    }

    /** {@code randrange(start, stop, step)}. */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.equals(BigInteger.ONE)) {
            return randrange(start, stop);
        }
        BigInteger width = stop.subtract(start);
        BigInteger n;
        if (step.signum() > 0) {
            n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        } else if (step.signum() < 0) {
            n = floorDiv(width.add(step).add(BigInteger.ONE), step);
        } else {
            throw valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw valueError("empty range for randrange()");
        }
        return start.add(step.multiply(generator.randbelow(n)));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** {@code randint(a, b)}: randrange(a, b + 1). */
    public BigInteger randint(BigInteger a, BigInteger b) {
        return randrange(a, b.add(BigInteger.ONE));
    }

    /** {@code choice(seq)}: the index picked in a sequence of the given length. */
    public int choice(int length) {
        if (length == 0) {
            throw new FormatError("IndexError", "Cannot choose from an empty sequence");
        }
        return (int) generator.randbelow(length);
    }

    /** {@code shuffle(x)} in place. */
    public void shuffle(List<?> items) {
        for (int i = items.size() - 1; i >= 1; i--) {
            int j = (int) generator.randbelow(i + 1);
            Collections.swap(items, i, j);
        }
    }

    /**
     * {@code sample(population, k)} for a population of length n: the chosen indices in selection order.
     * Like random.py, it tracks a pool list when n is small next to k and a set of picks otherwise, which
     * changes which random numbers are drawn.
     */
    public int[] sample(int n, int k) {
        if (k < 0 || k > n) {
            throw valueError("Sample larger than population or is negative");
        }
        int[] result = new int[k];
        long setsize = 21;
        if (k > 5) {
            setsize += (long) Math.pow(4, Math.ceil(CorrectlyRoundedMath.log(k * 3.0) / CorrectlyRoundedMath.log(4)));
        }
        if (n <= setsize) {
            int[] pool = new int[n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = (int) generator.randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            Set<Integer> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = (int) generator.randbelow(n);
                while (selected.contains(j)) {
                    j = (int) generator.randbelow(n);
                }
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    /** {@code choices(population, k=k)} with no weights: indices drawn as floor(random() * n). */
    public int[] choices(int n, int k) {
        int[] result = new int[Math.max(k, 0)];
        double size = n;
        for (int i = 0; i < result.length; i++) {
            result[i] = (int) Math.floor(random() * size);
        }
        return result;
    }

    /**
     * {@code choices(population, weights, cum_weights=..., k=k)}: exactly one of weights and cumWeights is
     * non-null; each index is found by bisecting the cumulative weights.
     */
    public int[] choices(int n, double[] weights, double[] cumWeights, int k) {
        if (weights != null && cumWeights != null) {
            throw new FormatError("TypeError", "Cannot specify both weights and cumulative weights");
        }
        double[] cumulative = cumWeights != null ? cumWeights : accumulate(weights);
        if (cumulative.length != n) {
            throw valueError("The number of weights does not match the population");
        }
        double total = cumulative.length == 0 ? 0.0 : cumulative[cumulative.length - 1] + 0.0;
        if (cumulative.length == 0) {
            throw new FormatError("IndexError", "list index out of range");
        }
        if (total <= 0.0) {
            throw valueError("Total of weights must be greater than zero");
        }
        if (Double.isNaN(total) || Double.isInfinite(total)) {
            throw valueError("Total of weights must be finite");
        }
        int[] result = new int[Math.max(k, 0)];
        for (int i = 0; i < result.length; i++) {
            result[i] = bisectRight(cumulative, random() * total, n - 1);
        }
        return result;
    }

    private static double[] accumulate(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum = i == 0 ? weights[0] : sum + weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int bisectRight(double[] a, double x, int hi) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x < a[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /** {@code triangular(low, high, mode)}; a null mode is the midpoint. */
    public double triangular(double low, double high, Double mode) {
        double u = random();
        double c;
        if (mode == null) {
            c = 0.5;
        } else if (high - low == 0.0) {
            return low;
        } else {
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double swap = low;
            low = high;
            high = swap;
        }
        return low + (high - low) * StrictMath.sqrt(u * c);
    }

    /** Kinderman and Monahan's ratio-of-uniforms method, as random.py. */
    public double normalvariate(double mu, double sigma) {
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -CorrectlyRoundedMath.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    /** Box-Muller producing two values; the second is kept for the next call (random.py's gauss_next). */
    public double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * TWOPI;
            double g2rad = StrictMath.sqrt(-2.0 * CorrectlyRoundedMath.log(1.0 - random()));
            z = CorrectlyRoundedMath.cos(x2pi) * g2rad;
            gaussNext = CorrectlyRoundedMath.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    public double expovariate(double lambd) {
        double u = random(); // drawn before the division fails, as in random.py
        if (lambd == 0.0) {
            throw new FormatError("ZeroDivisionError", "float division by zero");
        }
        return -CorrectlyRoundedMath.log(1.0 - u) / lambd;
    }

    public double gammavariate(double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            return gammaCheng(alpha) * beta;
        }
        if (alpha == 1.0) {
            return -CorrectlyRoundedMath.log(1.0 - random()) * beta;
        }
        return gammaKennedyGentle(alpha) * beta;
    }

    /** R.C.H. Cheng's method for alpha > 1. */
    private double gammaCheng(double alpha) {
        double ainv = StrictMath.sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        while (true) {
            double u1 = random();
            if (!(1e-7 < u1 && u1 < 0.9999999)) {
                continue;
            }
            double u2 = 1.0 - random();
            double v = CorrectlyRoundedMath.log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * CorrectlyRoundedMath.exp(v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= CorrectlyRoundedMath.log(z)) {
                return x;
            }
        }
    }

    /** Algorithm GS of Kennedy and Gentle for 0 < alpha < 1. */
    private double gammaKennedyGentle(double alpha) {
        while (true) {
            double u = random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            double x = p <= 1.0 ? CorrectlyRoundedMath.pow(p, 1.0 / alpha) : -CorrectlyRoundedMath.log((b - p) / alpha);
            double u1 = random();
            if (p > 1.0) {
                if (u1 <= CorrectlyRoundedMath.pow(x, alpha - 1.0)) {
                    return x;
                }
            } else if (u1 <= CorrectlyRoundedMath.exp(-x)) {
                return x;
            }
        }
    }

    public double betavariate(double alpha, double beta) {
        double y = gammavariate(alpha, 1.0);
        if (y != 0.0) {
            return y / (y + gammavariate(beta, 1.0));
        }
        return 0.0;
    }

    private static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }
}
