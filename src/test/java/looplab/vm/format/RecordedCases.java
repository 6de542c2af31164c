package looplab.vm.format;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Cases recorded from CPython 3.11 by scripts/record_numeric_cases.py, one JSON object a line, and a checker
 * that runs them all and fails listing the first mismatches.
 */
public final class RecordedCases {
    /** Infinity is allowed: the random cases pass an infinite weight. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private RecordedCases() {
    }

    public static List<JsonNode> load(String name) {
        String path = "/vm/numeric/" + name;
        try (InputStream in = RecordedCases.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path + "; run scripts/record_numeric_cases.py");
            }
            List<JsonNode> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(JSON.readTree(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double bitsToDouble(JsonNode node) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(node.asText()));
    }

    public static String doubleToBits(double value) {
        return Long.toUnsignedString(Double.doubleToRawLongBits(value));
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }

    /**
     * Runs {@code actual} on every row and compares with the row's "out" or "error" ([type, message]).
     * Asserts that all match; the failure lists up to 25 mismatching rows.
     */
    public static void checkAll(String name, Function<JsonNode, String> actual) {
        List<JsonNode> rows = load(name);
        List<String> failures = new ArrayList<>();
        for (JsonNode row : rows) {
            String expected = row.has("error") ? "!" + row.get("error").get(0).asText() + ": " + row.get("error").get(1).asText()
                    : row.get("out").asText();
            String got;
            try {
                got = actual.apply(row);
            } catch (FormatError e) {
                got = "!" + e.pythonType() + ": " + e.getMessage();
            } catch (RuntimeException e) {
                got = "!java " + e;
            }
            if (!expected.equals(got)) {
                failures.add(abbreviate(row.toString()) + "\n      got " + abbreviate(got));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + rows.size() + " cases of " + name + " differ from CPython:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(25, failures.size()))));
        }
    }
}
