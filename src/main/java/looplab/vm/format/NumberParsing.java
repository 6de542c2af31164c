package looplab.vm.format;

import java.math.BigInteger;

/** {@code int(str, base)} and {@code float(str)} as CPython 3.11 parses them, errors included. */
public final class NumberParsing {

    private NumberParsing() {
    }

    /** {@code int(text, base)}: base 0 (prefix decides, as in source code) or 2..36. */
    public static BigInteger parseInt(String text, int base) {
        if ((base != 0 && base < 2) || base > 36) {
            throw FormatError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        BigInteger value = new IntLiteral(toAscii(text), base).parse();
        if (value == null) {
            throw FormatError.valueError("invalid literal for int() with base " + base + ": " + truncate(StringRepr.repr(text), 200));
        }
        return value;
    }

    /** {@code float(text)}: decimal literals with optional underscores, inf, infinity and nan, surrounding whitespace. */
    public static double parseFloat(String text) {
        String ascii = toAscii(text);
        String withoutUnderscores = ascii.indexOf('_') < 0 ? ascii : removeUnderscoresBetweenDigits(ascii);
        Double value = withoutUnderscores == null ? null : FloatLiteral.parse(strip(withoutUnderscores));
        if (value == null) {
            throw FormatError.valueError("could not convert string to float: " + StringRepr.repr(text));
        }
        return value;
    }

    /**
     * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode decimal digits
     * their ASCII digit, and the first other non-ASCII character '?' (ending the text, which then fails to parse).
     */
    static String toAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 127 && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                if (c < 127) {
                    out.append((char) c);
                } else if (isSpace(c)) {
                    out.append(' ');
                } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                    out.append((char) ('0' + Character.digit(c, 10)));
                } else {
                    return out.append('?').toString();
                }
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    /** Python's str.isspace for one character. */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        }
        if (c == 0x85) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** C's isspace on the ASCII text: what CPython strips around numbers after the transformation. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isAsciiSpace(text.charAt(start))) {
            start++;
        }
        while (end > start + 1 && isAsciiSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** _Py_string_to_number_with_underscores: an underscore must sit between two digits. */
    private static String removeUnderscoresBetweenDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                if (!isDigit(prev)) {
                    return null;
                }
            } else {
                out.append(c);
                if (prev == '_' && !isDigit(c)) {
                    return null;
                }
            }
            prev = c;
        }
        return prev == '_' ? null : out.toString();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String truncate(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    /** PyLong_FromString over the ASCII-transformed text; null for an invalid literal. */
    private static final class IntLiteral {
        private final String s;
        private int base;
        private int pos;

        IntLiteral(String s, int base) {
            this.s = s;
            this.base = base;
        }

        BigInteger parse() {
            skipSpaces();
            boolean negative = false;
            if (peek(0) == '+') {
                pos++;
            } else if (peek(0) == '-') {
                pos++;
                negative = true;
            }
            boolean errorIfNonzero = resolveBase();
            if (peek(0) == '0' && hasPrefixFor(base, peek(1))) {
                pos += 2;
                if (peek(0) == '_') {
                    pos++;
                }
            }
            if (peek(0) == '_') {
                return null;
            }
            BigInteger magnitude = digits();
            if (magnitude == null || (errorIfNonzero && magnitude.signum() != 0)) {
                return null;
            }
            skipSpaces();
            if (pos != s.length()) {
                return null;
            }
            return negative ? magnitude.negate() : magnitude;
        }

        /** Base 0 takes the base from the prefix; a leading 0 without one is only valid for zero ("old octal"). */
        private boolean resolveBase() {
            if (base != 0) {
                return false;
            }
            char next = Character.toLowerCase(peek(1));
            if (peek(0) != '0') {
                base = 10;
            } else if (next == 'x') {
                base = 16;
            } else if (next == 'o') {
                base = 8;
            } else if (next == 'b') {
                base = 2;
            } else {
                base = 10;
                return true;
            }
            return false;
        }

        private static boolean hasPrefixFor(int base, char c) {
            char lower = Character.toLowerCase(c);
            return (base == 16 && lower == 'x') || (base == 8 && lower == 'o') || (base == 2 && lower == 'b');
        }

        /** Digits with single underscores between them; null if there are none or an underscore is misplaced. */
        private BigInteger digits() {
            StringBuilder digits = new StringBuilder();
            char prev = 0;
            while (digitValue(peek(0)) < base || peek(0) == '_') {
                char c = s.charAt(pos);
                if (c == '_') {
                    if (prev == '_') {
                        return null;
                    }
                } else {
                    digits.append(c);
                }
                prev = c;
                pos++;
            }
            if (prev == '_' || digits.length() == 0) {
                return null;
            }
            if ((base & (base - 1)) != 0 && digits.length() > Formatter.INT_MAX_STR_DIGITS) {
                throw FormatError.valueError("Exceeds the limit (" + Formatter.INT_MAX_STR_DIGITS
                        + " digits) for integer string conversion: value has " + digits.length()
                        + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
            if (digits.length() <= 12) {
                return BigInteger.valueOf(Long.parseLong(digits.toString(), base));
            }
            return new BigInteger(digits.toString(), base);
        }

        private static int digitValue(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'z') {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'Z') {
                return c - 'A' + 10;
            }
            return 37;
        }

        private void skipSpaces() {
            while (pos < s.length() && isAsciiSpace(s.charAt(pos))) {
                pos++;
            }
        }

        private char peek(int offset) {
            int i = pos + offset;
            return i < s.length() ? s.charAt(i) : 0;
        }
    }

    /** The grammar dtoa's strtod and _Py_parse_inf_or_nan accept, whole text only; null if it is not one. */
    private static final class FloatLiteral {
        /** float('-nan') keeps the sign bit, as CPython's _Py_parse_inf_or_nan negates its NaN. */
        private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

        static Double parse(String s) {
            int pos = 0;
            boolean negative = false;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                negative = s.charAt(pos) == '-';
                pos++;
            }
            String rest = s.substring(pos).toLowerCase();
            if (rest.equals("inf") || rest.equals("infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (rest.equals("nan")) {
                return negative ? NEGATIVE_NAN : Double.NaN;
            }
            return isDecimal(rest) ? Double.parseDouble(s) : null;
        }

        /** digits [. digits] or . digits, then optionally e [sign] digits. */
        private static boolean isDecimal(String s) {
            int pos = 0;
            int intDigits = countDigits(s, pos);
            pos += intDigits;
            int fracDigits = 0;
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                fracDigits = countDigits(s, pos);
                pos += fracDigits;
            }
            if (intDigits + fracDigits == 0) {
                return false;
            }
            if (pos < s.length() && s.charAt(pos) == 'e') {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                int expDigits = countDigits(s, pos);
                if (expDigits == 0) {
                    return false;
                }
                pos += expDigits;
            }
            return pos == s.length();
        }

        private static int countDigits(String s, int from) {
            int i = from;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            return i - from;
        }
    }
}
