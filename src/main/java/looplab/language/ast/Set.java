package looplab.language.ast;

/** {a, b} */
public record Set(java.util.List<Expr> elts, Pos pos) implements Expr {
}
