package looplab.language.ast;

/** {@code lower:upper:step} inside a subscript; any part may be null. */
public record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
}
