package looplab.language.ast;

/** {@code x: int = value}; simple is true when the target is a bare, unparenthesized name. */
public record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
}
