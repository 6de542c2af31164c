package looplab.language;

/**
 * One token of Python source. Lines are 1-based, columns 0-based; {@code start} and {@code end} are offsets
 * into the (newline-normalized) source, end exclusive.
 */
public record Token(TokenType type, String text, int line, int col, int endLine, int endCol, int start, int end) {

    /** Number of source characters the token covers (0 for INDENT, DEDENT and ENDMARKER). */
    public int length() {
        return end - start;
    }

    public boolean is(TokenType type, String text) {
        return this.type == type && this.text.equals(text);
    }

    public boolean isOp(String op) {
        return type == TokenType.OP && text.equals(op);
    }

    public boolean isName(String name) {
        return type == TokenType.NAME && text.equals(name);
    }
}
