package looplab.language.ast;

/** assert test, msg */
public record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
}
