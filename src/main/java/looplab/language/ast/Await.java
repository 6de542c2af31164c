package looplab.language.ast;

/** await value */
public record Await(Expr value, Pos pos) implements Expr {
}
