package looplab.vm.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code PyOS_double_to_string} and {@code format_float_short} (Python/pystrtod.c): a double to text
 * for one of the codes {@code r e E f F g G}, with the same rounding (correct, half-even on the exact binary
 * value) and the same layout rules. Padding, grouping and alignment are the callers' business.
 */
public final class DoubleToString {

    private DoubleToString() {
    }

    /** Options mirroring CPython's {@code Py_DTSF_*} flags. */
    public record Flags(boolean alwaysSign, boolean addDot0, boolean alternate, boolean noNegativeZero) {
        public static final Flags NONE = new Flags(false, false, false, false);
        public static final Flags ADD_DOT_0 = new Flags(false, true, false, false);
    }

    /**
     * @param code one of {@code r e E f F g G}
     * @param precision digits after the point (e, f) or significant digits (g); ignored for r
     */
    public static String format(double value, char code, int precision, Flags flags) {
        boolean upper = Character.isUpperCase(code);
        char lower = Character.toLowerCase(code);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return nonFinite(value, upper, flags.alwaysSign());
        }
        if (lower == 'g' && precision == 0) {
            precision = 1;
        }
        DecimalDigits digits = digitsFor(value, lower, precision);
        boolean negative = digits.negative() && !(flags.noNegativeZero() && digits.isZero());
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        } else if (flags.alwaysSign()) {
            out.append('+');
        }
        layout(out, digits, lower, precision, flags, upper ? 'E' : 'e');
        return out.toString();
    }

    private static String nonFinite(double value, boolean upper, boolean alwaysSign) {
        String word = Double.isNaN(value) ? "nan" : "inf";
        if (upper) {
            word = word.toUpperCase();
        }
        if (!Double.isNaN(value) && value < 0) {
            return "-" + word;
        }
        return alwaysSign ? "+" + word : word;
    }

    /** dtoa's modes: 0 (shortest) for r, 2 (significant digits) for e and g, 3 (places after the point) for f. */
    static DecimalDigits digitsFor(double value, char lowerCode, int precision) {
        switch (lowerCode) {
            case 'r':
                return ShortestDigits.of(value);
            case 'e':
                return significantDigits(value, precision + 1);
            case 'g':
                return significantDigits(value, precision);
            case 'f':
                return fixedDigits(value, precision);
            default:
                throw new IllegalArgumentException("format code " + lowerCode);
        }
    }

    static DecimalDigits significantDigits(double value, int count) {
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        BigDecimal rounded = new BigDecimal(Math.abs(value)).round(new MathContext(count, RoundingMode.HALF_EVEN));
        return DecimalDigits.of(rounded.unscaledValue().toString(), -rounded.scale(), negative);
    }

    static DecimalDigits fixedDigits(double value, int places) {
        DecimalDigits fast = FixedPoint.digits(value, places);
        return fast != null ? fast : fixedDigitsExact(value, places);
    }

    static DecimalDigits fixedDigitsExact(double value, int places) {
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        BigDecimal rounded = new BigDecimal(Math.abs(value)).setScale(places, RoundingMode.HALF_EVEN);
        return DecimalDigits.of(rounded.unscaledValue().toString(), -rounded.scale(), negative);
    }

    /**
     * format_float_short's layout: the output is a slice vdigits[start:end] of the digit string padded with
     * zeros on both sides, with exactly one decimal point placed at decpt, then an optional exponent.
     */
    static void layout(StringBuilder out, DecimalDigits d, char code, int precision, Flags flags, char e) {
        String digits = d.digits();
        int digitsLen = digits.length();
        int decpt = d.decpt();
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        switch (code) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision + 1;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (flags.addDot0() ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (flags.alternate()) {
                    vdigitsEnd = precision;
                }
                break;
            default: // 'r': switch to exponent at 1e16
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && flags.addDot0()) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if (decpt <= 0) {
            zeros(out, decpt - vdigitsStart);
            out.append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            out.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(out, decpt - digitsLen);
            out.append('.');
            zeros(out, vdigitsEnd - decpt);
        } else {
            zeros(out, vdigitsEnd - digitsLen);
        }
        if (out.charAt(out.length() - 1) == '.' && !flags.alternate()) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            appendExponent(out, e, exp);
        }
    }

    private static void appendExponent(StringBuilder out, char e, int exp) {
        out.append(e).append(exp < 0 ? '-' : '+');
        int magnitude = Math.abs(exp);
        if (magnitude < 10) {
            out.append('0');
        }
        out.append(magnitude);
    }

    private static void zeros(StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append('0');
        }
    }
}
