package looplab.vm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Python bytes: an immutable sequence of ints 0-255. Indexing and iteration give ints, slicing gives bytes, and a
 * bytes never equals a str, as in CPython. The methods live in {@link BytesMethods}, the codecs in {@link Codecs}.
 */
public final class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);
    static final PyType ITERATOR = PyType.builtin("bytes_iterator", PyIterator.class);

    private final byte[] value;

    private PyBytes(byte[] value) {
        this.value = value;
    }

    /** Wraps the array without copying: the caller hands it over and never changes it again. */
    public static PyBytes of(byte[] value) {
        return value.length == 0 ? EMPTY : new PyBytes(value);
    }

    public static PyBytes utf8(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the bytes, for Java code that needs an array it may change. */
    public byte[] toArray() {
        return value.clone();
    }

    public int size() {
        return value.length;
    }

    /** The byte at i (0..size-1) as an unsigned value. */
    public int byteAt(int i) {
        return value[i] & 0xFF;
    }

    /** The bytes as a str of the same code points (0-255): how the str algorithms are reused for bytes. */
    String latin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    /** The inverse of {@link #latin1()}: every char of the text is below 256. */
    static PyBytes fromLatin1(String text) {
        return of(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return repr(value);
    }

    /** CPython's bytes_repr: single quotes unless the bytes hold ' and no ", \t \n \r and \xhh escapes. */
    static String repr(byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : bytes) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder s = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == quote || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                s.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                s.append((char) c);
            }
        }
        return s.append(quote).toString();
    }

    @Override
    public boolean isTrue() {
        return value.length > 0;
    }

    @Override
    public long hash() {
        return Arrays.hashCode(value) * 0x9E3779B1L + 7;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyBytes o) {
            return PyBool.of(op.holds(Arrays.compareUnsigned(value, o.value)));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (op == BinaryOp.ADD && !reflected) {
            return concat(other);
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    /** As CPython's sq_concat: a class with __radd__ still gets its turn, other operands are refused here. */
    private PyObject concat(PyObject other) {
        if (other instanceof PyBytes o) {
            byte[] r = Arrays.copyOf(value, value.length + o.value.length);
            System.arraycopy(o.value, 0, r, value.length, o.value.length);
            return of(r);
        }
        if (other instanceof PyInstance) {
            return PyNotImplemented.INSTANCE;
        }
        throw Errors.typeError("can't concat " + other.type().name() + " to bytes");
    }

    private PyBytes repeat(PyInt n) {
        long times = n.isBig() ? (n.signum() > 0 ? Long.MAX_VALUE : 0) : n.value;
        if (times <= 0 || value.length == 0) {
            return EMPTY;
        }
        if (times * value.length > Integer.MAX_VALUE / 2) {
            throw Errors.memoryError();
        }
        byte[] r = new byte[(int) times * value.length];
        for (int i = 0; i < times; i++) {
            System.arraycopy(value, 0, r, i * value.length, value.length);
        }
        return of(r);
    }

    @Override
    public int len() {
        return value.length;
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt) {
            return indexOf(new byte[] {(byte) BytesMethods.byteValue(item)}) >= 0;
        }
        return indexOf(BytesMethods.bytesLike(item).value) >= 0;
    }

    private int indexOf(byte[] sub) {
        outer:
        for (int i = 0; i + sub.length <= value.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (value[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            return PyInt.of(byteAt(Sequences.index(i, value.length, "index out of range")));
        }
        if (key instanceof PySlice s) {
            return slice(s);
        }
        throw Errors.typeError("byte indices must be integers or slices, not " + key.type().name());
    }

    private PyBytes slice(PySlice s) {
        PySlice.Indices ix = s.indices(value.length);
        byte[] r = new byte[Math.max(ix.length(), 0)];
        for (int k = 0, i = ix.start(); k < r.length; k++, i += ix.step()) {
            r[k] = value[i];
        }
        return of(r);
    }

    @Override
    public PyObject iter() {
        return new PyIterator(ITERATOR) {
            private int i;

            @Override
            public PyObject next() {
                return i < value.length ? PyInt.of(byteAt(i++)) : null;
            }
        };
    }
}
