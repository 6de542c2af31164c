package looplab.language;

import looplab.language.ast.Expr;
import looplab.language.ast.Pos;

/**
 * Token handling and error reporting shared by the expression, pattern and statement parsers: consuming and
 * expecting tokens, node positions, the nesting limit and CPython's choice of where an error points.
 */
abstract class ParserBase {
    /** Deeper nesting than this is refused, so no input can overflow the Java stack. */
    static final int MAX_NESTING = 1000;

    final TokenStream tokens;
    final SourceLines lines;
    private int nesting;

    ParserBase(TokenStream tokens) {
        this.tokens = tokens;
        this.lines = tokens.lexer().lines();
    }

    Token peek() {
        return tokens.peek();
    }

    Token peek(int ahead) {
        return tokens.peek(ahead);
    }

    Token advance() {
        return tokens.advance();
    }

    boolean checkOp(String op) {
        return peek().isOp(op);
    }

    boolean checkKeyword(String keyword) {
        return peek().isName(keyword);
    }

    boolean check(TokenType type) {
        return peek().type() == type;
    }

    boolean matchOp(String op) {
        if (checkOp(op)) {
            advance();
            return true;
        }
        return false;
    }

    boolean matchKeyword(String keyword) {
        if (checkKeyword(keyword)) {
            advance();
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        if (!checkOp(op)) {
            throw invalidSyntax();
        }
        return advance();
    }

    void expectKeyword(String keyword) {
        if (!checkKeyword(keyword)) {
            throw invalidSyntax();
        }
        advance();
    }

    /** A name that is not a keyword (soft keywords such as match are names). */
    String expectName() {
        Token t = peek();
        if (t.type() != TokenType.NAME || Lexer.KEYWORDS.contains(t.text())) {
            throw invalidSyntax();
        }
        advance();
        return t.text();
    }

    boolean checkName() {
        Token t = peek();
        return t.type() == TokenType.NAME && !Lexer.KEYWORDS.contains(t.text());
    }

    /** Speculative parsing may give up on a parse error, but never on a tokenizer error. */
    void rethrowTokenizerError(PythonSyntaxError e) {
        if (tokens.lexer().failed()) {
            throw e;
        }
    }

    void enterNesting() {
        if (++nesting > MAX_NESTING) {
            Token t = peek();
            throw new PythonSyntaxError("SyntaxError", "too many nested expressions or statements", t.line(),
                    t.col() + 1, t.endLine(), t.endCol() + 1, lines.lineText(t.line()));
        }
    }

    void leaveNesting() {
        nesting--;
    }

    // ---- positions -----------------------------------------------------------------------------------------

    Pos from(Token start) {
        Token end = tokens.previous();
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    Pos from(Pos start) {
        Token end = tokens.previous();
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    static Pos span(Pos start, Pos end) {
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    // ---- errors ----------------------------------------------------------------------------------------------

    /** CPython's generic error: "invalid syntax" at the furthest token the parser has read. */
    PythonSyntaxError invalidSyntax() {
        Token t = tokens.furthest();
        if (t.type() == TokenType.INDENT) {
            return errorAt(t, "IndentationError", "unexpected indent");
        }
        if (t.type() == TokenType.DEDENT) {
            return errorAt(t, "IndentationError", "unexpected unindent");
        }
        return errorAt(t, "SyntaxError", "invalid syntax");
    }

    /** An error at the token just read, like CPython's RAISE_SYNTAX_ERROR. */
    PythonSyntaxError errorAtLastToken(String message) {
        return errorAt(tokens.furthest(), "SyntaxError", message);
    }

    PythonSyntaxError errorAt(Token t, String kind, String message) {
        return new PythonSyntaxError(kind, message, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1,
                lines.lineText(t.line()));
    }

    PythonSyntaxError errorAt(Pos pos, String message) {
        return new PythonSyntaxError("SyntaxError", message, pos.line(), pos.col() + 1, pos.endLine(),
                pos.endCol() + 1, lines.lineText(pos.line()));
    }

    PythonSyntaxError errorAt(Expr e, String message) {
        return errorAt(e.pos(), message);
    }
}
