package looplab.vm.modules;

import java.math.BigInteger;
import looplab.vm.PyBool;
import looplab.vm.PyDict;
import looplab.vm.PyFloat;
import looplab.vm.PyInt;
import looplab.vm.PyList;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;

/**
 * json.loads with the default decoder (no hooks), as CPython's C scanner (scan_once_unicode) reads a value: the
 * same grammar as the bundled Python parser, which it follows step by step. Malformed text makes {@link #scan}
 * answer null; the Python parser then reads the text again to raise CPython's exact
 * JSONDecodeError (no Python code has run in between, so nothing is observed twice).
 */
final class JsonDecoder {
    /** int() refuses more than 4300 digits; the Python parser raises that error. */
    private static final int MAX_INT_DIGITS = 4300;
    /** Deeper than this the Python parser runs into the recursion limit, as CPython's does. */
    private static final int MAX_DEPTH = 500;

    private final String doc;
    private int pos;

    /** Thrown (without a stack trace) at the first thing that is not well-formed JSON. */
    private static final class Malformed extends RuntimeException {
        private static final Malformed INSTANCE = new Malformed();

        private Malformed() {
            super(null, null, false, false);
        }
    }

    private JsonDecoder(String doc) {
        this.doc = doc;
    }

    /** A value read and the char offset just after it. */
    record Scanned(PyObject value, int end) {
    }

    /** The value that starts at char offset {@code from} (no whitespace before it), or null if malformed. */
    static Scanned scan(String doc, int from) {
        JsonDecoder decoder = new JsonDecoder(doc);
        decoder.pos = from;
        try {
            PyObject value = decoder.value(0);
            return new Scanned(value, decoder.pos);
        } catch (Malformed e) {
            return null;
        }
    }

    private static Malformed malformed() {
        return Malformed.INSTANCE;
    }

    private void skipWhitespace() {
        while (pos < doc.length()) {
            char c = doc.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private PyObject value(int depth) {
        if (pos >= doc.length() || depth > MAX_DEPTH) {
            throw malformed();
        }
        char c = doc.charAt(pos);
        switch (c) {
            case '"' -> {
                pos++;
                return PyStr.of(string());
            }
            case '{' -> {
                pos++;
                return object(depth);
            }
            case '[' -> {
                pos++;
                return array(depth);
            }
            default -> {
                PyObject constant = constant();
                return constant != null ? constant : number();
            }
        }
    }

    /** null, true, false, and the names Python's encoder gives NaN and the infinities. */
    private PyObject constant() {
        if (doc.startsWith("null", pos)) {
            pos += 4;
            return PyNone.NONE;
        }
        if (doc.startsWith("true", pos)) {
            pos += 4;
            return PyBool.TRUE;
        }
        if (doc.startsWith("false", pos)) {
            pos += 5;
            return PyBool.FALSE;
        }
        if (doc.startsWith("-Infinity", pos)) {
            pos += 9;
            return PyFloat.of(Double.NEGATIVE_INFINITY);
        }
        if (doc.startsWith("Infinity", pos)) {
            pos += 8;
            return PyFloat.of(Double.POSITIVE_INFINITY);
        }
        if (doc.startsWith("NaN", pos)) {
            pos += 3;
            return PyFloat.of(Double.NaN);
        }
        return null;
    }

    private PyObject number() {
        int start = pos;
        if (at('-')) {
            pos++;
        }
        if (at('0')) {
            pos++;
        } else if (pos < doc.length() && doc.charAt(pos) >= '1' && doc.charAt(pos) <= '9') {
            skipDigits();
        } else {
            throw malformed();
        }
        boolean isFloat = fraction() | exponent();
        String text = doc.substring(start, pos);
        return isFloat ? PyFloat.of(Double.parseDouble(text)) : integer(text);
    }

    private boolean fraction() {
        if (at('.') && isDigit(pos + 1)) {
            pos++;
            skipDigits();
            return true;
        }
        return false;
    }

    private boolean exponent() {
        if (!at('e') && !at('E')) {
            return false;
        }
        int exp = pos + 1;
        if (exp < doc.length() && (doc.charAt(exp) == '+' || doc.charAt(exp) == '-')) {
            exp++;
        }
        if (!isDigit(exp)) {
            return false;
        }
        pos = exp;
        skipDigits();
        return true;
    }

    private static PyInt integer(String text) {
        if (text.length() <= 18) {
            return PyInt.of(Long.parseLong(text));
        }
        if (text.length() > MAX_INT_DIGITS) {
            throw malformed();
        }
        return PyInt.of(new BigInteger(text));
    }

    private boolean at(char c) {
        return pos < doc.length() && doc.charAt(pos) == c;
    }

    /** ASCII digits only, as CPython's scanner; the Python parser takes a document with other digits instead. */
    private boolean isDigit(int i) {
        return i < doc.length() && doc.charAt(i) >= '0' && doc.charAt(i) <= '9';
    }

    private void skipDigits() {
        while (isDigit(pos)) {
            pos++;
        }
    }

    /** The string whose opening quote was just read; pos ends after its closing quote. */
    private String string() {
        int plainStart = pos;
        while (pos < doc.length()) {
            char c = doc.charAt(pos);
            if (c == '"') {
                return doc.substring(plainStart, pos++);
            }
            if (c == '\\' || c < ' ') {
                break;
            }
            pos++;
        }
        StringBuilder b = new StringBuilder().append(doc, plainStart, pos);
        while (true) {
            if (pos >= doc.length()) {
                throw malformed();
            }
            char c = doc.charAt(pos);
            if (c == '"') {
                pos++;
                return b.toString();
            }
            if (c < ' ') {
                throw malformed();
            }
            if (c == '\\') {
                escape(b);
            } else {
                b.append(c);
                pos++;
            }
        }
    }

    private void escape(StringBuilder b) {
        pos++;
        if (pos >= doc.length()) {
            throw malformed();
        }
        char e = doc.charAt(pos);
        switch (e) {
            case '"', '\\', '/' -> b.append(e);
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'n' -> b.append('\n');
            case 'r' -> b.append('\r');
            case 't' -> b.append('\t');
            case 'u' -> {
                unicodeEscape(b);
                return;
            }
            default -> throw malformed();
        }
        pos++;
    }

    /** pos is at the u of \\uXXXX; a high surrogate followed by a low one's escape makes one character. */
    private void unicodeEscape(StringBuilder b) {
        int code = hex4(pos + 1);
        pos += 5;
        if (code >= 0xd800 && code <= 0xdbff && doc.startsWith("\\u", pos)) {
            int low = hex4(pos + 2);
            if (low >= 0xdc00 && low <= 0xdfff) {
                b.appendCodePoint(0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00)));
                pos += 6;
                return;
            }
        }
        b.append((char) code);
    }

    private int hex4(int from) {
        if (from + 4 > doc.length()) {
            throw malformed();
        }
        int code = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(doc.charAt(i), 16);
            if (digit < 0 || doc.charAt(i) > 'f') {
                throw malformed();
            }
            code = code * 16 + digit;
        }
        return code;
    }

    private PyDict object(int depth) {
        PyDict result = new PyDict();
        skipWhitespace();
        if (at('}')) {
            pos++;
            return result;
        }
        while (true) {
            if (!at('"')) {
                throw malformed();
            }
            pos++;
            PyStr key = PyStr.of(string());
            skipWhitespace();
            if (!at(':')) {
                throw malformed();
            }
            pos++;
            skipWhitespace();
            result.put(key, value(depth + 1));
            if (closedBy('}')) {
                return result;
            }
        }
    }

    private PyList array(int depth) {
        PyList result = new PyList();
        skipWhitespace();
        if (at(']')) {
            pos++;
            return result;
        }
        while (true) {
            result.append(value(depth + 1));
            if (closedBy(']')) {
                return result;
            }
        }
    }

    /** After an element: true past the closing {@code close}, false past a comma (and its white space). */
    private boolean closedBy(char close) {
        skipWhitespace();
        if (at(close)) {
            pos++;
            return true;
        }
        if (!at(',')) {
            throw malformed();
        }
        pos++;
        skipWhitespace();
        return false;
    }
}
