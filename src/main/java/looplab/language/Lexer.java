package looplab.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Turns Python source into tokens on demand, like CPython's tokenizer ({@code Parser/tokenizer.c}): INDENT and
 * DEDENT from the indentation stack, NEWLINE only outside brackets, strings kept as their source text (the
 * parser decodes them). Errors are the tokenizer's own SyntaxErrors, with CPython's messages.
 */
public final class Lexer {
    /** CPython's MAXLEVEL: deeper bracket nesting is "too many nested parentheses". */
    static final int MAX_BRACKET_DEPTH = 200;
    private static final int TAB_SIZE = 8;

    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private static final String[] OPERATORS = {
            "**=", "//=", ">>=", "<<=", "...", "!=", "->", ":=", "==", "<=", ">=", "**", "//", "<<", ">>",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
            "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".",
            "%", "~", "^", "@"};

    /** An open bracket, remembered for "'(' was never closed" and mismatch messages. */
    record Bracket(char kind, int line, int col) {
    }

    private final String src;
    private final SourceLines lines;
    private final boolean highlighting;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private final List<int[]> indents = new ArrayList<>(List.of(new int[]{0, 0}));
    private final Deque<Bracket> brackets = new ArrayDeque<>();
    private final Deque<Token> pending = new ArrayDeque<>();
    private boolean finished;
    private PythonSyntaxError failure;

    public Lexer(String source) {
        this(SourceLines.normalizeNewlines(source), false);
    }

    /** A lexer for text found inside a literal (an f-string field) that starts on {@code firstLine} of the file. */
    Lexer(String source, int firstLine) {
        this(SourceLines.normalizeNewlines(source), false);
        this.line = firstLine;
    }

    private Lexer(String normalizedSource, boolean highlighting) {
        this.src = normalizedSource;
        this.lines = new SourceLines(normalizedSource);
        this.highlighting = highlighting;
    }

    SourceLines lines() {
        return lines;
    }

    Deque<Bracket> openBrackets() {
        return brackets;
    }

    /**
     * Every token of the source for the code editor: names (keywords as KEYWORD), numbers, strings, operators,
     * comments, and ERROR for text the real lexer would reject. Never throws; layout tokens are left out.
     */
    public static List<Token> highlightTokens(String source) {
        Lexer lexer = new Lexer(SourceLines.normalizeNewlines(source == null ? "" : source), true);
        List<Token> tokens = new ArrayList<>();
        while (true) {
            Token token = lexer.nextTolerant();
            if (token.type() == TokenType.ENDMARKER) {
                return tokens;
            }
            switch (token.type()) {
                case NEWLINE, INDENT, DEDENT -> { }
                case NAME -> tokens.add(KEYWORDS.contains(token.text()) ? retype(token, TokenType.KEYWORD) : token);
                default -> tokens.add(token);
            }
        }
    }

    private static Token retype(Token t, TokenType type) {
        return new Token(type, t.text(), t.line(), t.col(), t.endLine(), t.endCol(), t.start(), t.end());
    }

    private Token nextTolerant() {
        int before = pos;
        try {
            return next();
        } catch (PythonSyntaxError e) {
            brackets.clear();
            return errorTokenFrom(skipSpaces(before));
        }
    }

    private int skipSpaces(int from) {
        while (from < src.length() && " \t\f".indexOf(src.charAt(from)) >= 0) {
            from++;
        }
        return from;
    }

    /** In highlighting mode, the rest of a bad string or one bad character becomes an ERROR token. */
    private Token errorTokenFrom(int start) {
        if (start >= src.length()) {
            pos = start;
            return endmarker();
        }
        line = lines.lineOf(start);
        lineStart = lines.lineStart(line);
        int end = start + 1;
        char c = src.charAt(start);
        if (c == '\n') {
            pos = end;
            line++;
            lineStart = pos;
            atLineStart = true;
            return nextTolerant();
        }
        if (c == '\'' || c == '"') {
            int nl = src.indexOf('\n', start);
            end = nl < 0 ? src.length() : nl;
        } else if (isIdentifierStart(c) || Character.isDigit(c) || c == '.') {
            while (end < src.length() && (isIdentifierPart(src.charAt(end)) || src.charAt(end) == '.')) {
                end++;
            }
        }
        pos = end;
        return new Token(TokenType.ERROR, src.substring(start, end), line, start - lineStart, line,
                end - lineStart, start, end);
    }

    /** The next token; after ENDMARKER it keeps returning ENDMARKER. */
    public Token next() {
        if (failure != null) {
            throw failure;
        }
        try {
            return nextUnchecked();
        } catch (PythonSyntaxError e) {
            if (!highlighting) {
                failure = e;
            }
            throw e;
        }
    }

    /** Whether the lexer has stopped on an error: speculative parsing must not hide it. */
    boolean failed() {
        return failure != null;
    }

    private Token nextUnchecked() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (finished) {
            return endmarker();
        }
        if (atLineStart && brackets.isEmpty()) {
            Token layout = lineStart();
            if (layout != null) {
                return layout;
            }
        }
        return token();
    }

    private Token endmarker() {
        return new Token(TokenType.ENDMARKER, "", line, pos - lineStart, line, pos - lineStart, pos, pos);
    }

    /** At the start of a logical line: skips blank lines and emits INDENT/DEDENT, or returns null. */
    private Token lineStart() {
        while (true) {
            int col = 0;
            int altCol = 0;
            int p = pos;
            while (p < src.length()) {
                char c = src.charAt(p);
                if (c == ' ') {
                    col++;
                    altCol++;
                } else if (c == '\t') {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altCol++;
                } else if (c == '\f') {
                    col = altCol = 0;
                } else {
                    break;
                }
                p++;
            }
            if (p >= src.length()) {
                pos = p;
                return endOfInput();
            }
            char c = src.charAt(p);
            if (c == '#' || c == '\n') {
                if (c == '#' && highlighting) {
                    pos = p;
                    atLineStart = false;
                    return null;
                }
                pos = p;
                skipBlankLine();
                continue;
            }
            pos = p;
            atLineStart = false;
            return highlighting ? null : indentation(col, altCol);
        }
    }

    private void skipBlankLine() {
        int nl = src.indexOf('\n', pos);
        if (nl < 0) {
            pos = src.length();
            return;
        }
        pos = nl + 1;
        line++;
        lineStart = pos;
    }

    private Token indentation(int col, int altCol) {
        int[] top = indents.get(indents.size() - 1);
        if (col == top[0]) {
            if (altCol != top[1]) {
                throw tabError();
            }
            return null;
        }
        if (col > top[0]) {
            if (altCol <= top[1]) {
                throw tabError();
            }
            if (indents.size() >= 100) {
                throw error("IndentationError", "too many levels of indentation", line, col, col);
            }
            indents.add(new int[]{col, altCol});
            return new Token(TokenType.INDENT, "", line, 0, line, pos - lineStart, lineStart, pos);
        }
        while (indents.size() > 1 && col < indents.get(indents.size() - 1)[0]) {
            indents.remove(indents.size() - 1);
            pending.add(new Token(TokenType.DEDENT, "", line, pos - lineStart, line, pos - lineStart, pos, pos));
        }
        top = indents.get(indents.size() - 1);
        if (col != top[0]) {
            int lineEnd = lines.lineText(line).replace("\n", "").length();
            throw error("IndentationError", "unindent does not match any outer indentation level",
                    line, lineEnd, lineEnd);
        }
        if (altCol != top[1]) {
            throw tabError();
        }
        return pending.poll();
    }

    /** CPython gives a TabError no column, so no caret is printed. */
    private PythonSyntaxError tabError() {
        return error("TabError", "inconsistent use of tabs and spaces in indentation", line, -1, -1);
    }

    private Token endOfInput() {
        if (!brackets.isEmpty() && !highlighting) {
            throw unclosedBracket();
        }
        finished = true;
        if (lineHasTokens) {
            lineHasTokens = false;
            pending.add(new Token(TokenType.NEWLINE, "", line, pos - lineStart, line, pos - lineStart, pos, pos));
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            pending.add(new Token(TokenType.DEDENT, "", line, pos - lineStart, line, pos - lineStart, pos, pos));
        }
        pending.add(endmarker());
        return pending.poll();
    }

    PythonSyntaxError unclosedBracket() {
        Bracket open = brackets.peek();
        return error("SyntaxError", "'" + open.kind() + "' was never closed", open.line(), open.col(),
                open.col() + 1);
    }

    private Token token() {
        while (true) {
            skipWhitespace();
            if (pos >= src.length()) {
                return endOfInput();
            }
            char c = src.charAt(pos);
            if (c == '#') {
                Token comment = comment();
                if (highlighting) {
                    return comment;
                }
                continue;
            }
            if (c == '\\') {
                lineContinuation();
                continue;
            }
            if (c == '\n') {
                Token newline = newline();
                if (newline != null) {
                    return newline;
                }
                continue;
            }
            lineHasTokens = true;
            return significantToken(c);
        }
    }

    private Token significantToken(char c) {
        if (isIdentifierStart(c)) {
            return nameOrString();
        }
        if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            return number();
        }
        if (c == '\'' || c == '"') {
            return string(pos);
        }
        return operator(c);
    }

    private void skipWhitespace() {
        while (pos < src.length() && " \t\f".indexOf(src.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private Token comment() {
        int start = pos;
        int nl = src.indexOf('\n', pos);
        pos = nl < 0 ? src.length() : nl;
        return make(TokenType.COMMENT, start);
    }

    private void lineContinuation() {
        if (pos + 1 >= src.length()) {
            pos++;
            throw error("SyntaxError", "unexpected EOF while parsing", line, pos - lineStart, pos - lineStart);
        }
        if (src.charAt(pos + 1) != '\n') {
            throw error("SyntaxError", "unexpected character after line continuation character", line,
                    pos - lineStart + 1, pos - lineStart + 1);
        }
        pos += 2;
        line++;
        lineStart = pos;
        if (pos >= src.length() && !highlighting) {
            throw error("SyntaxError", "unexpected EOF while parsing", line - 1, 0, 0);
        }
    }

    /** A NEWLINE ends a logical line; inside brackets or on a blank line it is only whitespace. */
    private Token newline() {
        int start = pos;
        boolean logical = brackets.isEmpty() && lineHasTokens;
        Token token = new Token(TokenType.NEWLINE, "\n", line, start - lineStart, line, start - lineStart + 1,
                start, start + 1);
        pos++;
        line++;
        lineStart = pos;
        if (brackets.isEmpty()) {
            atLineStart = true;
            lineHasTokens = false;
        }
        return logical ? token : null;
    }

    private Token make(TokenType type, int start) {
        return make(type, start, line, start - lineStart);
    }

    private Token make(TokenType type, int start, int startLine, int startCol) {
        return new Token(type, src.substring(start, pos), startLine, startCol, line, pos - lineStart, start, pos);
    }

    private PythonSyntaxError error(String kind, String message, int errorLine, int col, int endCol) {
        return new PythonSyntaxError(kind, message, errorLine, col + 1, errorLine, endCol + 1,
                lines.lineText(errorLine));
    }

    // ---- names and strings -------------------------------------------------------------------------------

    static boolean isIdentifierStart(char c) {
        return c == '_' || (c < 128 ? Character.isLetter(c) : Character.isUnicodeIdentifierStart(c));
    }

    static boolean isIdentifierPart(char c) {
        return c == '_' || (c < 128 ? Character.isLetterOrDigit(c) : Character.isUnicodeIdentifierPart(c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token nameOrString() {
        int start = pos;
        while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
            pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')
                && isStringPrefix(src.substring(start, pos))) {
            return string(start);
        }
        return make(TokenType.NAME, start);
    }

    static boolean isStringPrefix(String prefix) {
        return switch (prefix.toLowerCase()) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    /** A string literal from its prefix (at {@code start}) to its closing quote, kept as source text. */
    private Token string(int start) {
        int startLine = line;
        int startCol = start - lineStart;
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= src.length()) {
                throw unterminatedString(triple, startLine, startCol);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    line++;
                    lineStart = pos + 2;
                }
                pos = Math.min(pos + 2, src.length());
            } else if (c == '\n') {
                if (!triple) {
                    throw unterminatedString(false, startLine, startCol);
                }
                pos++;
                line++;
                lineStart = pos;
            } else if (c == quote && (!triple || src.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                return make(TokenType.STRING, start, startLine, startCol);
            } else {
                pos++;
            }
        }
    }

    private PythonSyntaxError unterminatedString(boolean triple, int startLine, int startCol) {
        String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        int detectedAt = triple && src.endsWith("\n") && line > startLine ? line - 1 : triple ? line : startLine;
        return error("SyntaxError", what + " (detected at line " + detectedAt + ")", startLine, startCol,
                startCol);
    }

    // ---- numbers ---------------------------------------------------------------------------------------------

    /** Number literals as CPython's tokenizer reads them, including its errors for malformed ones. */
    private Token number() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            return radixNumber(start);
        }
        if (c != '.') {
            digits(start, "decimal");
            if (src.charAt(start) == '0' && hasNonZeroDigit(start, pos) && !peekIs('.') && !peekIsAny("eEjJ")) {
                throw error("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", line, start - lineStart, start - lineStart);
            }
        }
        if (peekIs('.')) {
            pos++;
            if (pos < src.length() && isDigit(src.charAt(pos))) {
                digits(start, "decimal");
            }
        }
        if (peekIsAny("eE")) {
            exponent(start);
        }
        if (peekIsAny("jJ")) {
            pos++;
        }
        verifyEndOfNumber(start, "decimal");
        return make(TokenType.NUMBER, start);
    }

    private boolean hasNonZeroDigit(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c != '0' && c != '_') {
                return true;
            }
        }
        return false;
    }

    private void exponent(int start) {
        int mark = pos;
        pos++;
        if (peekIsAny("+-")) {
            pos++;
        }
        if (pos >= src.length() || !isDigit(src.charAt(pos))) {
            pos = mark;
            verifyEndOfNumber(start, "decimal");
            return;
        }
        digits(start, "decimal");
    }

    /** Digits with single underscores between them; a dangling underscore is an invalid literal. */
    private void digits(int start, String kind) {
        while (true) {
            while (pos < src.length() && isDigit(src.charAt(pos))) {
                pos++;
            }
            if (!peekIs('_')) {
                return;
            }
            pos++;
            if (pos >= src.length() || !isDigit(src.charAt(pos))) {
                throw invalidLiteral(kind);
            }
        }
    }

    private Token radixNumber(int start) {
        char marker = Character.toLowerCase(src.charAt(pos + 1));
        int radix = marker == 'x' ? 16 : marker == 'o' ? 8 : 2;
        String kind = marker == 'x' ? "hexadecimal" : marker == 'o' ? "octal" : "binary";
        pos += 2;
        boolean any = false;
        while (true) {
            if (peekIs('_')) {
                pos++;
            }
            if (pos < src.length() && Character.digit(src.charAt(pos), radix) >= 0) {
                while (pos < src.length() && Character.digit(src.charAt(pos), radix) >= 0) {
                    pos++;
                }
                any = true;
                if (!peekIs('_')) {
                    break;
                }
            } else {
                if (pos < src.length() && radix < 16 && isDigit(src.charAt(pos))) {
                    throw error("SyntaxError", "invalid digit '" + src.charAt(pos) + "' in " + kind + " literal",
                            line, pos - lineStart, pos - lineStart + 1);
                }
                throw invalidLiteral(kind);
            }
        }
        if (!any) {
            throw invalidLiteral(kind);
        }
        if (pos < src.length() && radix < 16 && isDigit(src.charAt(pos))) {
            throw error("SyntaxError", "invalid digit '" + src.charAt(pos) + "' in " + kind + " literal",
                    line, pos - lineStart, pos - lineStart + 1);
        }
        verifyEndOfNumber(start, kind);
        return make(TokenType.NUMBER, start);
    }

    /**
     * As CPython's {@code verify_end_of_number}: a number running into a name is an invalid literal, except
     * before the keywords CPython still accepts there ({@code 1if x else y}).
     */
    private void verifyEndOfNumber(int start, String kind) {
        if (pos >= src.length() || !isIdentifierPart(src.charAt(pos))) {
            return;
        }
        for (String keyword : new String[]{"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (src.startsWith(keyword, pos)) {
                return;
            }
        }
        throw invalidLiteral(kind);
    }

    /** Like CPython, the error points at the last character that still belonged to the number. */
    private PythonSyntaxError invalidLiteral(String kind) {
        int col = Math.max(0, pos - lineStart - 1);
        return error("SyntaxError", "invalid " + kind + " literal", line, col, col);
    }

    private boolean peekIs(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    private boolean peekIsAny(String chars) {
        return pos < src.length() && chars.indexOf(src.charAt(pos)) >= 0;
    }

    // ---- operators and brackets ------------------------------------------------------------------------------

    private Token operator(char c) {
        int start = pos;
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                trackBracket(op.charAt(0), start);
                return make(TokenType.OP, start);
            }
        }
        if (c == '!') {
            pos++;
            return make(TokenType.OP, start);
        }
        throw invalidCharacter(c);
    }

    private PythonSyntaxError invalidCharacter(char c) {
        int col = pos - lineStart;
        int cp = src.codePointAt(pos);
        if (c == '$' || c == '?' || c == '`') {
            return error("SyntaxError", "invalid syntax", line, col, col + 1);
        }
        if (!Character.isISOControl(cp) && Character.isDefined(cp) && !Character.isSpaceChar(cp)) {
            String hex = String.format("%04X", cp);
            return error("SyntaxError", "invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                    + hex + ")", line, col, col + 1);
        }
        return error("SyntaxError", String.format("invalid non-printable character U+%04X", cp), line, col,
                col + 1);
    }

    private void trackBracket(char c, int start) {
        int col = start - lineStart;
        switch (c) {
            case '(', '[', '{' -> {
                if (brackets.size() >= MAX_BRACKET_DEPTH) {
                    throw error("SyntaxError", "too many nested parentheses", line, col, col + 1);
                }
                brackets.push(new Bracket(c, line, col));
            }
            case ')', ']', '}' -> closeBracket(c, col);
            default -> { }
        }
    }

    private void closeBracket(char c, int col) {
        if (brackets.isEmpty()) {
            throw error("SyntaxError", "unmatched '" + c + "'", line, col, col + 1);
        }
        Bracket open = brackets.pop();
        char expected = open.kind() == '(' ? ')' : open.kind() == '[' ? ']' : '}';
        if (c != expected) {
            String message = "closing parenthesis '" + c + "' does not match opening parenthesis '"
                    + open.kind() + "'" + (open.line() != line ? " on line " + open.line() : "");
            throw error("SyntaxError", message, line, col, col + 1);
        }
    }
}
