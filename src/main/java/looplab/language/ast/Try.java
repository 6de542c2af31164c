package looplab.language.ast;

import java.util.List;

/** try/except/else/finally */
public record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Pos pos) implements Stmt {
}
