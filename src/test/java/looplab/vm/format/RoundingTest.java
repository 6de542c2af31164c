package looplab.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void roundMatchesCPython() {
        RecordedCases.checkAll("round.jsonl", row -> {
            double x = RecordedCases.bitsToDouble(row.get("bits"));
            if (row.get("ndigits").isNull()) {
                return Rounding.roundToInt(x).toString();
            }
            return RecordedCases.doubleToBits(Rounding.round(x, row.get("ndigits").asInt()));
        });
    }

    @Test
    void halfwayCasesAreJudgedOnTheBinaryValue() {
        assertEquals(2.67, Rounding.round(2.675, 2));
        assertEquals(0.12, Rounding.round(0.125, 2));
    }
}
