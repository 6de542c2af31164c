package looplab.language.ast;

import java.util.List;

/** while test: ... else: ... */
public record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
}
