package looplab.language;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import looplab.language.ast.Constant;
import looplab.language.ast.Expr;
import looplab.language.ast.JoinedStr;
import looplab.language.ast.Pos;

/**
 * Decodes string tokens (prefixes, quotes, escapes) and joins adjacent literals the way CPython's
 * {@code Parser/string_parser.c} does: plain strings become one Constant, any f-string makes a JoinedStr.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** One decoded piece of source: its prefix flags and the text between the quotes. */
    record Literal(Token token, boolean raw, boolean bytes, boolean formatted, String body, int bodyLine,
                   int bodyCol) {
    }

    static Expr concatenate(List<Token> parts, ExpressionParser parser) {
        List<Literal> literals = new ArrayList<>();
        for (Token t : parts) {
            literals.add(split(t));
        }
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        Pos pos = new Pos(first.line(), first.col(), last.endLine(), last.endCol());
        boolean anyBytes = literals.stream().anyMatch(Literal::bytes);
        boolean allBytes = literals.stream().allMatch(Literal::bytes);
        if (anyBytes && !allBytes) {
            throw parser.errorAt(pos, "cannot mix bytes and nonbytes literals");
        }
        if (allBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Literal l : literals) {
                byte[] b = decodeBytes(l, parser);
                out.write(b, 0, b.length);
            }
            return new Constant(out.toByteArray(), pos);
        }
        if (literals.stream().noneMatch(Literal::formatted)) {
            StringBuilder sb = new StringBuilder();
            for (Literal l : literals) {
                sb.append(decodeString(l, parser));
            }
            return new Constant(sb.toString(), pos);
        }
        JoinedStrBuilder builder = new JoinedStrBuilder(pos);
        for (Literal l : literals) {
            if (l.formatted()) {
                new FStringParser(l, parser, builder).parse();
            } else {
                builder.addText(decodeString(l, parser));
            }
        }
        return builder.build();
    }

    static Literal split(Token t) {
        String text = t.text();
        int quoteAt = 0;
        while (text.charAt(quoteAt) != '\'' && text.charAt(quoteAt) != '"') {
            quoteAt++;
        }
        String prefix = text.substring(0, quoteAt).toLowerCase();
        int quoteLength = text.startsWith(String.valueOf(text.charAt(quoteAt)).repeat(3), quoteAt)
                && text.length() - quoteAt >= 6 ? 3 : 1;
        String body = text.substring(quoteAt + quoteLength, text.length() - quoteLength);
        return new Literal(t, prefix.contains("r"), prefix.contains("b"), prefix.contains("f"), body, t.line(),
                t.col() + quoteAt + quoteLength);
    }

    static String decodeString(Literal l, ParserBase parser) {
        return l.raw() ? l.body() : unescape(l.body(), false, l, parser);
    }

    private static byte[] decodeBytes(Literal l, ParserBase parser) {
        for (int i = 0; i < l.body().length(); i++) {
            if (l.body().charAt(i) >= 128) {
                throw parser.errorAt(l.token(), "SyntaxError", "bytes can only contain ASCII literal characters");
            }
        }
        String decoded = l.raw() ? l.body() : unescape(l.body(), true, l, parser);
        byte[] out = new byte[decoded.length()];
        for (int i = 0; i < decoded.length(); i++) {
            out[i] = (byte) decoded.charAt(i);
        }
        return out;
    }

    /** Backslash escapes; for bytes each char of the result is one byte (0-255). */
    static String unescape(String s, boolean bytes, Literal l, ParserBase parser) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> sb.append(e);
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = i - 1;
                    while (end < s.length() && end < i + 2 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                        end++;
                    }
                    int value = Integer.parseInt(s.substring(i - 1, end), 8);
                    sb.append(bytes ? (char) (value & 0xFF) : (char) value);
                    i = end;
                }
                case 'x' -> i = hexEscape(s, i, 2, sb, "\\xXX", bytes, l, parser);
                case 'u' -> i = bytes ? keep(sb, e, i) : hexEscape(s, i, 4, sb, "\\uXXXX", false, l, parser);
                case 'U' -> i = bytes ? keep(sb, e, i) : hexEscape(s, i, 8, sb, "\\UXXXXXXXX", false, l, parser);
                case 'N' -> i = bytes ? keep(sb, e, i) : namedEscape(s, i, sb, l, parser);
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static int keep(StringBuilder sb, char e, int i) {
        sb.append('\\').append(e);
        return i;
    }

    private static int hexEscape(String s, int i, int digits, StringBuilder sb, String form, boolean bytes,
                                 Literal l, ParserBase parser) {
        int end = i;
        while (end < s.length() && end < i + digits && Character.digit(s.charAt(end), 16) >= 0) {
            end++;
        }
        if (end - i < digits) {
            throw codecError(l, parser, bytes, i - 2, end, "truncated " + form + " escape");
        }
        int cp = Integer.parseInt(s.substring(i, end), 16);
        if (!Character.isValidCodePoint(cp)) {
            throw codecError(l, parser, bytes, i - 2, end, "illegal Unicode character");
        }
        sb.appendCodePoint(cp);
        return end;
    }

    private static int namedEscape(String s, int i, StringBuilder sb, Literal l, ParserBase parser) {
        int close = s.indexOf('}', i);
        if (i >= s.length() || s.charAt(i) != '{' || close < 0) {
            throw codecError(l, parser, false, i - 2, i, "malformed \\N character escape");
        }
        try {
            sb.appendCodePoint(Character.codePointOf(s.substring(i + 1, close)));
        } catch (IllegalArgumentException e) {
            throw codecError(l, parser, false, i - 2, close + 1, "unknown Unicode character name");
        }
        return close + 1;
    }

    private static PythonSyntaxError codecError(Literal l, ParserBase parser, boolean bytes, int from, int to,
                                                String reason) {
        String codec = bytes ? "(value error) invalid \\x escape at position " + from
                : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" + (to - 1)
                + ": " + reason;
        return parser.errorAt(l.token(), "SyntaxError", codec);
    }

    /** Collects the parts of a JoinedStr, merging neighbouring text as CPython does. */
    static final class JoinedStrBuilder {
        private final Pos pos;
        private final List<Expr> values = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        JoinedStrBuilder(Pos pos) {
            this.pos = pos;
        }

        void addText(String s) {
            text.append(s);
        }

        void addValue(Expr formatted) {
            flushText();
            values.add(formatted);
        }

        private void flushText() {
            if (text.length() > 0) {
                values.add(new Constant(text.toString(), pos));
                text.setLength(0);
            }
        }

        JoinedStr build() {
            flushText();
            return new JoinedStr(values, pos);
        }
    }
}
