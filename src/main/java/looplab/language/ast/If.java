package looplab.language.ast;

import java.util.List;

/** {@code if}; an {@code elif} is a nested If alone in orelse, as in CPython. */
public record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
}
