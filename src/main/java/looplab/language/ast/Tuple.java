package looplab.language.ast;

/** a, b */
public record Tuple(java.util.List<Expr> elts, Pos pos) implements Expr {
}
