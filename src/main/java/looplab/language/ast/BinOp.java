package looplab.language.ast;

/** left op right */
public record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {
}
