package looplab.language.ast;

import java.util.List;

/** {@code a = b = value}: one target per {@code =}. */
public record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {
}
