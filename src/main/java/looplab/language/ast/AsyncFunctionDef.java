package looplab.language.ast;

import java.util.List;

/** async def f(...): ... */
public record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
}
