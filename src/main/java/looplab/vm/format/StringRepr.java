package looplab.vm.format;

/** {@code repr(str)} and {@code ascii(str)} as CPython 3.11 (Objects/unicodeobject.c unicode_repr). */
public final class StringRepr {

    private StringRepr() {
    }

    public static String repr(String text) {
        return quote(text, false);
    }

    /** Like repr, but every non-ASCII character escaped, as {@code ascii()} does. */
    public static String ascii(String text) {
        return quote(text, true);
    }

    /**
     * Escapes the non-ASCII characters of an object's repr (backslash-x, backslash-u and backslash-U escapes):
     * {@code ascii(obj)} is {@code escapeNonAscii(repr(obj))} for every object, as in CPython.
     */
    public static String escapeNonAscii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        repr.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else if (c <= 0xff) {
                hex(out, "\\x", c, 2);
            } else if (c <= 0xffff) {
                hex(out, "\\u", c, 4);
            } else {
                hex(out, "\\U", c, 8);
            }
        });
        return out.toString();
    }

    private static String quote(String text, boolean asciiOnly) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2);
        out.append(quote);
        text.codePoints().forEach(c -> appendEscaped(out, c, quote, asciiOnly));
        out.append(quote);
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int c, char quote, boolean asciiOnly) {
        if (c == quote || c == '\\') {
            out.append('\\').appendCodePoint(c);
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c < ' ' || c == 0x7f) {
            hex(out, "\\x", c, 2);
        } else if (c < 0x7f || (!asciiOnly && isPrintable(c))) {
            out.appendCodePoint(c);
        } else if (c <= 0xff) {
            hex(out, "\\x", c, 2);
        } else if (c <= 0xffff) {
            hex(out, "\\u", c, 4);
        } else {
            hex(out, "\\U", c, 8);
        }
    }

    private static void hex(StringBuilder out, String escape, int c, int width) {
        String digits = Integer.toHexString(c);
        out.append(escape);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /** Python's str.isprintable for one character: not a control, format, surrogate, private, unassigned or separator (space excepted). */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
