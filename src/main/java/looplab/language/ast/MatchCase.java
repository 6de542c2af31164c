package looplab.language.ast;

import java.util.List;

/** case pattern if guard: body */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {
}
