package looplab.language.ast;

/** {@code raise exc from cause}; both may be null. */
public record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
}
