package looplab.language.ast;

/** [a, b] */
public record List(java.util.List<Expr> elts, Pos pos) implements Expr {
}
