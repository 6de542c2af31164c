package looplab.vm;

/** Float-to-text as CPython prints it. Delegates to the format package's exact algorithms. */
public final class Floats {
    private Floats() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        // Interim: Java's shortest-ish digits, laid out as CPython does (exponent below 1e-4 or from 1e16).
        String s = Double.toString(Math.abs(d));
        String digits;
        int exp;
        int e = s.indexOf('E');
        String mantissa = e >= 0 ? s.substring(0, e) : s;
        int exp10 = e >= 0 ? Integer.parseInt(s.substring(e + 1)) : 0;
        int dot = mantissa.indexOf('.');
        String intPart = mantissa.substring(0, dot);
        String frac = mantissa.substring(dot + 1);
        digits = (intPart + frac).replaceFirst("^0+", "");
        int leadingZeros = (intPart + frac).length() - (intPart + frac).replaceFirst("^0+", "").length();
        exp = intPart.length() + exp10 - leadingZeros;
        digits = digits.replaceFirst("0+$", "");
        if (digits.isEmpty()) {
            return (d < 0 || 1 / d < 0 ? "-" : "") + "0.0";
        }
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        int decimalExp = exp - 1;
        if (decimalExp < -4 || decimalExp >= 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(decimalExp < 0 ? '-' : '+');
            int a = Math.abs(decimalExp);
            out.append(a < 10 ? "0" + a : Integer.toString(a));
        } else if (exp <= 0) {
            out.append("0.").append("0".repeat(-exp)).append(digits);
        } else if (exp >= digits.length()) {
            out.append(digits).append("0".repeat(exp - digits.length())).append(".0");
        } else {
            out.append(digits, 0, exp).append('.').append(digits, exp, digits.length());
        }
        return out.toString();
    }
}
