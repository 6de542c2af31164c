package looplab.language.ast;

import java.util.List;

/** del a, b */
public record Delete(List<Expr> targets, Pos pos) implements Stmt {
}
