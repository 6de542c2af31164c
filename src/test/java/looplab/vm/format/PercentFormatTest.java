package looplab.vm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PercentFormatTest {

    /** A Python tuple in these tests (lists are java.util.List, dicts LinkedHashMap, None null). */
    record Tuple(List<Object> items) {
    }

    /** Explains the test's stand-in objects the way the VM will explain its own. */
    static final class TestAdapter implements PercentFormat.Adapter {
        @Override
        public String str(Object value) {
            return value instanceof String s ? s : repr(value);
        }

        @Override
        public String repr(Object value) {
            if (value == null) {
                return "None";
            }
            if (value instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (value instanceof Double d) {
                return FloatRepr.repr(d);
            }
            if (value instanceof String s) {
                return StringRepr.repr(s);
            }
            if (value instanceof Tuple t) {
                String inner = t.items().stream().map(this::repr).collect(Collectors.joining(", "));
                return t.items().size() == 1 ? "(" + inner + ",)" : "(" + inner + ")";
            }
            if (value instanceof List<?> list) {
                return list.stream().map(this::repr).collect(Collectors.joining(", ", "[", "]"));
            }
            if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
            }
            return value.toString();
        }

        @Override
        public String ascii(Object value) {
            return StringRepr.escapeNonAscii(repr(value));
        }

        @Override
        public BigInteger asInteger(Object value) {
            if (value instanceof Boolean b) {
                return b ? BigInteger.ONE : BigInteger.ZERO;
            }
            return value instanceof BigInteger i ? i : null;
        }

        @Override
        public Double asDouble(Object value) {
            return value instanceof Double d ? d : null;
        }

        @Override
        public boolean isTuple(Object value) {
            return value instanceof Tuple;
        }

        @Override
        public List<Object> tupleItems(Object value) {
            return ((Tuple) value).items();
        }

        @Override
        public boolean isMapping(Object value) {
            return value instanceof Map || value instanceof List;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            if (mapping instanceof Map<?, ?> map && map.containsKey(key)) {
                return map.get(key);
            }
            if (mapping instanceof List) {
                throw new FormatError("TypeError", "list indices must be integers or slices, not str");
            }
            throw new FormatError("KeyError", StringRepr.repr(key));
        }

        @Override
        public String typeName(Object value) {
            if (value == null) {
                return "NoneType";
            }
            if (value instanceof Boolean) {
                return "bool";
            }
            if (value instanceof BigInteger) {
                return "int";
            }
            if (value instanceof Double) {
                return "float";
            }
            if (value instanceof String) {
                return "str";
            }
            if (value instanceof Tuple) {
                return "tuple";
            }
            return value instanceof List ? "list" : "dict";
        }
    }

    static Object untag(JsonNode node) {
        JsonNode v = node.get("v");
        switch (node.get("t").asText()) {
            case "int": return new BigInteger(v.asText());
            case "float": return RecordedCases.bitsToDouble(v);
            case "str": return v.asText();
            case "bool": return v.asBoolean();
            case "none": return null;
            case "tuple": return new Tuple(untagAll(v));
            case "list": return untagAll(v);
            default:
                Map<String, Object> map = new LinkedHashMap<>();
                v.forEach(pair -> map.put(pair.get(0).asText(), untag(pair.get(1))));
                return map;
        }
    }

    private static List<Object> untagAll(JsonNode items) {
        List<Object> values = new ArrayList<>();
        items.forEach(item -> values.add(untag(item)));
        return values;
    }

    @Test
    void percentFormattingMatchesCPython() {
        TestAdapter adapter = new TestAdapter();
        RecordedCases.checkAll("percent.jsonl", row ->
                PercentFormat.format(row.get("fmt").asText(), untag(row.get("args")), adapter));
    }

    @Test
    void mappingKeysNameTheArguments() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "loop");
        values.put("n", BigInteger.valueOf(3));
        assertEquals("loop ran 003 times", PercentFormat.format("%(name)s ran %(n)03d times", values, new TestAdapter()));
    }
}
