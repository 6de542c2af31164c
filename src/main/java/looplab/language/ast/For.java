package looplab.language.ast;

import java.util.List;

/** for target in iter: ... else: ... */
public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
}
