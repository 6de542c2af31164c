package looplab.language.ast;

import java.util.List;

/** async for target in iter: ... */
public record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
}
