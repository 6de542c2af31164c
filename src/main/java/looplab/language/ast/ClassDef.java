package looplab.language.ast;

import java.util.List;

/** class C(...): ... */
public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList, Pos pos) implements Stmt {
}
