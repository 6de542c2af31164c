package looplab.language.ast;

import java.util.List;

/** try with except* clauses (exception groups), else and finally. */
public record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Pos pos) implements Stmt {
}
