package looplab.language.ast;

/** target := value */
public record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
}
