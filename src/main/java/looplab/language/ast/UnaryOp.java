package looplab.language.ast;

/** op operand */
public record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {
}
