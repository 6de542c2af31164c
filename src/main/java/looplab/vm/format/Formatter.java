package looplab.vm.format;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} for ints, floats and strings, as CPython 3.11's Python/formatter_unicode.c:
 * the same presentation types, the same error messages and the same padding, sign and grouping layout.
 */
public final class Formatter {
    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int INT_MAX_STR_DIGITS = 4300;

    private Formatter() {
    }

    public static String formatFloat(double value, String spec) {
        return formatFloat(value, FormatSpec.parse(spec, "float"), "float");
    }

    public static String formatFloat(double value, FormatSpec spec) {
        return formatFloat(value, spec, "float");
    }

    public static String formatFloat(double value, FormatSpec spec, String typeName) {
        if (spec.equals(FormatSpec.EMPTY)) {
            return FloatRepr.repr(value);
        }
        int type = spec.effectiveType(0);
        checkGrouping(spec, type);
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return floatInternal(value, spec, type);
            default:
                throw unknownPresentationType(type, typeName);
        }
    }

    public static String formatInt(BigInteger value, String spec) {
        return formatInt(value, FormatSpec.parse(spec, "int"), "int");
    }

    public static String formatInt(BigInteger value, FormatSpec spec) {
        return formatInt(value, spec, "int");
    }

    /** @param typeName {@code "int"} or {@code "bool"}: CPython names the value's type in its messages */
    public static String formatInt(BigInteger value, FormatSpec spec, String typeName) {
        if (spec.equals(FormatSpec.EMPTY)) {
            return intToDecimalString(value);
        }
        int type = spec.effectiveType('d');
        checkGrouping(spec, type);
        switch (type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return intInternal(value, spec, type);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return floatInternal(toDouble(value), spec, type);
            default:
                throw unknownPresentationType(type, typeName);
        }
    }

    public static String formatString(String value, String spec) {
        return formatString(value, FormatSpec.parse(spec, "str"));
    }

    public static String formatString(String value, FormatSpec spec) {
        int type = spec.effectiveType('s');
        checkGrouping(spec, type);
        if (type != 's') {
            throw unknownPresentationType(type, "str");
        }
        if (spec.sign() == ' ') {
            throw FormatError.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw FormatError.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegativeZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        char align = spec.effectiveAlign('<');
        if (align == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        String text = value;
        long length = value.codePointCount(0, value.length());
        if (spec.precision() >= 0 && length > spec.precision()) {
            text = value.substring(0, value.offsetByCodePoints(0, (int) spec.precision()));
            length = spec.precision();
        }
        return pad(text, length, spec.width(), align, spec.effectiveFill());
    }

    /** {@code str(int)}, with CPython 3.11's limit on the number of decimal digits. */
    public static String intToDecimalString(BigInteger value) {
        if (value.bitLength() < 64) {
            return Long.toString(value.longValue());
        }
        String text = value.toString();
        int digits = text.length() - (value.signum() < 0 ? 1 : 0);
        if (digits > INT_MAX_STR_DIGITS) {
            throw FormatError.valueError("Exceeds the limit (" + INT_MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return text;
    }

    /** {@code float(int)}: correctly rounded, OverflowError when out of range. */
    public static double toDouble(BigInteger value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }

    private static String floatInternal(double value, FormatSpec spec, int type) {
        DoubleToString.Flags flags = new DoubleToString.Flags(false, type == 0, spec.alternate(), spec.noNegativeZero());
        int defaultPrecision = 6;
        char code = (char) type;
        if (type == 0) {
            code = 'r';
            defaultPrecision = 0;
        } else if (type == 'n') {
            code = 'g';
        }
        boolean percent = type == '%';
        if (percent) {
            code = 'f';
            value *= 100;
        }
        int precision = (int) Math.min(spec.precision(), Integer.MAX_VALUE);
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (code == 'r') {
            code = 'g';
        }
        String text = DoubleToString.format(value, code, precision, flags);
        if (percent) {
            text += "%";
        }
        if (spec.sign() != '+' && spec.sign() != ' ' && spec.width() == -1 && type != 'n' && spec.grouping() == 0) {
            return text;
        }
        return NumberLayout.ofFloatText(text, grouping(spec, type)).render(spec);
    }

    private static String intInternal(BigInteger value, FormatSpec spec, int type) {
        if (spec.precision() != -1) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            return characterInternal(value, spec);
        }
        int base = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = base == 10 ? intToDecimalString(value.abs()) : digitsInBase(value.abs(), base);
        String prefix = !spec.alternate() || base == 10 ? "" : base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        if (type == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        char signChar = value.signum() < 0 ? '-' : 0;
        if (spec.sign() != '+' && spec.sign() != ' ' && spec.width() == -1 && spec.grouping() == 0) {
            return signChar == 0 ? prefix + digits : "-" + prefix + digits;
        }
        return new NumberLayout(signChar, prefix, digits, false, "", grouping(spec, type)).render(spec);
    }

    private static String digitsInBase(BigInteger magnitude, int base) {
        if (magnitude.bitLength() < 64) {
            long v = magnitude.longValue();
            return base == 2 ? Long.toBinaryString(v) : base == 8 ? Long.toOctalString(v) : Long.toHexString(v);
        }
        return magnitude.toString(base);
    }

    private static String characterInternal(BigInteger value, FormatSpec spec) {
        if (spec.sign() != 0) {
            throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate()) {
            throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (value.bitLength() > 63) {
            throw FormatError.overflowError("Python int too large to convert to C long");
        }
        long codePoint = value.longValue();
        if (codePoint < 0 || codePoint > 0x10ffff) {
            throw FormatError.overflowError("%c arg not in range(0x110000)");
        }
        String character = new String(Character.toChars((int) codePoint));
        // As in CPython, the character is laid out as a "remainder" so grouping and zero padding leave it alone.
        return new NumberLayout((char) 0, "", "", false, character, NumberLayout.Grouping.NONE).render(spec);
    }

    private static NumberLayout.Grouping grouping(FormatSpec spec, int type) {
        if (type == 'n' || spec.grouping() == 0) {
            return NumberLayout.Grouping.NONE;
        }
        if (spec.grouping() == ',') {
            return NumberLayout.Grouping.COMMA_THREE;
        }
        boolean power2Base = type == 'b' || type == 'o' || type == 'x' || type == 'X';
        return power2Base ? NumberLayout.Grouping.UNDERSCORE_FOUR : NumberLayout.Grouping.UNDERSCORE_THREE;
    }

    /** The PEP 378 / PEP 515 check CPython makes while parsing, once the presentation type is known. */
    private static void checkGrouping(FormatSpec spec, int type) {
        char separator = spec.grouping();
        if (separator == 0) {
            return;
        }
        switch (type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                return;
            case 'b': case 'o': case 'x': case 'X':
                if (separator == '_') {
                    return;
                }
                // fall through
            default:
                throw FormatError.valueError("Cannot specify '" + separator + "' with " + describeType(type) + ".");
        }
    }

    private static FormatError unknownPresentationType(int type, String typeName) {
        return FormatError.valueError("Unknown format code " + describeType(type) + " for object of type '" + typeName + "'");
    }

    private static String describeType(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** CPython's calc_padding for strings: left, right or centred, centring putting the odd space on the right. */
    static String pad(String text, long length, long width, char align, int fill) {
        if (width <= length) {
            return text;
        }
        long total = width - length;
        long left = align == '>' ? total : align == '^' ? total / 2 : 0;
        StringBuilder out = new StringBuilder((int) (text.length() + total));
        repeat(out, fill, left);
        out.append(text);
        repeat(out, fill, total - left);
        return out.toString();
    }

    static void repeat(StringBuilder out, int codePoint, long count) {
        for (long i = 0; i < count; i++) {
            out.appendCodePoint(codePoint);
        }
    }
}
