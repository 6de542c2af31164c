package looplab.language.ast;

import java.util.List;

/** async with a as b: ... */
public record AsyncWith(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
}
