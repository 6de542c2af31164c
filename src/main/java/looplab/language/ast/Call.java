package looplab.language.ast;

import java.util.List;

/** func(*args, **keywords) */
public record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {
}
