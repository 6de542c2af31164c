package looplab.language;

import java.math.BigInteger;

/** Values of NUMBER tokens: BigInteger for ints, Double for floats; complex numbers are refused. */
final class NumberLiterals {
    /** CPython 3.11's default sys.get_int_max_str_digits(): longer decimal literals are refused. */
    private static final int MAX_STR_DIGITS = 4300;

    private NumberLiterals() {
    }

    static Object value(Token token, ParserBase parser) {
        String text = token.text().replace("_", "");
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        if (last == 'j') {
            throw parser.errorAt(token, "SyntaxError", "complex numbers are not supported");
        }
        if (text.length() > 1 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            int radix = switch (Character.toLowerCase(text.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new BigInteger(text.substring(2), radix);
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return Double.parseDouble(text);
        }
        if (text.length() > MAX_STR_DIGITS) {
            throw parser.errorAt(token, "SyntaxError", "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer"
                    + " string conversion: value has " + text.length() + " digits; use sys.set_int_max_str_digits()"
                    + " to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal"
                    + " conversion limits.");
        }
        return new BigInteger(text);
    }
}
