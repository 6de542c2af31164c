package looplab.language;

import looplab.language.ast.Expr;
import looplab.language.ast.FormattedValue;
import looplab.language.ast.JoinedStr;
import looplab.language.ast.Pos;

/**
 * The inside of one f-string literal, as CPython 3.11's {@code fstring_find_literal} and
 * {@code fstring_find_expr} read it: literal text with doubled braces, and replacement fields
 * {@code {expr[=][!conv][:spec]}} whose expression is parsed as {@code (expr)} by a sub-parser.
 */
final class FStringParser {
    private static final int MAX_SPEC_NESTING = 2;

    private final StringLiterals.Literal literal;
    private final ExpressionParser parser;
    private final StringLiterals.JoinedStrBuilder out;
    private final String s;
    private int i;

    FStringParser(StringLiterals.Literal literal, ExpressionParser parser, StringLiterals.JoinedStrBuilder out) {
        this.literal = literal;
        this.parser = parser;
        this.out = out;
        this.s = literal.body();
    }

    void parse() {
        parseInto(out, 0);
        if (i < s.length()) {
            throw error("f-string: single '}' is not allowed");
        }
    }

    /** Literal text and fields up to the end, or up to a '}' that closes an enclosing format spec. */
    private void parseInto(StringLiterals.JoinedStrBuilder target, int nesting) {
        while (i < s.length()) {
            literalText(target, nesting);
            if (i >= s.length()) {
                return;
            }
            char c = s.charAt(i);
            if (c == '}') {
                if (nesting > 0) {
                    return;
                }
                throw error("f-string: single '}' is not allowed");
            }
            i++;
            replacementField(target, nesting);
        }
    }

    private void literalText(StringLiterals.JoinedStrBuilder target, int nesting) {
        StringBuilder raw = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && !literal.raw() && i + 1 < s.length() && s.charAt(i + 1) == 'N'
                    && i + 2 < s.length() && s.charAt(i + 2) == '{') {
                int close = s.indexOf('}', i);
                int end = close < 0 ? s.length() : close + 1;
                raw.append(s, i, end);
                i = end;
                continue;
            }
            if (c == '{' || c == '}') {
                if (nesting == 0 && i + 1 < s.length() && s.charAt(i + 1) == c) {
                    raw.append(c);
                    i += 2;
                    continue;
                }
                break;
            }
            raw.append(c);
            i++;
        }
        String text = literal.raw() ? raw.toString() : StringLiterals.unescape(raw.toString(), false, literal, parser);
        target.addText(text);
    }

    private void replacementField(StringLiterals.JoinedStrBuilder target, int nesting) {
        if (nesting >= MAX_SPEC_NESTING) {
            throw error("f-string: expressions nested too deeply");
        }
        int exprStart = i;
        int exprEnd = scanExpression();
        String exprText = s.substring(exprStart, exprEnd);
        if (exprText.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        Expr value = parseExpression(exprText, exprStart);
        int conversion = -1;
        String debugText = null;
        if (i < s.length() && s.charAt(i) == '=') {
            i++;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            debugText = s.substring(exprStart, i);
        }
        if (i < s.length() && s.charAt(i) == '!') {
            conversion = conversion();
        }
        Expr formatSpec = null;
        if (i < s.length() && s.charAt(i) == ':') {
            i++;
            formatSpec = formatSpec(nesting);
        }
        if (i >= s.length() || s.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (debugText != null) {
            target.addText(debugText);
            if (conversion == -1 && formatSpec == null) {
                conversion = 'r';
            }
        }
        target.addValue(new FormattedValue(value, conversion, formatSpec, value.pos()));
    }

    /** Finds the end of the expression: a top-level '=', '!', ':' or '}' outside brackets and strings. */
    private int scanExpression() {
        int depth = 0;
        char quote = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> {
                    if (depth == 0) {
                        if (c != '}') {
                            throw error("f-string: unmatched '" + c + "'");
                        }
                        return i;
                    }
                    depth--;
                }
                case '#' -> throw error("f-string expression part cannot include '#'");
                case '=', '!' -> {
                    boolean comparison = i + 1 < s.length() && s.charAt(i + 1) == '=';
                    boolean afterOperator = c == '=' && i > 0 && "=!<>".indexOf(s.charAt(i - 1)) >= 0;
                    if (depth == 0 && !comparison && !afterOperator) {
                        return i;
                    }
                    if (comparison) {
                        i++;
                    }
                }
                case ':' -> {
                    if (depth == 0) {
                        return i;
                    }
                }
                default -> { }
            }
            i++;
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        throw error("f-string: expecting '}'");
    }

    private int conversion() {
        i++;
        if (i >= s.length()) {
            throw error("f-string: expecting '}'");
        }
        char c = s.charAt(i);
        i++;
        if (c != 's' && c != 'r' && c != 'a') {
            throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        if (i >= s.length() || (s.charAt(i) != ':' && s.charAt(i) != '}')) {
            throw error("f-string: expecting '}'");
        }
        return c;
    }

    private JoinedStr formatSpec(int nesting) {
        StringLiterals.JoinedStrBuilder spec = new StringLiterals.JoinedStrBuilder(literal.token() == null ? null
                : new Pos(literal.bodyLine(), literal.bodyCol(), literal.bodyLine(), literal.bodyCol()));
        parseInto(spec, nesting + 1);
        return spec.build();
    }

    /** Parses the field's expression as CPython 3.11 does: the text wrapped in parentheses. */
    private Expr parseExpression(String exprText, int offsetInBody) {
        String wrapped = "(" + exprText + ")";
        // Only the line is carried over: CPython 3.11 reports columns inside the parenthesized text.
        int[] where = position(offsetInBody);
        ExpressionParser sub = parser.subParser(wrapped, where[0]);
        try {
            Expr e = sub.starExpressions();
            if (sub.check(TokenType.NEWLINE)) {
                sub.advance();
            }
            if (!sub.check(TokenType.ENDMARKER)) {
                throw sub.invalidSyntax();
            }
            return e;
        } catch (PythonSyntaxError e) {
            String message = e.message().startsWith("f-string") ? e.message() : "f-string: " + e.message();
            throw new PythonSyntaxError("SyntaxError", message, e.line(), e.offset(), e.endLine(), e.endOffset(),
                    wrapped);
        }
    }

    /** Line and column in the file of a character of the literal's body. */
    private int[] position(int offsetInBody) {
        int line = literal.bodyLine();
        int col = literal.bodyCol();
        for (int k = 0; k < offsetInBody; k++) {
            if (s.charAt(k) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return new int[]{line, col};
    }

    /** CPython 3.11 places f-string errors after the string literal, with a single caret. */
    private PythonSyntaxError error(String message) {
        Token t = literal.token();
        return new PythonSyntaxError("SyntaxError", message, t.endLine(), t.endCol() + 1, t.endLine(), 0,
                parser.lines.lineText(t.endLine()));
    }
}
