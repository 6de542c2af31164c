package looplab.language.ast;

import java.util.List;

/** An f-string: Constant and FormattedValue parts. */
public record JoinedStr(List<Expr> values, Pos pos) implements Expr {
}
