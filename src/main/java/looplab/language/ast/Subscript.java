package looplab.language.ast;

/** value[slice] */
public record Subscript(Expr value, Expr slice, Pos pos) implements Expr {
}
