package looplab.vm.format;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code str % args}: printf-style formatting as CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c),
 * with the same argument consumption, padding rules and error messages. The Python objects are opaque here;
 * the caller explains them through an {@link Adapter}.
 */
public final class PercentFormat {

    /** What the formatter needs to know about the VM's objects. */
    public interface Adapter {
        String str(Object value);

        String repr(Object value);

        String ascii(Object value);

        /** The value as an int if it is one (int, bool, or has __index__), else null. */
        BigInteger asInteger(Object value);

        /** The value as a float if it is a real number other than an int (float, or has __float__), else null. */
        Double asDouble(Object value);

        boolean isTuple(Object value);

        List<Object> tupleItems(Object value);

        /** CPython's PyMapping_Check minus tuples and strs: true for anything with __getitem__, lists included. */
        boolean isMapping(Object value);

        Object getItem(Object mapping, String key);

        String typeName(Object value);

        /** The value if it is a str, else null (used by %c). */
        default String asString(Object value) {
            return value instanceof String s ? s : null;
        }
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final int[] fmt;
    private final Adapter adapter;
    private final Object dict;
    private final StringBuilder out = new StringBuilder();
    private Object args;
    private List<Object> tuple;
    private int argLength;
    private int argIndex;
    private int pos;

    private PercentFormat(String format, Object args, Adapter adapter) {
        this.fmt = format.codePoints().toArray();
        this.adapter = adapter;
        boolean isTuple = adapter.isTuple(args);
        this.dict = !isTuple && adapter.asString(args) == null && adapter.isMapping(args) ? args : null;
        useArguments(args, isTuple);
    }

    public static String format(String format, Object args, Adapter adapter) {
        return new PercentFormat(format, args, adapter).format();
    }

    /** A single non-tuple argument counts as -1 arguments with index -2, as in CPython. */
    private void useArguments(Object newArgs, boolean isTuple) {
        args = newArgs;
        if (isTuple) {
            tuple = adapter.tupleItems(newArgs);
            argLength = tuple.size();
            argIndex = 0;
        } else {
            tuple = null;
            argLength = -1;
            argIndex = -2;
        }
    }

    private String format() {
        while (pos < fmt.length) {
            if (fmt[pos] != '%') {
                out.appendCodePoint(fmt[pos++]);
            } else {
                pos++;
                formatOneArgument();
            }
        }
        if (argIndex < argLength && dict == null) {
            throw notAllConverted();
        }
        return out.toString();
    }

    private Object nextArgument() {
        if (argIndex < argLength) {
            int index = argIndex++;
            return argLength < 0 ? args : tuple.get(index);
        }
        throw FormatError.typeError("not enough arguments for format string");
    }

    private static FormatError notAllConverted() {
        return FormatError.typeError("not all arguments converted during string formatting");
    }

    /** One conversion after a '%': the parsed spec, the argument's text, then the padded output. */
    private void formatOneArgument() {
        if (charAt(pos) == '%') {
            pos++;
            out.append('%');
            return;
        }
        Conversion conversion = parseConversion();
        String text = convert(conversion);
        if (text != null) {
            output(conversion, text);
        }
        if (dict != null && argIndex < argLength) {
            throw notAllConverted();
        }
    }

    /** A parsed conversion specifier: flags, width (-1), precision (-1), conversion character. */
    private static final class Conversion {
        int flags;
        long width = -1;
        int precision = -1;
        int ch;
        boolean numeric;

        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    /** unicode_format_arg_parse. "exhausted" plays CPython's fmtcnt going negative. */
    private Conversion parseConversion() {
        Conversion arg = new Conversion();
        if (charAt(pos) == '(') {
            parseMappingKey();
        }
        int c = 0;
        boolean exhausted = true;
        while (pos < fmt.length) {
            c = fmt[pos++];
            int flag = flagOf(c);
            if (flag == 0) {
                exhausted = false;
                break;
            }
            arg.flags |= flag;
        }
        if (exhausted) {
            throw FormatError.valueError("incomplete format");
        }
        if (c == '*') {
            BigInteger star = starArgument();
            if (star.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C ssize_t");
            }
            long width = star.longValue();
            if (width < 0) {
                arg.flags |= F_LJUST;
                width = -width;
            }
            arg.width = width;
            c = next();
        } else if (c >= '0' && c <= '9') {
            long width = c - '0';
            while ((c = next()) >= '0' && c <= '9') {
                if (width > (Long.MAX_VALUE - (c - '0')) / 10) {
                    throw FormatError.valueError("width too big");
                }
                width = width * 10 + (c - '0');
            }
            arg.width = width;
        }
        if (c == '.') {
            arg.precision = 0;
            c = next();
            if (c == '*') {
                BigInteger precision = starArgument();
                if (precision.bitLength() > 31) {
                    throw FormatError.overflowError("Python int too large to convert to C int");
                }
                arg.precision = Math.max(0, precision.intValue());
                c = next();
            } else if (c >= '0' && c <= '9') {
                int precision = c - '0';
                while ((c = next()) >= '0' && c <= '9') {
                    if (precision > (Integer.MAX_VALUE - (c - '0')) / 10) {
                        throw FormatError.valueError("precision too big");
                    }
                    precision = precision * 10 + (c - '0');
                }
                arg.precision = precision;
            }
        }
        if (c == 'h' || c == 'l' || c == 'L') {
            c = next();
        }
        if (c < 0) {
            throw FormatError.valueError("incomplete format");
        }
        arg.ch = c;
        return arg;
    }

    /** The next format character, or -1 (staying exhausted) past the end. */
    private int next() {
        if (pos < fmt.length) {
            return fmt[pos++];
        }
        pos = fmt.length + 1;
        return -1;
    }

    private static int flagOf(int c) {
        switch (c) {
            case '-': return F_LJUST;
            case '+': return F_SIGN;
            case ' ': return F_BLANK;
            case '#': return F_ALT;
            case '0': return F_ZERO;
            default: return 0;
        }
    }

    private BigInteger starArgument() {
        Object value = nextArgument();
        BigInteger number = adapter.asInteger(value);
        if (number == null || adapter.asString(value) != null) {
            throw FormatError.typeError("* wants int");
        }
        return number;
    }

    /** %(key): the key runs to the balancing ')'; its value becomes the argument list. */
    private void parseMappingKey() {
        if (dict == null) {
            throw FormatError.typeError("format requires a mapping");
        }
        pos++;
        int keyStart = pos;
        int depth = 1;
        while (depth > 0 && pos < fmt.length) {
            int c = fmt[pos++];
            if (c == ')') {
                depth--;
            } else if (c == '(') {
                depth++;
            }
        }
        if (depth > 0) {
            throw FormatError.valueError("incomplete format key");
        }
        String key = new String(fmt, keyStart, pos - keyStart - 1);
        Object value = adapter.getItem(dict, key);
        argLength = -1;
        argIndex = -2;
        args = value;
        tuple = null;
    }

    /** unicode_format_arg_format: the argument's text before padding. */
    private String convert(Conversion arg) {
        Object value = nextArgument();
        switch (arg.ch) {
            case 's':
                return adapter.str(value);
            case 'r':
                return adapter.repr(value);
            case 'a':
                return adapter.ascii(value);
            case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
                arg.numeric = true;
                return formatLong(integerFor(value, (char) arg.ch), arg);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                arg.numeric = true;
                return formatFloat(value, arg);
            case 'c':
                return new String(Character.toChars(characterFor(value)));
            default:
                int ch = arg.ch;
                char shown = ch >= 31 && ch <= 126 ? (char) ch : '?';
                throw FormatError.valueError("unsupported format character '" + shown + "' (0x"
                        + Integer.toHexString(ch) + ") at index " + (pos - 1));
        }
    }

    /** mainformatlong: ints as they are; other real numbers truncated by int() for d, i and u only. */
    private BigInteger integerFor(Object value, char type) {
        BigInteger integer = adapter.asInteger(value);
        if (integer != null && adapter.asString(value) == null) {
            return integer;
        }
        Double real = adapter.asDouble(value);
        if (real != null && type != 'o' && type != 'x' && type != 'X') {
            return Rounding.toInteger(real < 0 ? Math.ceil(real) : Math.floor(real));
        }
        String wanted = type == 'o' || type == 'x' || type == 'X' ? "an integer" : "a real number";
        throw FormatError.typeError("%" + type + " format: " + wanted + " is required, not " + adapter.typeName(value));
    }

    /** _PyUnicode_FormatLong: [-][0x]digits, digits zero-extended to the precision. */
    private static String formatLong(BigInteger value, Conversion arg) {
        int base = arg.ch == 'o' ? 8 : arg.ch == 'x' || arg.ch == 'X' ? 16 : 10;
        String digits = base == 10 ? Formatter.intToDecimalString(value.abs()) : value.abs().toString(base);
        StringBuilder text = new StringBuilder();
        if (value.signum() < 0) {
            text.append('-');
        }
        if (arg.has(F_ALT) && base != 10) {
            text.append('0').append(base == 8 ? 'o' : 'x');
        }
        for (int i = digits.length(); i < arg.precision; i++) {
            text.append('0');
        }
        text.append(digits);
        return arg.ch == 'X' ? text.toString().toUpperCase() : text.toString();
    }

    private String formatFloat(Object value, Conversion arg) {
        BigInteger integer = adapter.asInteger(value);
        Double real = integer != null ? Double.valueOf(Formatter.toDouble(integer)) : adapter.asDouble(value);
        if (real == null || adapter.asString(value) != null) {
            throw FormatError.typeError("must be real number, not " + adapter.typeName(value));
        }
        int precision = arg.precision < 0 ? 6 : arg.precision;
        DoubleToString.Flags flags = new DoubleToString.Flags(false, false, arg.has(F_ALT), false);
        return DoubleToString.format(real, (char) arg.ch, precision, flags);
    }

    private int characterFor(Object value) {
        String text = adapter.asString(value);
        if (text != null) {
            if (text.codePointCount(0, text.length()) == 1) {
                return text.codePointAt(0);
            }
            throw FormatError.typeError("%c requires int or char");
        }
        BigInteger code = adapter.asInteger(value);
        if (code == null) {
            throw FormatError.typeError("%c requires int or char");
        }
        if (code.signum() < 0 || code.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw FormatError.overflowError("%c arg not in range(0x110000)");
        }
        return code.intValue();
    }

    /** unicode_format_arg_output: precision truncation for s/r/a, sign, 0x prefix, zero or space padding. */
    private void output(Conversion arg, String str) {
        int[] text = str.codePoints().toArray();
        int len = text.length;
        if (arg.precision >= 0 && len > arg.precision && (arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a')) {
            len = arg.precision;
        }
        int fill = arg.numeric && arg.has(F_ZERO) ? '0' : ' ';
        int index = 0;
        int sign = 0;
        if (arg.numeric) {
            if (text[0] == '-' || text[0] == '+') {
                sign = text[0];
                len--;
                index++;
            } else if (arg.has(F_SIGN)) {
                sign = '+';
            } else if (arg.has(F_BLANK)) {
                sign = ' ';
            }
        }
        long width = Math.max(arg.width, len);
        if (sign != 0) {
            if (fill != ' ') {
                out.appendCodePoint(sign);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = arg.has(F_ALT) && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.appendCodePoint(text[index]).appendCodePoint(text[index + 1]);
                index += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && !arg.has(F_LJUST)) {
            Formatter.repeat(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign != 0) {
                out.appendCodePoint(sign);
            }
            if (prefix) {
                out.appendCodePoint(text[index]).appendCodePoint(text[index + 1]);
                index += 2;
            }
        }
        for (int i = 0; i < len; i++) {
            out.appendCodePoint(text[index + i]);
        }
        if (width > len) {
            Formatter.repeat(out, ' ', width - len);
        }
    }

    private int charAt(int i) {
        return i < fmt.length ? fmt[i] : 0;
    }
}
