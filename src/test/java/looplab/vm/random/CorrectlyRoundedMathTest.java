package looplab.vm.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Random;
import looplab.vm.format.RecordedCases;
import org.junit.jupiter.api.Test;

class CorrectlyRoundedMathTest {

    /** Python's decimal module at 60 digits is the oracle for correctly rounded log and exp. */
    @Test
    void logAndExpAreCorrectlyRounded() {
        for (JsonNode row : RecordedCases.load("correctly_rounded.jsonl")) {
            double x = RecordedCases.bitsToDouble(row.get("bits"));
            double got = row.get("fn").asText().equals("log") ? CorrectlyRoundedMath.log(x) : CorrectlyRoundedMath.exp(x);
            assertEquals(RecordedCases.bitsToDouble(row.get("out")), got, row.toString());
        }
    }

    /** The double-double fast path of sin and cos must round as the 50-digit BigDecimal series do. */
    @Test
    void sineAndCosineFastPathAgreesWithBigDecimalSeries() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            double x = (random.nextDouble() - 0.5) * 16;
            assertEquals(CorrectlyRoundedMath.trigExact(x, false), CorrectlyRoundedMath.sin(x), "sin " + x);
            assertEquals(CorrectlyRoundedMath.trigExact(x, true), CorrectlyRoundedMath.cos(x), "cos " + x);
        }
    }

    @Test
    void powFastPathAgreesWithBigDecimalSeries() {
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            double base = random.nextDouble() * 4;
            double exponent = (random.nextDouble() - 0.5) * 8;
            BigDecimal exact = CorrectlyRoundedMath.powExact(base, exponent);
            assertEquals(exact.doubleValue(), CorrectlyRoundedMath.pow(base, exponent), base + " ** " + exponent);
        }
    }
}
