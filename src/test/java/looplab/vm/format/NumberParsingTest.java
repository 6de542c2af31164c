package looplab.vm.format;

import org.junit.jupiter.api.Test;

class NumberParsingTest {

    @Test
    void intParsingMatchesCPython() {
        RecordedCases.checkAll("parse_int.jsonl", row ->
                pythonHex(NumberParsing.parseInt(row.get("text").asText(), row.get("base").asInt())));
    }

    private static String pythonHex(java.math.BigInteger value) {
        return (value.signum() < 0 ? "-0x" : "0x") + value.abs().toString(16);
    }

    @Test
    void floatParsingMatchesCPython() {
        RecordedCases.checkAll("parse_float.jsonl", row ->
                RecordedCases.doubleToBits(NumberParsing.parseFloat(row.get("text").asText())));
    }
}
