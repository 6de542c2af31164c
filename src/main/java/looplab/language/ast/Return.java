package looplab.language.ast;

/** {@code return value}; value is null for a bare return. */
public record Return(Expr value, Pos pos) implements Stmt {
}
