package looplab.language.ast;

import java.util.List;

/** def f(...): ... */
public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
}
