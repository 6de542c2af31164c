package looplab.vm;

import static looplab.vm.BuiltinMethods.bind;
import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.defineStatic;
import static looplab.vm.BuiltinMethods.noArguments;

import java.io.ByteArrayOutputStream;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The methods of bytes. Searching, splitting, stripping and padding reuse str's algorithms on a str view of the
 * bytes (see {@link #asText}); the case changes and predicates are ASCII-only, as CPython's bytes methods are.
 * The codec methods (decode, and str.encode) are here too, over {@link Codecs}.
 */
final class BytesMethods {
    /** The searching and splitting methods that behave for bytes as for str, on the str view. */
    private static final String[] LIKE_STR = {"find", "rfind", "count", "replace", "split", "rsplit", "strip",
        "lstrip", "rstrip", "partition", "rpartition", "center", "ljust", "rjust", "zfill", "splitlines",
        "startswith", "endswith", "removeprefix", "removesuffix", "expandtabs"};
    /** Latin-1 chars that str treats as whitespace or line breaks but bytes does not (bytes knows only ASCII's). */
    private static final String NOT_SPACE_IN_BYTES = "\u001c\u001d\u001e\u001f\u0085\u00a0";
    private static final char HIDDEN = '\uE000';

    private BytesMethods() {
    }

    static void install() {
        for (String name : LIKE_STR) {
            define(PyBytes.TYPE, name, (a, k) -> likeStr(name, a, k));
        }
        define(PyBytes.TYPE, "index", (a, k) -> found(likeStr("find", a, k)));
        define(PyBytes.TYPE, "rindex", (a, k) -> found(likeStr("rfind", a, k)));
        define(PyBytes.TYPE, "join", (a, k) -> join((PyBytes) a[0], BuiltinMethods.oneArgument("bytes.join", a, k)));
        define(PyBytes.TYPE, "hex", (a, k) -> hex((PyBytes) a[0], bind("hex", a, k, 0, "sep", "bytes_per_sep")));
        defineStatic(PyBytes.TYPE, "fromhex", (a, k) -> {
            Args.exactly("fromhex", a, k, 1);
            return fromHex(a[0]);
        });
        installAsciiMethods();
        installCodecs();
    }

    private static void installAsciiMethods() {
        mapping("upper", c -> c >= 'a' && c <= 'z' ? c - 32 : c);
        mapping("lower", c -> c >= 'A' && c <= 'Z' ? c + 32 : c);
        mapping("swapcase", c -> c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c);
        predicate("isdigit", c -> c >= '0' && c <= '9');
        predicate("isalpha", c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        predicate("isalnum", c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        predicate("isspace", c -> c == ' ' || c >= '\t' && c <= '\r');
        define(PyBytes.TYPE, "isascii", (a, k) -> {
            noArguments("bytes.isascii", a, k);
            PyBytes self = (PyBytes) a[0];
            for (int i = 0; i < self.size(); i++) {
                if (self.byteAt(i) >= 128) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
    }

    private static void installCodecs() {
        define(PyBytes.TYPE, "decode", (a, k) -> {
            PyObject[] b = bind("decode", a, k, 0, "encoding", "errors");
            return Codecs.decode((PyBytes) a[0], text(b[0], "utf-8", "decode", 1), text(b[1], "strict", "decode", 2));
        });
        define(PyStr.TYPE, "encode", (a, k) -> {
            PyObject[] b = bind("encode", a, k, 0, "encoding", "errors");
            return Codecs.encode((PyStr) a[0], text(b[0], "utf-8", "encode", 1), text(b[1], "strict", "encode", 2));
        });
    }

    /** An encoding or errors argument: a str, or the default when absent. */
    static String text(PyObject argument, String absent, String function, int position) {
        if (argument == null) {
            return absent;
        }
        if (argument instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(function + "() argument " + position + " must be str, not " + argument.type().name());
    }

    // ---- bytes(...) ----------------------------------------------------------------------------------------

    /** bytes(), bytes(n), bytes(str, encoding[, errors]), bytes(iterable of ints), bytes(obj with __bytes__). */
    static PyObject construct(PyObject[] b) {
        PyObject source = b[0];
        if (b[1] != null || b[2] != null) {
            if (!(source instanceof PyStr s)) {
                throw Errors.typeError(source == null ? "encoding or errors without sequence argument"
                        : "encoding without a string argument");
            }
            return Codecs.encode(s, text(b[1], "utf-8", "bytes", 2), text(b[2], "strict", "bytes", 3));
        }
        if (source == null) {
            return PyBytes.EMPTY;
        }
        if (source instanceof PyBytes) {
            return source;
        }
        if (source instanceof PyStr) {
            throw Errors.typeError("string argument without an encoding");
        }
        PyObject dunder = source.type().lookup("__bytes__");
        if (dunder != null) {
            return Calls.callMethod(dunder, source, new PyObject[0], Args.NO_KEYWORDS);
        }
        if (source instanceof PyInt || source.type().lookup("__index__") != null && !(source instanceof PyFloat)) {
            return zeros(Ops.index(source));
        }
        return fromInts(source);
    }

    private static PyBytes zeros(PyInt count) {
        if (count.signum() < 0) {
            throw Errors.valueError("negative count");
        }
        if (count.isBig() || count.value > Integer.MAX_VALUE / 2) {
            throw Errors.memoryError();
        }
        return PyBytes.of(new byte[(int) count.value]);
    }

    private static PyBytes fromInts(PyObject source) {
        PyObject it;
        try {
            it = source.iter();
        } catch (PyException notIterable) {
            if (!notIterable.matches(ExceptionTypes.TYPE_ERROR)) {
                throw notIterable;
            }
            throw Errors.typeError("cannot convert '" + source.type().name() + "' object to bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            PyInt i = Ops.index(x);
            if (i.isBig() || i.value < 0 || i.value > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) i.value);
        }
        return PyBytes.of(out.toByteArray());
    }

    // ---- the str algorithms over bytes ------------------------------------------------------------------------

    /**
     * Calls str's method of that name on the str view of self and of the bytes arguments, and turns the str results
     * back into bytes. A str argument is refused as CPython refuses it.
     */
    private static PyObject likeStr(String name, PyObject[] a, String[] k) {
        PyObject[] args = new PyObject[a.length];
        args[0] = asText((PyBytes) a[0]);
        for (int i = 1; i < a.length; i++) {
            args[i] = argumentAsText(name, a[i], i == 1 && (name.contains("find") || name.equals("count")));
        }
        return asBytes(PyStr.TYPE.lookup(name).call(args, k));
    }

    private static PyObject argumentAsText(String method, PyObject argument, boolean byteAllowed) {
        if (argument instanceof PyBytes b) {
            return asText(b);
        }
        if (byteAllowed && argument instanceof PyInt) {
            return PyStr.of(hide(String.valueOf((char) byteValue(argument))));
        }
        if (argument instanceof PyTuple t && method.endsWith("with")) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = argumentAsText(method, t.get(i), false);
            }
            return new PyTuple(items);
        }
        if (argument instanceof PyStr && method.endsWith("with")) {
            throw Errors.typeError(method + " first arg must be bytes or a tuple of bytes, not str");
        }
        if (argument instanceof PyStr) {
            throw Errors.typeError("a bytes-like object is required, not 'str'");
        }
        return argument;
    }

    /**
     * The bytes as a str of the same code points, except the few latin-1 chars that str (not bytes) counts as
     * whitespace or line breaks, which are moved to the private-use area so that split(), strip() and
     * splitlines() see exactly the ASCII whitespace bytes methods know.
     */
    private static PyStr asText(PyBytes b) {
        return PyStr.of(hide(b.latin1()));
    }

    private static String hide(String latin1) {
        StringBuilder s = new StringBuilder(latin1);
        for (int i = 0; i < s.length(); i++) {
            if (NOT_SPACE_IN_BYTES.indexOf(s.charAt(i)) >= 0) {
                s.setCharAt(i, (char) (HIDDEN + s.charAt(i)));
            }
        }
        return s.toString();
    }

    private static PyObject asBytes(PyObject result) {
        if (result instanceof PyStr s) {
            StringBuilder b = new StringBuilder(s.value);
            for (int i = 0; i < b.length(); i++) {
                if (b.charAt(i) >= HIDDEN) {
                    b.setCharAt(i, (char) (b.charAt(i) - HIDDEN));
                }
            }
            return PyBytes.fromLatin1(b.toString());
        }
        if (result instanceof PyList list) {
            PyList r = new PyList();
            for (PyObject item : Sequences.toArray(list)) {
                r.append(asBytes(item));
            }
            return r;
        }
        if (result instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = asBytes(t.get(i));
            }
            return new PyTuple(items);
        }
        return result;
    }

    private static PyObject found(PyObject index) {
        if (((PyInt) index).value < 0) {
            throw Errors.valueError("subsection not found");
        }
        return index;
    }

    /** A byte given as an int (b'abc'.find(98), 98 in b'abc'). */
    static int byteValue(PyObject item) {
        PyInt i = Ops.index(item);
        if (i.isBig() || i.value < 0 || i.value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) i.value;
    }

    /** The right operand of `in` and of the methods that take bytes (bytearray is not there yet). */
    static PyBytes bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            return b;
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    // ---- join, hex, fromhex -----------------------------------------------------------------------------------

    private static PyBytes join(PyBytes separator, PyObject iterable) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] sep = separator.toArray();
        PyObject[] items = Sequences.toArray(iterable);
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBytes b)) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + items[i].type().name() + " found");
            }
            if (i > 0) {
                out.write(sep, 0, sep.length);
            }
            out.write(b.toArray(), 0, b.size());
        }
        return PyBytes.of(out.toByteArray());
    }

    /** bytes.hex(sep, bytes_per_sep): a positive count groups from the right, a negative one from the left. */
    private static PyStr hex(PyBytes self, PyObject[] b) {
        String sep = b[0] == null ? "" : b[0] instanceof PyBytes s ? s.latin1() : b[0].str();
        if (b[0] != null && sep.length() != 1) {
            throw Errors.valueError("sep must be length 1.");
        }
        int group = b[1] == null ? 1 : Ops.index(b[1]).intValue();
        StringBuilder out = new StringBuilder(self.size() * 3);
        int n = self.size();
        for (int i = 0; i < n; i++) {
            boolean boundary = group > 0 ? (n - i) % group == 0 : i % -group == 0;
            if (i > 0 && !sep.isEmpty() && group != 0 && boundary) {
                out.append(sep);
            }
            int c = self.byteAt(i);
            out.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return PyStr.of(out.toString());
    }

    private static PyBytes fromHex(PyObject argument) {
        if (!(argument instanceof PyStr s)) {
            throw Errors.typeError("fromhex() argument must be str, not " + argument.type().name());
        }
        String text = s.value;
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2);
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) < 128) {
                i++;
            }
            if (i >= text.length()) {
                return PyBytes.of(out.toByteArray());
            }
            int high = hexDigit(text, i);
            int low = hexDigit(text, i + 1);
            out.write(high << 4 | low);
            i += 2;
        }
    }

    private static int hexDigit(String text, int i) {
        int d = i < text.length() ? Character.digit(text.charAt(i), 16) : -1;
        if (d < 0 || text.charAt(i) >= 128) {
            throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
        }
        return d;
    }

    // ---- ASCII case and predicates ----------------------------------------------------------------------------

    private static void mapping(String name, IntUnaryOperator change) {
        define(PyBytes.TYPE, name, (a, k) -> {
            noArguments("bytes." + name, a, k);
            byte[] r = ((PyBytes) a[0]).toArray();
            for (int i = 0; i < r.length; i++) {
                r[i] = (byte) change.applyAsInt(r[i] & 0xFF);
            }
            return PyBytes.of(r);
        });
    }

    private static void predicate(String name, IntPredicate holds) {
        define(PyBytes.TYPE, name, (a, k) -> {
            noArguments("bytes." + name, a, k);
            PyBytes self = (PyBytes) a[0];
            for (int i = 0; i < self.size(); i++) {
                if (!holds.test(self.byteAt(i))) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.of(self.size() > 0);
        });
    }
}
