package looplab.vm.format;

/**
 * {@code repr(float)} and {@code str(float)} exactly as CPython 3.11 prints them: the shortest digits that read
 * back as the same double, in positional notation for decimal exponents from -4 up to 15 and in exponent
 * notation ({@code 1e+16}, {@code 1.5e-07}) outside that range.
 */
public final class FloatRepr {

    private FloatRepr() {
    }

    public static String repr(double value) {
        if (value != value) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        DecimalDigits digits = ShortestDigits.of(value);
        StringBuilder out = new StringBuilder(24);
        if (digits.negative()) {
            out.append('-');
        }
        DoubleToString.layout(out, digits, 'r', 0, DoubleToString.Flags.ADD_DOT_0, 'e');
        return out.toString();
    }
}
