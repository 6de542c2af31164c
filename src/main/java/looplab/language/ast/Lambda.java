package looplab.language.ast;

/** lambda args: body */
public record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
}
