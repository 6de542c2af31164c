package looplab.vm;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Python str. Indexing and len() count code points as Python does; strings without surrogate pairs (almost all)
 * use Java's char indexing directly.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class);
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] SINGLE_CHARS = new PyStr[256];
    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();

    static {
        for (int i = 0; i < SINGLE_CHARS.length; i++) {
            SINGLE_CHARS[i] = new PyStr(String.valueOf((char) i));
        }
    }

    public final String value;
    private int hash;
    private byte wide = -1;

    PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) {
            return SINGLE_CHARS[s.charAt(0)];
        }
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    /** Identifier-like strings used as attribute and variable names, shared to save allocation. */
    public static PyStr intern(String s) {
        return INTERNED.computeIfAbsent(s, PyStr::new);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** True when the string holds characters outside the BMP, so chars and code points differ. */
    public boolean isWide() {
        if (wide < 0) {
            wide = (byte) (value.codePoints().count() != value.length() ? 1 : 0);
        }
        return wide == 1;
    }

    public int codePointLength() {
        return isWide() ? value.codePointCount(0, value.length()) : value.length();
    }

    /** The code point at Python index i (already normalised to 0..len-1). */
    public String charAt(int i) {
        if (!isWide()) {
            char c = value.charAt(i);
            return c < 256 ? SINGLE_CHARS[c].value : String.valueOf(c);
        }
        int offset = value.offsetByCodePoints(0, i);
        return new String(Character.toChars(value.codePointAt(offset)));
    }

    /** Converts a Python (code point) index to a Java char offset. */
    public int offset(int codePointIndex) {
        return isWide() ? value.offsetByCodePoints(0, codePointIndex) : codePointIndex;
    }

    @Override
    public String repr() {
        return repr(value);
    }

    /** Python's repr of a str: single quotes unless the text has single and no double quotes. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == quote) {
                        b.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else if (c >= 0x80 && c < 0xa0 || c == 0xad) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c > 0xff && !isPrintable(c))) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(quote).toString();
    }

    private static boolean isPrintable(char c) {
        int t = Character.getType(c);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.UNASSIGNED
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR && t != Character.SPACE_SEPARATOR
                && t != Character.PRIVATE_USE && t != Character.SURROGATE || c == ' ';
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    @Override
    public long hash() {
        int h = hash;
        if (h == 0) {
            h = value.hashCode() * 0x9E3779B1 + 1;
            hash = h;
        }
        return h;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyStr o) {
            int c = value == o.value ? 0 : compareCodePoints(value, o.value);
            return PyBool.of(op.holds(c));
        }
        return PyNotImplemented.INSTANCE;
    }

    /** Python compares strings by code point; Java's compareTo compares UTF-16 units (differs beyond the BMP). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (op == BinaryOp.ADD && other instanceof PyStr o && !reflected) {
            return of(value.concat(o.value));
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            long times = n.isBig() ? (n.signum() > 0 ? Long.MAX_VALUE : 0) : n.value;
            if (times <= 0 || value.isEmpty()) {
                return EMPTY;
            }
            if (times * value.length() > Integer.MAX_VALUE / 2) {
                throw Errors.memoryError();
            }
            return of(value.repeat((int) times));
        }
        if (op == BinaryOp.MOD && !reflected) {
            return of(StrFormatting.percent(value, other));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public int len() {
        return codePointLength();
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyStr s) {
            return value.contains(s.value);
        }
        throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            int n = codePointLength();
            int index = Sequences.index(i, n, "string index out of range");
            return of(charAt(index));
        }
        if (key instanceof PySlice s) {
            return of(slice(s));
        }
        throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
    }

    private String slice(PySlice s) {
        int n = codePointLength();
        PySlice.Indices ix = s.indices(n);
        if (ix.step() == 1) {
            return ix.length() <= 0 ? "" : value.substring(offset(ix.start()), offset(ix.start() + ix.length()));
        }
        StringBuilder b = new StringBuilder(Math.max(ix.length(), 0));
        for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
            b.append(charAt(i));
        }
        return b.toString();
    }

    @Override
    public PyObject iter() {
        return new PyIterator(TYPE_ITERATOR) {
            private int i;
            private final int n = codePointLength();

            @Override
            public PyObject next() {
                return i < n ? of(charAt(i++)) : null;
            }
        };
    }

    static final PyType TYPE_ITERATOR = PyType.builtin("str_iterator", PyIterator.class);
}
