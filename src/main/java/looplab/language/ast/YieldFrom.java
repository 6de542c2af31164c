package looplab.language.ast;

/** yield from value */
public record YieldFrom(Expr value, Pos pos) implements Expr {
}
