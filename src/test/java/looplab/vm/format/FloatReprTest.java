package looplab.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloatReprTest {

    @Test
    void reprMatchesCPythonOnEdgeAndRandomDoubles() {
        List<JsonNode> rows = RecordedCases.load("repr.jsonl");
        int mismatches = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode row : rows) {
            double x = RecordedCases.bitsToDouble(row.get("bits"));
            String got = FloatRepr.repr(x);
            if (!got.equals(row.get("repr").asText())) {
                mismatches++;
                report.append("\n  ").append(row.get("repr").asText()).append(" got ").append(got);
            }
        }
        assertEquals(0, mismatches, report.toString());
    }

    @Test
    void fastPathAgreesWithExactSearchOnRecordedDoubles() {
        for (JsonNode row : RecordedCases.load("repr.jsonl")) {
            double x = RecordedCases.bitsToDouble(row.get("bits"));
            if (Double.isFinite(x) && x != 0) {
                assertEquals(ShortestDigits.bySearch(Math.abs(x), x < 0), ShortestDigits.of(x), row.toString());
            }
        }
    }

    @Test
    void exponentNotationStartsAt1e16AndBelow1eMinus4() {
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
    }
}
