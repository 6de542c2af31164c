package looplab.language.ast;

import java.util.List;

/** {@code a < b < c}: left a, ops [LT, LT], comparators [b, c]. */
public record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Pos pos) implements Expr {
}
