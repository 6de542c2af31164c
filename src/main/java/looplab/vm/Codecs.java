package looplab.vm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text encodings asyncio programs use, str.encode and bytes.decode: utf-8, ascii and latin-1 with the error
 * handlers strict, replace and ignore. The errors raised are CPython's UnicodeDecodeError and UnicodeEncodeError,
 * with the positions and reasons its codecs report.
 */
final class Codecs {
    private static final char REPLACEMENT = '\uFFFD';

    private Codecs() {
    }

    /** An encoding by any of the names CPython's codec registry accepts for it. */
    enum Encoding {
        UTF_8("utf-8", 0x110000), ASCII("ascii", 128), LATIN_1("latin-1", 256);

        final String pythonName;
        final int limit;

        Encoding(String pythonName, int limit) {
            this.pythonName = pythonName;
            this.limit = limit;
        }

        static Encoding named(String name) {
            String n = name.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            return switch (n) {
                case "utf-8", "utf8", "u8", "utf", "cp65001" -> UTF_8;
                case "ascii", "us-ascii", "646" -> ASCII;
                case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819" -> LATIN_1;
                default -> throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + name);
            };
        }
    }

    enum ErrorHandler {
        STRICT, REPLACE, IGNORE;

        static ErrorHandler named(String name) {
            return switch (name) {
                case "strict" -> STRICT;
                case "replace" -> REPLACE;
                case "ignore" -> IGNORE;
                default -> throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
            };
        }
    }

    static PyStr decode(PyBytes data, String encoding, String errors) {
        Encoding e = Encoding.named(encoding);
        if (e == Encoding.UTF_8) {
            return PyStr.of(new Utf8Decoder(data, errors).decode());
        }
        StringBuilder out = new StringBuilder(data.size());
        for (int i = 0; i < data.size(); i++) {
            int b = data.byteAt(i);
            int at = i;
            if (b < e.limit) {
                out.append((char) b);
            } else if (handle(errors, () -> decodeError(e.pythonName, data, at, at + 1,
                    "ordinal not in range(128)")) == ErrorHandler.REPLACE) {
                out.append(REPLACEMENT);
            }
        }
        return PyStr.of(out.toString());
    }

    static PyBytes encode(PyStr text, String encoding, String errors) {
        Encoding e = Encoding.named(encoding);
        String s = text.value;
        if (e == Encoding.UTF_8 && !hasLoneSurrogate(s)) {
            return PyBytes.utf8(s);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] codePoints = s.codePoints().toArray();
        for (int i = 0; i < codePoints.length; ) {
            int end = unencodableRun(codePoints, i, e);
            if (end == i) {
                byte[] b = new String(codePoints, i, 1).getBytes(StandardCharsets.UTF_8);
                out.write(e == Encoding.UTF_8 ? b : new byte[] {(byte) codePoints[i]}, 0, e == Encoding.UTF_8 ? b.length : 1);
                i++;
                continue;
            }
            int from = i;
            String reason = e == Encoding.UTF_8 ? "surrogates not allowed" : "ordinal not in range(" + e.limit + ")";
            if (handle(errors, () -> encodeError(e.pythonName, text, codePoints, from, end, reason))
                    == ErrorHandler.REPLACE) {
                for (int k = from; k < end; k++) {
                    out.write('?');
                }
            }
            i = end;
        }
        return PyBytes.of(out.toByteArray());
    }

    /** The end of the run of code points from i that the encoding cannot encode (i itself when it can). */
    private static int unencodableRun(int[] codePoints, int i, Encoding e) {
        int end = i;
        while (end < codePoints.length && !encodable(codePoints[end], e)) {
            end++;
        }
        return end;
    }

    private static boolean encodable(int codePoint, Encoding e) {
        return e == Encoding.UTF_8 ? !(codePoint >= 0xD800 && codePoint <= 0xDFFF) : codePoint < e.limit;
    }

    private static boolean hasLoneSurrogate(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }

    /** Raises the strict error, or tells the caller whether to replace or drop the bad input. */
    private static ErrorHandler handle(String errors, java.util.function.Supplier<PyException> strictError) {
        ErrorHandler h = ErrorHandler.named(errors);
        if (h == ErrorHandler.STRICT) {
            throw strictError.get();
        }
        return h;
    }

    /** UnicodeDecodeError(encoding, object, start, end, reason), as the codecs raise it. */
    static PyException decodeError(String encoding, PyBytes data, int start, int end, String reason) {
        return new PyBaseException(ExceptionTypes.UNICODE_DECODE_ERROR, new PyObject[] {PyStr.of(encoding), data,
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)}).toThrowable();
    }

    private static PyException encodeError(String encoding, PyStr text, int[] codePoints, int start, int end,
                                           String reason) {
        return new PyBaseException(ExceptionTypes.UNICODE_ENCODE_ERROR, new PyObject[] {PyStr.of(encoding), text,
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)}).toThrowable();
    }

    /** CPython's UnicodeDecodeError.__str__ and UnicodeEncodeError.__str__, from the five arguments. */
    static String message(PyBaseException e) {
        PyObject[] a = e.args.items;
        if (!(a[2] instanceof PyInt) || !(a[3] instanceof PyInt) || !(a[1] instanceof PyBytes || a[1] instanceof PyStr)) {
            return e.args.repr();
        }
        String encoding = a[0].str();
        int start = Ops.index(a[2]).intValue();
        int end = Ops.index(a[3]).intValue();
        String reason = a[4].str();
        boolean decoding = a[1] instanceof PyBytes;
        String verb = decoding ? "decode" : "encode";
        int length = decoding ? ((PyBytes) a[1]).size() : ((PyStr) a[1]).codePointLength();
        if (end == start + 1 && start >= 0 && start < length) {
            String what = decoding ? "byte 0x" + String.format("%02x", ((PyBytes) a[1]).byteAt(start))
                    : "character '" + escaped(((PyStr) a[1]).value.codePoints().toArray()[start]) + "'";
            return "'" + encoding + "' codec can't " + verb + " " + what + " in position " + start + ": " + reason;
        }
        return "'" + encoding + "' codec can't " + verb + " " + (decoding ? "bytes" : "characters") + " in position "
                + start + "-" + (end - 1) + ": " + reason;
    }

    private static String escaped(int codePoint) {
        if (codePoint < 0x100) {
            return String.format("\\x%02x", codePoint);
        }
        return codePoint < 0x10000 ? String.format("\\u%04x", codePoint) : String.format("\\U%08x", codePoint);
    }

    /** UTF-8 as CPython decodes it: the reasons and the error ranges of Objects/stringlib/codecs.h. */
    private static final class Utf8Decoder {
        private final PyBytes data;
        private final String errors;
        private final StringBuilder out;
        private int i;

        Utf8Decoder(PyBytes data, String errors) {
            this.data = data;
            this.errors = errors;
            this.out = new StringBuilder(data.size());
        }

        String decode() {
            while (i < data.size()) {
                int b = data.byteAt(i);
                if (b < 0x80) {
                    out.append((char) b);
                    i++;
                } else {
                    sequence(b);
                }
            }
            return out.toString();
        }

        private void sequence(int lead) {
            int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (continuations == 0) {
                fail(i + 1, "invalid start byte");
                return;
            }
            int codePoint = lead & (0x3F >> continuations);
            for (int k = 1; k <= continuations; k++) {
                if (i + k >= data.size()) {
                    fail(data.size(), "unexpected end of data");
                    return;
                }
                int c = data.byteAt(i + k);
                if (c < lowest(lead, k) || c > highest(lead, k)) {
                    fail(i + k, "invalid continuation byte");
                    return;
                }
                codePoint = codePoint << 6 | (c & 0x3F);
            }
            out.appendCodePoint(codePoint);
            i += continuations + 1;
        }

        /** The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF. */
        private static int lowest(int lead, int k) {
            return k == 1 && lead == 0xE0 ? 0xA0 : k == 1 && lead == 0xF0 ? 0x90 : 0x80;
        }

        private static int highest(int lead, int k) {
            return k == 1 && lead == 0xED ? 0x9F : k == 1 && lead == 0xF4 ? 0x8F : 0xBF;
        }

        private void fail(int end, String reason) {
            int start = i;
            if (handle(errors, () -> decodeError("utf-8", data, start, end, reason)) == ErrorHandler.REPLACE) {
                out.append(REPLACEMENT);
            }
            i = end;
        }
    }
}
