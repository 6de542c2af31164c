package looplab.language.ast;

import java.util.List;

/** except type as name: body; type and name may be null. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) {
}
