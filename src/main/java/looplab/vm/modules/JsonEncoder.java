package looplab.vm.modules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import looplab.vm.PyBool;
import looplab.vm.PyDict;
import looplab.vm.PyFloat;
import looplab.vm.PyInt;
import looplab.vm.PyList;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyTuple;

/**
 * json.dumps without indent for values made only of builtin types, as CPython's C encoder (c_make_encoder) writes
 * them. Anything it does not take whole (another type, which would need {@code default}; a NaN refused by
 * allow_nan; a cycle; keys it cannot sort or convert) makes {@link #encode} answer null, before any Python code
 * has run, so the bundled Python encoder can do the job and raise CPython's errors.
 */
final class JsonEncoder {
    /** CPython refuses to print an int of more than 4300 digits; the Python encoder raises that error. */
    private static final int LARGEST_PRINTABLE_INT_BITS = 14_000;
    /** Deeper than this the Python encoder runs into the recursion limit, as CPython's does. */
    private static final int MAX_DEPTH = 500;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final boolean ensureAscii;
    private final boolean allowNan;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final String itemSeparator;
    private final String keySeparator;
    private final StringBuilder out = new StringBuilder();
    private final Map<PyObject, Boolean> open = new IdentityHashMap<>();

    /** Thrown (without a stack trace) when the value is not one this encoder takes whole. */
    private static final class NotPlain extends RuntimeException {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    JsonEncoder(boolean ensureAscii, boolean allowNan, boolean sortKeys, boolean skipKeys, String itemSeparator,
                String keySeparator) {
        this.ensureAscii = ensureAscii;
        this.allowNan = allowNan;
        this.sortKeys = sortKeys;
        this.skipKeys = skipKeys;
        this.itemSeparator = itemSeparator;
        this.keySeparator = keySeparator;
    }

    /** The JSON text of o, or null when the Python encoder must do it. */
    String encode(PyObject o) {
        try {
            value(o, 0);
            return out.toString();
        } catch (NotPlain e) {
            return null;
        }
    }

    private void value(PyObject o, int depth) {
        if (o instanceof PyStr s) {
            quote(out, s.value, ensureAscii);
        } else if (o == PyNone.NONE) {
            out.append("null");
        } else if (o instanceof PyBool b) {
            out.append(b == PyBool.TRUE ? "true" : "false");
        } else if (o.getClass() == PyInt.class) {
            out.append(intText((PyInt) o));
        } else if (o instanceof PyFloat f) {
            out.append(floatText(f));
        } else if (o instanceof PyList list) {
            array(list, list.asList(), depth);
        } else if (o instanceof PyTuple tuple) {
            array(tuple, List.of(tuple.items), depth);
        } else if (o instanceof PyDict dict) {
            object(dict, depth);
        } else {
            throw NotPlain.INSTANCE;
        }
    }

    private static String intText(PyInt i) {
        if (i.isBig() && i.big.bitLength() > LARGEST_PRINTABLE_INT_BITS) {
            throw NotPlain.INSTANCE;
        }
        return i.repr();
    }

    /** As CPython's encoder: float.__repr__, and JavaScript's names for the values JSON lacks. */
    private String floatText(PyFloat f) {
        double d = f.value;
        if (Double.isFinite(d)) {
            return f.repr();
        }
        if (!allowNan) {
            throw NotPlain.INSTANCE;
        }
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private void array(PyObject container, List<PyObject> items, int depth) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        enter(container, depth);
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(itemSeparator);
            }
            value(items.get(i), depth + 1);
        }
        out.append(']');
        open.remove(container);
    }

    private void object(PyDict dict, int depth) {
        if (dict.size() == 0) {
            out.append("{}");
            return;
        }
        enter(dict, depth);
        out.append('{');
        boolean first = true;
        for (Map.Entry<PyObject, PyObject> item : items(dict)) {
            String key = keyText(item.getKey());
            if (key == null) {
                continue;
            }
            if (!first) {
                out.append(itemSeparator);
            }
            first = false;
            quote(out, key, ensureAscii);
            out.append(keySeparator);
            value(item.getValue(), depth + 1);
        }
        out.append('}');
        open.remove(dict);
    }

    /** A cycle makes the Python encoder raise "Circular reference detected" (or recurse, without check_circular). */
    private void enter(PyObject container, int depth) {
        if (depth > MAX_DEPTH || open.put(container, Boolean.TRUE) != null) {
            throw NotPlain.INSTANCE;
        }
    }

    /** The dict's items, sorted by key when asked: only str keys are sorted here (by code point, as Python). */
    private List<Map.Entry<PyObject, PyObject>> items(PyDict dict) {
        List<Map.Entry<PyObject, PyObject>> items = new ArrayList<>(dict.map().entrySet());
        if (sortKeys) {
            for (Map.Entry<PyObject, PyObject> item : items) {
                if (!(item.getKey() instanceof PyStr)) {
                    throw NotPlain.INSTANCE;
                }
            }
            items.sort((x, y) -> codePointOrder(((PyStr) x.getKey()).value, ((PyStr) y.getKey()).value));
        }
        return items;
    }

    private static int codePointOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** As CPython's encoder turns a key into a str; null for a key skipkeys leaves out. */
    private String keyText(PyObject key) {
        if (key instanceof PyStr s) {
            return s.value;
        }
        if (key instanceof PyFloat f) {
            return floatText(f);
        }
        if (key instanceof PyBool b) {
            return b == PyBool.TRUE ? "true" : "false";
        }
        if (key == PyNone.NONE) {
            return "null";
        }
        if (key.getClass() == PyInt.class) {
            return intText((PyInt) key);
        }
        if (skipKeys) {
            return null;
        }
        throw NotPlain.INSTANCE;
    }

    static String quote(String s, boolean ensureAscii) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        quote(b, s, ensureAscii);
        return b.toString();
    }

    /**
     * CPython's py_encode_basestring(_ascii): a quote, backslash and the C0 controls are escaped ({@code \n},
     * {@code \u001b} …); with ensure_ascii every char from U+007F up too, as UTF-16 units, so a character
     * beyond the BMP becomes its surrogate pair as CPython writes it.
     */
    static void quote(StringBuilder b, String s, boolean ensureAscii) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < ' ' || ensureAscii && c > '~') {
                        b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
