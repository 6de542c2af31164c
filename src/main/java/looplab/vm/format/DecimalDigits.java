package looplab.vm.format;

/**
 * A finite double's magnitude as a digit string in the shape David Gay's {@code dtoa} returns it, which is what
 * CPython's float formatting is built on: {@code digits} has no leading or trailing zeros (zero itself is
 * {@code "0"}) and the value is {@code 0.digits × 10^decpt}. The sign is kept apart, as dtoa does.
 */
public record DecimalDigits(String digits, int decpt, boolean negative) {

    /** True when every digit is zero, i.e. the value rounded to zero. */
    public boolean isZero() {
        return digits.equals("0");
    }

    /** Builds from an unscaled integer and a power of ten: {@code value = unscaled × 10^exponent}. */
    static DecimalDigits of(long unscaled, int exponent, boolean negative) {
        if (unscaled == 0) {
            return new DecimalDigits("0", 1, negative);
        }
        String text = Long.toString(unscaled);
        return new DecimalDigits(stripTrailingZeros(text), text.length() + exponent, negative);
    }

    static DecimalDigits of(String unscaled, int exponent, boolean negative) {
        String text = stripLeadingZeros(unscaled);
        if (text.isEmpty()) {
            return new DecimalDigits("0", 1, negative);
        }
        return new DecimalDigits(stripTrailingZeros(text), text.length() + exponent, negative);
    }

    private static String stripTrailingZeros(String text) {
        int end = text.length();
        while (end > 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, end);
    }

    private static String stripLeadingZeros(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '0') {
            start++;
        }
        return text.substring(start);
    }
}
