package looplab.language.ast;

/** An expression used as a statement: CPython's {@code ast.Expr}, renamed because {@link Expr} is the expression interface. */
public record ExprStmt(Expr value, Pos pos) implements Stmt {
}
