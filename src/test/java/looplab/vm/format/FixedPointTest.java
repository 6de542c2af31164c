package looplab.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedPointTest {

    /** The 128-bit fast path must give exactly the BigDecimal answer wherever it does not decline. */
    @Test
    void fastFixedDigitsAgreeWithExactRounding() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            double x = sample(random, i % 4);
            int places = random.nextInt(20);
            DecimalDigits fast = FixedPoint.digits(x, places);
            if (fast != null) {
                assertEquals(DoubleToString.fixedDigitsExact(x, places), fast, x + " to " + places + " places");
            }
        }
    }

    private static double sample(Random random, int kind) {
        switch (kind) {
            case 0:
                double any = Double.longBitsToDouble(random.nextLong());
                return Double.isFinite(any) ? any : 1.0;
            case 1:
                return random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 2:
                return (random.nextInt(200_000) - 100_000) / 8.0 / Math.pow(10, random.nextInt(5));
            default:
                return Math.scalb(random.nextDouble(), random.nextInt(140) - 120);
        }
    }
}
