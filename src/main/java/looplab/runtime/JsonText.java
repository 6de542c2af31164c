package looplab.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import looplab.vm.Errors;
import looplab.vm.PyBool;
import looplab.vm.PyDict;
import looplab.vm.PyFloat;
import looplab.vm.PyInt;
import looplab.vm.PyList;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON for the simulated network: bodies written exactly as Python's {@code json.dumps} writes them with default
 * settings (", " and ": " separators, non-ASCII escaped), and bodies read into Python objects as
 * {@code json.loads} does (objects keep their key order).
 */
final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private JsonText() {
    }

    /** json.dumps of maps, lists, strings, numbers, booleans and null. */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            writeString(s, sb);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Double d) {
            sb.append(PyFloat.of(d).repr());
        } else if (value instanceof Number n) {
            sb.append(n);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, sb);
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                write(list.get(i), sb);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            sb.append(first ? "" : ", ");
            first = false;
            writeString(String.valueOf(e.getKey()), sb);
            sb.append(": ");
            write(e.getValue(), sb);
        }
        sb.append('}');
    }

    /** json's ensure_ascii string escaping. */
    private static void writeString(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** json.loads: a body into dicts, lists, str, int, float, bool and None. */
    static PyObject read(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw Errors.valueError("Expecting value: line 1 column 1 (char 0)");
        }
        if (node == null || node.isMissingNode()) {
            throw Errors.valueError("Expecting value: line 1 column 1 (char 0)");
        }
        return toPython(node);
    }

    private static PyObject toPython(JsonNode node) {
        if (node.isObject()) {
            PyDict dict = new PyDict();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                dict.put(PyStr.of(field.getKey()), toPython(field.getValue()));
            }
            return dict;
        }
        if (node.isArray()) {
            List<PyObject> items = new ArrayList<>();
            node.forEach(item -> items.add(toPython(item)));
            return new PyList(items);
        }
        if (node.isTextual()) {
            return PyStr.of(node.textValue());
        }
        if (node.isBoolean()) {
            return PyBool.of(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return PyInt.of(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return PyFloat.of(node.doubleValue());
        }
        return PyNone.NONE;
    }
}
