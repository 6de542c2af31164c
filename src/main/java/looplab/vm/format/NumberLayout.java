package looplab.vm.format;

/**
 * A formatted number split the way CPython's calc_number_widths and fill_number see it: sign, prefix
 * ({@code 0x}), integer digits, an optional decimal point and the remainder (fraction, exponent, {@code %}).
 * Rendering adds padding by alignment and inserts thousands separators, extending zero padding through the
 * separators as {@code _PyUnicode_InsertThousandsGrouping} does ({@code format(1234, '08,') == '0,001,234'}).
 */
final class NumberLayout {

    /** The separator and group size: none, {@code ,} every 3, {@code _} every 3, {@code _} every 4 (b, o, x). */
    enum Grouping {
        NONE("", 0), COMMA_THREE(",", 3), UNDERSCORE_THREE("_", 3), UNDERSCORE_FOUR("_", 4);

        final String separator;
        final int size;

        Grouping(String separator, int size) {
            this.separator = separator;
            this.size = size;
        }
    }

    private final char signChar;
    private final String prefix;
    private final String digits;
    private final boolean hasDecimal;
    private final String remainder;
    private final Grouping grouping;

    NumberLayout(char signChar, String prefix, String digits, boolean hasDecimal, String remainder, Grouping grouping) {
        this.signChar = signChar;
        this.prefix = prefix;
        this.digits = digits;
        this.hasDecimal = hasDecimal;
        this.remainder = remainder;
        this.grouping = grouping;
    }

    /** CPython's parse_number over PyOS_double_to_string's output. */
    static NumberLayout ofFloatText(String text, Grouping grouping) {
        char sign = 0;
        int start = 0;
        if (text.charAt(0) == '-') {
            sign = '-';
            start = 1;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        boolean hasDecimal = end < text.length() && text.charAt(end) == '.';
        String remainder = text.substring(hasDecimal ? end + 1 : end);
        return new NumberLayout(sign, "", text.substring(start, end), hasDecimal, remainder, grouping);
    }

    String render(FormatSpec spec) {
        char align = spec.effectiveAlign('>');
        int fill = spec.effectiveFill();
        char sign = signToShow(spec.sign());
        int signWidth = sign == 0 ? 0 : 1;
        // Widths count code points: the remainder can be a 'c' character outside the BMP.
        long nonDigits = signWidth + prefix.length() + (hasDecimal ? 1 : 0) + remainder.codePointCount(0, remainder.length());
        long minWidth = fill == '0' && align == '=' ? spec.width() - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(minWidth);
        long padding = spec.width() - (nonDigits + grouped.length());
        long left = 0;
        long middle = 0;
        long right = 0;
        if (padding > 0) {
            switch (align) {
                case '<': right = padding; break;
                case '^': left = padding / 2; right = padding - left; break;
                case '=': middle = padding; break;
                default: left = padding;
            }
        }
        StringBuilder out = new StringBuilder();
        Formatter.repeat(out, fill, left);
        if (sign != 0) {
            out.append(sign);
        }
        out.append(prefix);
        Formatter.repeat(out, fill, middle);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        Formatter.repeat(out, fill, right);
        return out.toString();
    }

    private char signToShow(char requested) {
        if (requested == '+') {
            return signChar == '-' ? '-' : '+';
        }
        if (requested == ' ') {
            return signChar == '-' ? '-' : ' ';
        }
        return signChar;
    }

    /** _PyUnicode_InsertThousandsGrouping: groups from the right, padding with zeros up to minWidth. */
    private String group(long minWidth) {
        int groupSize = grouping.size;
        String separator = grouping.separator;
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        boolean useSeparator = false;
        if (groupSize > 0) {
            while (true) {
                long size = Math.min(Math.max(Math.max(remaining, minWidth), 1), groupSize);
                remaining = appendGroup(reversed, size, remaining, useSeparator ? separator : "");
                useSeparator = true;
                minWidth -= size;
                if (remaining <= 0 && minWidth <= 0) {
                    return reversed.reverse().toString();
                }
                minWidth -= separator.length();
            }
        }
        long size = Math.max(Math.max(remaining, minWidth), 1);
        appendGroup(reversed, size, remaining, "");
        return reversed.reverse().toString();
    }

    /** Appends (reversed) one group of {@code size} characters: the lowest remaining digits, then zeros. */
    private int appendGroup(StringBuilder reversed, long size, int remaining, String separator) {
        reversed.append(separator);
        int chars = (int) Math.max(0, Math.min(remaining, size));
        for (int i = 0; i < chars; i++) {
            reversed.append(digits.charAt(remaining - 1 - i));
        }
        for (long i = chars; i < size; i++) {
            reversed.append('0');
        }
        return remaining - chars;
    }
}
