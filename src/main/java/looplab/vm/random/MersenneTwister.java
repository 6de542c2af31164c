package looplab.vm.random;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The MT19937 generator behind Python's {@code random} module, ported from CPython 3.11's
 * Modules/_randommodule.c (init_genrand, init_by_array, genrand_uint32, random_random, getrandbits) and the
 * seeding rules of Lib/random.py, so that the same seed yields the same numbers as CPython.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;

    /** A generator seeded from system entropy, as {@code random.Random()} is. */
    public MersenneTwister() {
        seedFromEntropy();
    }

    public MersenneTwister(BigInteger seed) {
        seed(seed);
    }

    /** {@code seed(None)}: CPython reads N words from os.urandom. */
    public void seedFromEntropy() {
        int[] key = new int[N];
        SecureRandom entropy = new SecureRandom();
        for (int i = 0; i < N; i++) {
            key[i] = entropy.nextInt();
        }
        initByArray(key);
    }

    /** {@code seed(n)} for an int: the absolute value, split into 32-bit words from the least significant. */
    public void seed(BigInteger n) {
        BigInteger magnitude = n.abs();
        int bits = magnitude.bitLength();
        int keyUsed = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[keyUsed];
        for (int i = 0; i < keyUsed; i++) {
            key[i] = magnitude.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    /** {@code seed(s)} for a str, version 2 of random.py: int.from_bytes(s.encode() + sha512(s.encode()).digest()). */
    public void seed(String text) {
        seed(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code seed(b)} for bytes, version 2 of random.py. */
    public void seed(byte[] bytes) {
        byte[] digest = sha512(bytes);
        byte[] all = new byte[bytes.length + digest.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(digest, 0, all, bytes.length, digest.length);
        seed(new BigInteger(1, all));
    }

    /**
     * {@code seed(x)} for a float: CPython seeds with {@code hash(x)} taken as an unsigned 64-bit number.
     * A NaN's hash depends on the object's address in CPython, so no seed reproduces it; this uses 0.
     */
    public void seed(double x) {
        long hash = Double.isNaN(x) ? 0 : FloatHash.hash(x);
        seed(new BigInteger(Long.toUnsignedString(hash)));
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-512", e);
        }
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The next 32 random bits, as an unsigned value in an int. */
    public int genrandUint32() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        index = 0;
    }

    /** {@code random()}: 53 random bits as a double in [0, 1). */
    public double random() {
        int a = genrandUint32() >>> 5;
        int b = genrandUint32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)}: words from the least significant, the last one keeping its top bits. */
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw new looplab.vm.format.FormatError("ValueError", "number of bits must be non-negative");
        }
        if (k <= 32) {
            return BigInteger.valueOf(getrandbitsUpTo32(k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = genrandUint32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = (words - 1 - i) * 4;
            bigEndian[at] = (byte) (r >>> 24);
            bigEndian[at + 1] = (byte) (r >>> 16);
            bigEndian[at + 2] = (byte) (r >>> 8);
            bigEndian[at + 3] = (byte) r;
        }
        return new BigInteger(1, bigEndian);
    }

    /** getrandbits for 0 ≤ k ≤ 32 without allocating. */
    public long getrandbitsUpTo32(int k) {
        if (k == 0) {
            return 0;
        }
        return Integer.toUnsignedLong(genrandUint32()) >>> (32 - k);
    }

    /** random.py's {@code _randbelow_with_getrandbits}: a uniform int in [0, n) for n > 0, by rejection. */
    public BigInteger randbelow(BigInteger n) {
        if (n.bitLength() <= 32) {
            return BigInteger.valueOf(randbelow(n.longValue()));
        }
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /** {@link #randbelow(BigInteger)} for n ≤ 2^32, consuming the same random words. */
    public long randbelow(long n) {
        if (n > 0xffffffffL) {
            return randbelow(BigInteger.valueOf(n)).longValue();
        }
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbitsUpTo32(k);
        while (r >= n) {
            r = getrandbitsUpTo32(k);
        }
        return r;
    }
}
