package looplab.language.ast;

/** Source span of a node: line 1-based, col 0-based (like CPython's lineno/col_offset), end exclusive. */
public record Pos(int line, int col, int endLine, int endCol) {
}
