package looplab.language.ast;

/** a += value */
public record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {
}
