package looplab.language.ast;

import java.util.List;

/** with a as b, c: ... */
public record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
}
