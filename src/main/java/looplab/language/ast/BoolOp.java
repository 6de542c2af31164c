package looplab.language.ast;

import java.util.List;

/** {@code a and b and c} is one BoolOp with three values. */
public record BoolOp(BoolOperator op, List<Expr> values, Pos pos) implements Expr {
}
