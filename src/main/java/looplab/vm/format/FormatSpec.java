package looplab.vm.format;

/**
 * A parsed format specification, the mini-language after the colon in {@code format(value, spec)} and f-strings:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, parsed as CPython 3.11's
 * {@code parse_internal_render_format_spec} (Python/formatter_unicode.c) does.
 *
 * <p>What depends on the value's type (the default alignment and the default presentation type) is resolved by
 * {@link Formatter}, so one parse serves ints, floats and strings.
 *
 * @param fill       the fill code point, or -1 when none was given
 * @param align      one of {@code < > = ^}, or 0 when none was given
 * @param sign       one of {@code + - space}, or 0 when none was given
 * @param noNegativeZero the {@code z} option
 * @param alternate  the {@code #} option
 * @param zeroPadding the {@code 0} before the width (only recognised when no fill was given)
 * @param width      minimum width, or -1
 * @param grouping   {@code ,} or {@code _}, or 0
 * @param precision  precision, or -1
 * @param type       the presentation type code point, or 0 when none was given
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate,
                         boolean zeroPadding, long width, char grouping, long precision, int type) {

    public static final FormatSpec EMPTY = new FormatSpec(-1, (char) 0, (char) 0, false, false, false, -1, (char) 0, -1, 0);

    /** Parses with the "Invalid format specifier" message naming type 'object'; prefer the overload naming the value's type. */
    public static FormatSpec parse(String spec) {
        return parse(spec, "object");
    }

    /**
     * @param typeName the formatted value's Python type name, which CPython puts in the message for a spec
     *                 with trailing characters
     */
    public static FormatSpec parse(String spec, String typeName) {
        return new Parser(spec, typeName).parse();
    }

    /** The fill character to use once the value's type is known. */
    int effectiveFill() {
        if (fill >= 0) {
            return fill;
        }
        return zeroPadding ? '0' : ' ';
    }

    /** The alignment to use given the value type's default ({@code >} for numbers, {@code <} for strings). */
    char effectiveAlign(char defaultAlign) {
        if (align != 0) {
            return align;
        }
        return zeroPadding && fill < 0 && defaultAlign == '>' ? '=' : defaultAlign;
    }

    /** The presentation type given the value type's default. */
    int effectiveType(int defaultType) {
        return type != 0 ? type : defaultType;
    }

    private static final class Parser {
        private final int[] spec;
        private final String text;
        private final String typeName;
        private int pos;

        Parser(String text, String typeName) {
            this.text = text;
            this.spec = text.codePoints().toArray();
            this.typeName = typeName;
        }

        FormatSpec parse() {
            int fill = -1;
            char align = 0;
            if (remaining() >= 2 && isAlignment(spec[pos + 1])) {
                fill = spec[pos];
                align = (char) spec[pos + 1];
                pos += 2;
            } else if (remaining() >= 1 && isAlignment(spec[pos])) {
                align = (char) spec[pos++];
            }
            char sign = 0;
            if (remaining() >= 1 && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
                sign = (char) spec[pos++];
            }
            boolean noNegativeZero = accept('z');
            boolean alternate = accept('#');
            boolean zeroPadding = fill < 0 && accept('0');
            long width = integer();
            char grouping = grouping();
            long precision = -1;
            if (accept('.')) {
                precision = integer();
                if (precision < 0) {
                    throw FormatError.valueError("Format specifier missing precision");
                }
            }
            if (remaining() > 1) {
                throw FormatError.valueError(
                        "Invalid format specifier '" + text + "' for object of type '" + typeName + "'");
            }
            int type = remaining() == 1 ? spec[pos++] : 0;
            return new FormatSpec(fill, align, sign, noNegativeZero, alternate, zeroPadding, width, grouping,
                    precision, type);
        }

        private char grouping() {
            char grouping = 0;
            if (accept(',')) {
                grouping = ',';
            }
            if (remaining() >= 1 && spec[pos] == '_') {
                if (grouping != 0) {
                    throw FormatError.valueError("Cannot specify both ',' and '_'.");
                }
                grouping = '_';
                pos++;
            }
            if (remaining() >= 1 && spec[pos] == ',' && grouping == '_') {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            return grouping;
        }

        /** CPython's get_integer: the digits' value, or -1 when there are none. */
        private long integer() {
            long value = 0;
            int start = pos;
            while (remaining() >= 1 && Character.isDigit(spec[pos])) {
                int digit = Character.digit(spec[pos], 10);
                if (value > (Long.MAX_VALUE - digit) / 10) {
                    throw FormatError.valueError("Too many decimal digits in format string");
                }
                value = value * 10 + digit;
                pos++;
            }
            return pos == start ? -1 : value;
        }

        private boolean accept(int c) {
            if (remaining() >= 1 && spec[pos] == c) {
                pos++;
                return true;
            }
            return false;
        }

        private int remaining() {
            return spec.length - pos;
        }

        private static boolean isAlignment(int c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }
    }
}
